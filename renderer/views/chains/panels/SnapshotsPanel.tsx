/**
 * Snapshots for review meetings: save the chain as it is now under a name, list them, compare one
 * with today or with another snapshot. The comparison is shown here as a list and on the chart as
 * badges (when the later side is today).
 */
import { CameraOutlined, DeleteOutlined, DiffOutlined } from '@ant-design/icons';
import { headcount } from '../../../../shared/methods/decisionChainHealth';
import { Button, Divider, Flex, Input, List, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../../../shared/domain/common';
import type { ChartSnapshot } from '../../../../shared/domain/chartSnapshot';
import type { ChainDiff } from '../../../../shared/methods/snapshotDiff';
import { keyPersonState } from './BalanceTag';
import { changeText } from '../../../i18n/changeText';

export interface Comparison {
  earlier: ChartSnapshot;
  /** null = today's chain. */
  later: ChartSnapshot | null;
}

interface Props {
  snapshots: readonly ChartSnapshot[];
  comparison: Comparison | null;
  diff: ChainDiff | null;
  onSave: (name: string) => Promise<boolean>;
  onDelete: (snapshot: ChartSnapshot) => void;
  onCompare: (comparison: Comparison | null) => void;
  ownerName: (id: string | null) => string;
  personName: (id: string | null) => string;
}

export function SnapshotsPanel({ snapshots, comparison, diff, onSave, onDelete, onCompare, ownerName, personName }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const defaultName = t('chain.snapshots.defaultName', { date: todayIsoDate() });
  const when = (s: ChartSnapshot) => dayjs(s.takenAt).format('YYYY-MM-DD HH:mm');

  const kpState = (kp: { present: boolean; contacted: boolean; supportive: boolean }) => t(`chain.health.${keyPersonState(kp)}`);

  return (
    <section aria-label={t('chain.panel.snapshots')}>
      <Space.Compact style={{ width: '100%' }}>
        <Input value={name} placeholder={defaultName} maxLength={200} aria-label={t('chain.snapshots.name')} onChange={(e) => setName(e.target.value)} />
        <Button
          type="primary"
          icon={<CameraOutlined aria-hidden />}
          onClick={() => {
            void onSave(name.trim() || defaultName).then((saved) => saved && setName(''));
          }}
        >
          {t('chain.snapshots.save')}
        </Button>
      </Space.Compact>

      {comparison && diff && (
        <div data-testid="snapshot-diff" style={{ marginTop: 16 }}>
          <Flex justify="space-between" align="center">
            <Typography.Text strong>
              {t('chain.snapshots.comparing', { name: comparison.earlier.name, other: comparison.later ? `“${comparison.later.name}”` : t('chain.snapshots.today') })}
            </Typography.Text>
            <Button size="small" onClick={() => onCompare(null)}>
              {t('chain.snapshots.stopCompare')}
            </Button>
          </Flex>
          <ul className="kp-diff-list">
            <li>
              {t('chain.snapshots.balanceChange', {
                before: diff.balance.before.margin > 0 ? `+${diff.balance.before.margin}` : diff.balance.before.margin,
                after: diff.balance.after.margin > 0 ? `+${diff.balance.after.margin}` : diff.balance.after.margin,
              })}
            </li>
            {diff.keyPeople.after.map((after, i) => {
              const before = diff.keyPeople.before[i];
              if (!before || kpState(before) === kpState(after)) return null;
              return <li key={after.role}>{t('chain.snapshots.kpChange', { role: after.role, before: kpState(before), after: kpState(after) })}</li>;
            })}
            {diff.joined.map((s) => (
              <li key={`j-${s.id}`}>
                <Tag color="green">{t('chain.snapshots.joined')}</Tag>
                {s.name || t('chain.card.seat')}
              </li>
            ))}
            {diff.left.map((s) => (
              <li key={`l-${s.id}`}>
                <Tag color="red">{t('chain.snapshots.left')}</Tag>
                {s.name || t('chain.card.seat')}
              </li>
            ))}
            {diff.changed.map((c) => (
              <li key={`c-${c.id}`}>
                <Tag color={c.badge === 'STANCE_DOWN' || c.badge === 'COVERAGE_DOWN' ? 'red' : c.badge === 'CHANGED' ? 'default' : 'green'}>{t(`chain.card.badge.${c.badge}`)}</Tag>
                {c.name}:{' '}
                {c.changes.map((change) => changeText(t, change, ownerName, personName)).join('；')}
              </li>
            ))}
            {diff.linksAdded.length > 0 && <li>{t('chain.snapshots.linksAdded', { count: diff.linksAdded.length })}</li>}
            {diff.linksRemoved.length > 0 && <li>{t('chain.snapshots.linksRemoved', { count: diff.linksRemoved.length })}</li>}
            {diff.joined.length + diff.left.length + diff.changed.length + diff.linksAdded.length + diff.linksRemoved.length === 0 && <li>{t('chain.snapshots.noChanges')}</li>}
          </ul>
        </div>
      )}

      <Divider />
      {snapshots.length === 0 ? (
        <Typography.Text type="secondary">{t('chain.snapshots.empty')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={[...snapshots]}
          renderItem={(snapshot) => (
            <List.Item>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex justify="space-between" align="center">
                  <Typography.Text strong>{snapshot.name}</Typography.Text>
                  <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('chain.snapshots.delete', { name: snapshot.name })} onClick={() => onDelete(snapshot)} />
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('chain.snapshots.takenAt', { date: when(snapshot) })} · {t('chain.health.people', headcount(snapshot.stakeholders))}
                </Typography.Text>
                <Space wrap>
                  <Button size="small" icon={<DiffOutlined aria-hidden />} onClick={() => onCompare({ earlier: snapshot, later: null })}>
                    {t('chain.snapshots.compareToday')}
                  </Button>
                  {snapshots.length > 1 && (
                    <Select
                      size="small"
                      style={{ minWidth: 160 }}
                      placeholder={t('chain.snapshots.compareWith')}
                      aria-label={`${t('chain.snapshots.compareWith')}: ${snapshot.name}`}
                      value={null}
                      options={snapshots.filter((s) => s.id !== snapshot.id).map((s) => ({ value: s.id, label: s.name }))}
                      onChange={(id: string) => {
                        const other = snapshots.find((s) => s.id === id);
                        if (!other) return;
                        // The older picture is always "before".
                        const [earlier, later] = other.takenAt < snapshot.takenAt ? [other, snapshot] : [snapshot, other];
                        onCompare({ earlier, later });
                      }}
                    />
                  )}
                </Space>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </section>
  );
}
