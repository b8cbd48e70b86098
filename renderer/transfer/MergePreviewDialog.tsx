/**
 * What a merge will do, before anything is written: per file and table how many records are new,
 * updated, deleted, unchanged and in conflict; every conflict (a record changed here and there since
 * the last merge) with both values of each field that differs and the choice the rule made, which
 * the person can flip; loops the combination would have closed. The report exports as CSV for the
 * meeting (UTF-8 with BOM, so Excel and WPS read the Chinese).
 */
import { Alert, Button, Checkbox, Modal, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TABLES, type TableName } from '../../shared/domain/workspace';
import { guardFormula, toCsv } from '../../shared/methods/tsv';
import { saveBlob } from '../platform/fileAccess';
import { recordFieldLabel } from '../i18n/problemText';
import type { MergePreview } from '../workers/workspaceWorkerProtocol';

type Side = 'ours' | 'theirs';

interface Props {
  preview: MergePreview;
  /** `links`: [the file's account, ours] the person chose to fold into one. */
  onMerge: (flips: [string, Side][], links: [string, string][]) => void;
  onCancel: () => void;
}

export function MergePreviewDialog({ preview, onMerge, onCancel }: Props) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Record<string, Side>>(() => Object.fromEntries(preview.conflicts.map((c) => [c.key, c.chosen])));
  const [links, setLinks] = useState<ReadonlySet<string>>(new Set());
  const tableName = (table: TableName) => t(`records.${table}`);
  const sideText = (side: Side) => (side === 'ours' ? t('merge.ours') : t('merge.theirs'));

  const rows = preview.files.flatMap((file) =>
    TABLES.flatMap((table) => {
      const c = file.counts[table];
      return c ? [{ key: `${file.name}/${table}`, file: file.name, table: tableName(table), ...c }] : [];
    }),
  );

  const exportReport = () => {
    const header = [t('merge.file'), t('merge.table'), t('merge.record'), t('merge.field'), t('merge.ours'), t('merge.theirs'), t('merge.chosen')];
    const lines = preview.conflicts.flatMap((c) =>
      c.fields.map((f) => [c.file, tableName(c.table), c.account ? `${c.label}${t('records.account', { name: c.account })}` : c.label, recordFieldLabel(t, c.table, f.path), f.ours, f.theirs, sideText(choices[c.key] ?? c.chosen)]),
    );
    const text = toCsv([header, ...lines].map((line) => line.map(guardFormula)));
    void saveBlob(new Blob(['\uFEFF', text], { type: 'text/csv' }), 'keyplan-merge-report.csv', 'csv');
  };

  return (
    <Modal
      open
      width={900}
      title={t('merge.previewTitle', { count: preview.files.length })}
      okText={t('merge.confirm')}
      cancelText={t('common.cancel')}
      onOk={() =>
        onMerge(
          preview.conflicts.filter((c) => choices[c.key] !== c.chosen).map((c) => [c.key, choices[c.key] ?? c.chosen]),
          preview.duplicates.filter((d) => links.has(d.theirsId)).map((d) => [d.theirsId, d.oursId]),
        )
      }
      onCancel={onCancel}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('merge.previewIntro', { total: preview.total })}</Typography.Paragraph>
        <Table
          size="small"
          pagination={false}
          dataSource={rows}
          aria-label={t('merge.countsLabel')}
          locale={{ emptyText: t('merge.nothing') }}
          columns={[
            { key: 'file', dataIndex: 'file', title: t('merge.file') },
            { key: 'table', dataIndex: 'table', title: t('merge.table') },
            { key: 'added', dataIndex: 'added', title: t('merge.added'), align: 'right' },
            { key: 'updated', dataIndex: 'updated', title: t('merge.updated'), align: 'right' },
            { key: 'deleted', dataIndex: 'deleted', title: t('merge.deleted'), align: 'right' },
            { key: 'unchanged', dataIndex: 'unchanged', title: t('merge.unchanged'), align: 'right' },
            { key: 'conflicts', dataIndex: 'conflicts', title: t('merge.conflicts'), align: 'right' },
          ]}
        />
        {preview.cycles.map((cycle) => (
          <Alert key={`${cycle.file}-${cycle.chain}`} type="warning" showIcon title={t('merge.cycle', { file: cycle.file, chain: cycle.chain })} />
        ))}
        {preview.duplicates.length > 0 && (
          <>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('merge.duplicatesTitle', { count: preview.duplicates.length })}
            </Typography.Title>
            {preview.duplicates.map((d) => (
              <Checkbox
                key={d.theirsId}
                checked={links.has(d.theirsId)}
                onChange={(event) =>
                  setLinks((current) => {
                    const next = new Set(current);
                    if (event.target.checked) next.add(d.theirsId);
                    else next.delete(d.theirsId);
                    return next;
                  })
                }
              >
                {t('merge.linkAccount', { name: d.name, file: d.file })}
              </Checkbox>
            ))}
          </>
        )}
        {preview.conflicts.length > 0 && (
          <>
            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('merge.conflictsTitle', { count: preview.conflicts.length })}
              </Typography.Title>
              <Button size="small" onClick={exportReport}>
                {t('merge.exportReport')}
              </Button>
            </Space>
            <Typography.Paragraph type="secondary">{t('merge.conflictsHint')}</Typography.Paragraph>
            {preview.conflicts.map((c) => (
              <div key={c.key} role="group" aria-label={`${tableName(c.table)} ${c.label}`} style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
                <Typography.Text strong>
                  {tableName(c.table)} {c.label}
                  {c.account ? t('records.account', { name: c.account }) : ''}
                </Typography.Text>
                <Typography.Text type="secondary">{t('merge.fromFile', { file: c.file })}</Typography.Text>
                <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
                  {c.fields.map((f) => (
                    <li key={f.path}>{t('merge.fieldLine', { field: recordFieldLabel(t, c.table, f.path), ours: f.ours, theirs: f.theirs })}</li>
                  ))}
                </ul>
                <Radio.Group
                  value={choices[c.key] ?? c.chosen}
                  onChange={(event) => setChoices((current) => ({ ...current, [c.key]: event.target.value as Side }))}
                  options={[
                    { value: 'ours', label: t('merge.keepOurs') },
                    { value: 'theirs', label: t('merge.keepTheirs') },
                  ]}
                />
              </div>
            ))}
          </>
        )}
      </Space>
    </Modal>
  );
}
