/**
 * Renewals by account for one period (a year or a quarter): recurring at the start, new, churned,
 * cumulative revenue, net revenue retention, service level and renewal items; the portfolio's NRR for
 * the period pools all accounts (Σ ending ÷ Σ starting).
 */
import { PlusOutlined } from '@ant-design/icons';
import { DisabledWhy } from '../../components/DisabledWhy';
import { Alert, Button, Card, Segmented, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../../shared/domain/common';
import { formatMoney, formatPercent } from '../../../shared/domain/money';
import type { Renewal } from '../../../shared/domain/renewal';
import { cumulativeRevenue, netRevenueRetention, periodKind, periodOf, portfolioNrr, type PeriodKind } from '../../../shared/methods/renewalMetrics';
import { useAccounts, useRenewals, useSettings } from '../../data/hooks/workspaceHooks';
import { RenewalEditor } from './RenewalEditor';

export function RenewalsTab() {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const accounts = useAccounts();
  const renewals = useRenewals();
  const today = todayIsoDate();
  const [kind, setKind] = useState<PeriodKind>('year');
  const [chosen, setChosen] = useState<string | null>(null);
  const [editing, setEditing] = useState<Renewal | 'new' | null>(null);
  const currency = settings?.currency ?? 'CNY';
  const money = (minor: number) => formatMoney(minor, currency, i18n.language);
  const names = useMemo(() => new Map((accounts ?? []).map((a) => [a.id, a.name])), [accounts]);

  const periods = useMemo(() => {
    const set = new Set((renewals ?? []).filter((r) => periodKind(r.period) === kind).map((r) => r.period));
    set.add(periodOf(today, kind));
    return [...set].sort().reverse();
  }, [kind, renewals, today]);
  const period = chosen !== null && periods.includes(chosen) ? chosen : (periods[0] ?? periodOf(today, kind));
  const shown = useMemo(() => {
    const collator = new Intl.Collator(i18n.language, { numeric: true });
    return (renewals ?? []).filter((r) => r.period === period).sort((a, b) => collator.compare(names.get(a.accountId) ?? '', names.get(b.accountId) ?? ''));
  }, [i18n.language, names, period, renewals]);
  // Computed from every period of each account, so records imported without it read right too.
  const cumulative = useMemo(() => cumulativeRevenue(renewals ?? []), [renewals]);
  const nextSigning = (r: Renewal) => r.items.map((i) => i.expectedSigningDate).filter((d): d is string => d !== null && d >= today).sort()[0] ?? null;

  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <Segmented
            aria-label={t('payments.renewals.periodKind')}
            value={kind}
            onChange={(v) => {
              setKind(v as PeriodKind);
              setChosen(null);
            }}
            options={[
              { value: 'year', label: t('payments.renewals.year') },
              { value: 'quarter', label: t('payments.renewals.quarter') },
            ]}
          />
          <Select aria-label={t('payments.renewals.period')} value={period} onChange={setChosen} options={periods.map((p) => ({ value: p, label: p }))} style={{ width: 130 }} />
          <Card size="small">
            <Statistic title={t('payments.renewals.portfolioNrr', { period })} value={formatPercent(portfolioNrr(shown))} />
          </Card>
        </Space>
        <DisabledWhy reason={accounts?.length === 0 ? t('common.needAccountFirst') : null}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')} disabled={!accounts || accounts.length === 0}>
            {t('payments.newRenewal')}
          </Button>
        </DisabledWhy>
      </Space>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('payments.renewals.nrrHint')} />
      <Table<Renewal>
        size="small"
        rowKey="id"
        aria-label={t('payments.renewals.label')}
        dataSource={shown}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        locale={{ emptyText: t('payments.renewals.empty') }}
        onRow={(r) => ({ onClick: () => setEditing(r), style: { cursor: 'pointer' } })}
        columns={[
          { key: 'account', title: t('payments.renewals.account'), render: (_, r) => names.get(r.accountId) ?? '' },
          { key: 'service', title: t('payments.renewals.serviceLevel'), render: (_, r) => (r.serviceLevel ? <Tag>{t(`codes.serviceLevel.${r.serviceLevel}`)}</Tag> : '') },
          { key: 'recurring', title: t('payments.renewals.recurring'), align: 'right', render: (_, r) => money(r.recurring) },
          { key: 'expansion', title: t('payments.renewals.expansion'), align: 'right', render: (_, r) => money(r.expansion) },
          { key: 'churned', title: t('payments.renewals.churned'), align: 'right', render: (_, r) => money(r.churned) },
          { key: 'cumulative', title: t('payments.renewals.cumulative'), align: 'right', render: (_, r) => money(cumulative.get(r.id) ?? r.cumulative) },
          {
            key: 'nrr',
            title: t('payments.renewals.nrr'),
            align: 'right',
            render: (_, r) => {
              const nrr = netRevenueRetention(r);
              return <Typography.Text type={nrr !== null && nrr < 1 ? 'danger' : undefined}>{formatPercent(nrr)}</Typography.Text>;
            },
          },
          { key: 'items', title: t('payments.renewals.items'), align: 'right', render: (_, r) => r.items.length },
          { key: 'next', title: t('payments.renewals.nextSigning'), render: (_, r) => nextSigning(r) ?? '—' },
        ]}
      />
      {editing && <RenewalEditor key={editing === 'new' ? 'new' : editing.id} renewal={editing === 'new' ? null : editing} defaultPeriod={period} onClose={() => setEditing(null)} />}
    </>
  );
}
