/**
 * What a merge will do, before anything is written: per file and table how many records are new,
 * updated, deleted, unchanged and in conflict; the settings where a file differs (ours are kept unless
 * the person takes a file's); every difference in the team list and every record changed here and
 * there since the last merge from that file's source, with both values of each differing field and
 * the rule's choice, which the person can flip; loops the combination would have closed. The
 * conflict report exports as CSV or Excel for the meeting. Conflicts are paged: a director's thirty
 * files can bring thousands.
 */
import { Alert, Button, Checkbox, Modal, Radio, Skeleton, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TABLES, type TableName } from '../../shared/domain/workspace';
import { OURS, type MergeConflictView } from '../../shared/merge/mergePlan';
import { useAfterPaint } from '../platform/useAfterPaint';
import { saveBlob } from '../platform/fileAccess';
import { recordFieldLabel } from '../i18n/problemText';
import type { MergeAnswers, MergePreview } from '../workers/workspaceWorkerProtocol';
import { mergeReportCsv, mergeReportRows, mergeReportXlsx } from './mergeReport';
import { mergeValueText, type ValueContext } from './mergeValueText';
import { useSettings } from '../data/hooks/workspaceHooks';
import { MergeSettingsChoices } from './MergeSettingsChoices';

interface Props {
  preview: MergePreview;
  onMerge: (answers: MergeAnswers) => void;
  onCancel: () => void;
}

const CONFLICTS_PER_PAGE = 10;
const COUNTS_PER_PAGE = 12;

export function MergePreviewDialog({ preview, onMerge, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const currency = useSettings()?.currency ?? 'CNY';
  const [choices, setChoices] = useState<Record<string, string>>(() => Object.fromEntries(preview.conflicts.map((c) => [c.key, c.chosen])));
  const context = (c: MergeConflictView): ValueContext => ({ currency, locale: i18n.language, names: c.names });
  const sideName = (side: string) => (side === OURS ? t('merge.ours') : t('merge.fileSide', { file: side }));
  const [links, setLinks] = useState<ReadonlySet<string>>(new Set());
  const [settings, setSettings] = useState<Record<string, string>>({});
  const tableName = (table: TableName) => t(`records.${table}`);
  // The dialog opens first and its tables follow once it is open: opening and laying out both at once
  // held the window for a quarter of a second over a 50-file preview.
  const [detailed, setDetailed] = useState(false);
  // …and the conflicts, each with its choice, one frame after the counts.
  const conflictsShown = useAfterPaint(detailed);

  const rows = preview.files.flatMap((file) =>
    TABLES.flatMap((table) => {
      const c = file.counts[table];
      return c ? [{ key: `${file.name}/${table}`, file: file.name, table: tableName(table), ...c }] : [];
    }),
  );

  const exportReport = (kind: 'csv' | 'xlsx') => {
    const lines = mergeReportRows(t, preview.conflicts, choices, (c) => context(c));
    const save = async () =>
      kind === 'csv' ? saveBlob(mergeReportCsv(lines), 'keyplan-merge-report.csv', 'csv') : saveBlob(await mergeReportXlsx(lines, t('merge.reportSheet')), 'keyplan-merge-report.xlsx', 'xlsx');
    void save();
  };

  // One conflict is one field of one record: every side that changed it, with its value as the editor
  // shows it, and the common starting point; the person picks the side to keep.
  const conflictCell = (c: MergeConflictView) => {
    const field = recordFieldLabel(t, c.table, c.field);
    return (
      <div role="group" aria-label={`${tableName(c.table)} ${c.label} · ${field}`}>
        <Typography.Text strong>
          {tableName(c.table)} {c.label}
          {c.account ? t('records.account', { name: c.account }) : ''} · {field}
        </Typography.Text>
        {c.base && <Typography.Paragraph type="secondary" style={{ margin: '2px 0' }}>{t('merge.baseLine', { value: mergeValueText(t, c.kind, c.base.value, context(c)) })}</Typography.Paragraph>}
        <Radio.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 2 }}
          value={choices[c.key] ?? c.chosen}
          onChange={(event) => setChoices((current) => ({ ...current, [c.key]: String(event.target.value) }))}
          options={c.values.map((v) => ({ value: v.side, label: t('merge.sideValue', { side: sideName(v.side), value: mergeValueText(t, c.kind, v.value, context(c)) }) }))}
        />
      </div>
    );
  };

  return (
    <Modal
      open
      width={960}
      title={t('merge.previewTitle', { count: preview.files.length })}
      okText={t('merge.confirm')}
      cancelText={t('common.cancel')}
      onOk={() =>
        onMerge({
          choices: preview.conflicts.filter((c) => choices[c.key] !== c.chosen).map((c) => [c.key, choices[c.key] ?? c.chosen]),
          links: preview.duplicates.filter((d) => links.has(d.theirsId)).map((d) => [d.theirsId, d.oursId]),
          settings: Object.entries(settings),
        })
      }
      onCancel={onCancel}
      afterOpenChange={(opened) => setDetailed(opened)}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('merge.previewIntro', { total: preview.total })}</Typography.Paragraph>
        {detailed ? (
          <Table
            size="small"
            pagination={rows.length > COUNTS_PER_PAGE ? { pageSize: COUNTS_PER_PAGE, showSizeChanger: false } : false}
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
        ) : (
          <Skeleton active paragraph={{ rows: 6 }} />
        )}
        {preview.cycles.map((cycle) => (
          <Alert key={`${cycle.file}-${cycle.chain}`} type="warning" showIcon title={t('merge.cycle', { file: cycle.file, chain: cycle.chain })} />
        ))}
        <MergeSettingsChoices differences={preview.settings} chosen={settings} onChange={setSettings} />
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
        {conflictsShown && preview.conflicts.length > 0 && (
          <>
            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('merge.conflictsTitle', { count: preview.conflicts.length })}
              </Typography.Title>
              <Space>
                <Button size="small" onClick={() => exportReport('xlsx')}>
                  {t('merge.exportReportXlsx')}
                </Button>
                <Button size="small" onClick={() => exportReport('csv')}>
                  {t('merge.exportReport')}
                </Button>
              </Space>
            </Space>
            <Typography.Paragraph type="secondary">{t('merge.conflictsHint')}</Typography.Paragraph>
            <Table
              size="small"
              showHeader={false}
              aria-label={t('merge.conflictsLabel')}
              rowKey={(c) => c.key}
              dataSource={preview.conflicts}
              pagination={preview.conflicts.length > CONFLICTS_PER_PAGE ? { pageSize: CONFLICTS_PER_PAGE, showSizeChanger: false } : false}
              columns={[{ key: 'conflict', title: t('merge.record'), render: (_: unknown, c: MergeConflictView) => conflictCell(c) }]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
