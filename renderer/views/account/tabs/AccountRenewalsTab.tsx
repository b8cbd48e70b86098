/** 续单: the account's renewal periods with recurring, expansion and churned revenue and the net retention. */
import { Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPercent } from '../../../../shared/domain/money';
import type { Renewal } from '../../../../shared/domain/renewal';
import type { Settings } from '../../../../shared/domain/settings';
import { netRevenueRetention } from '../../../../shared/methods/renewalMetrics';
import type { AccountRecords } from '../../../data/hooks/accountWorkspaceHooks';

interface Props {
  records: AccountRecords;
  settings: Settings;
}

export function AccountRenewalsTab({ records, settings }: Props) {
  const { t, i18n } = useTranslation();
  const money = (minor: number) => formatMoney(minor, settings.currency, i18n.language);
  const rows = useMemo(() => [...records.renewals].sort((a, b) => b.period.localeCompare(a.period)), [records.renewals]);
  return (
    <Table<Renewal>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      aria-label={t('payments.renewals.label')}
      locale={{ emptyText: t('accountPage.renewals.empty') }}
      columns={[
        { key: 'period', title: t('payments.renewals.period'), dataIndex: 'period' },
        { key: 'level', title: t('payments.renewals.serviceLevel'), render: (_, r) => (r.serviceLevel ? <Tag>{t(`codes.serviceLevel.${r.serviceLevel}`)}</Tag> : t('common.none')) },
        { key: 'recurring', title: t('payments.renewals.recurring'), align: 'end', render: (_, r) => money(r.recurring) },
        { key: 'expansion', title: t('payments.renewals.expansion'), align: 'end', render: (_, r) => money(r.expansion) },
        { key: 'churned', title: t('payments.renewals.churned'), align: 'end', render: (_, r) => money(r.churned) },
        { key: 'nrr', title: t('payments.renewals.nrr'), align: 'end', render: (_, r) => formatPercent(netRevenueRetention(r)) },
        { key: 'items', title: t('payments.renewals.items'), render: (_, r) => r.items.map((i) => i.newNeed).filter(Boolean).join('；') || t('common.none') },
      ]}
    />
  );
}
