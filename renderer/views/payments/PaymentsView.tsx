/**
 * 回款与续单: the collection battle map (every installment across accounts, most urgent first, overdue
 * ones standing out), collection per account with each contract's 情理法 checklist, and renewals with
 * net revenue retention. Tabs and the overdue filter live in the address, so the home screen links here.
 */
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { DisabledWhy } from '../../components/DisabledWhy';
import { Button, Card, Col, Input, Row, Space, Statistic, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { todayIsoDate } from '../../../shared/domain/common';
import type { Contract } from '../../../shared/domain/contract';
import { formatAmount, formatMoney, formatMoneyShown } from '../../../shared/domain/money';
import { currencySymbol } from '../../components/formFields';
import { summarizeCollection } from '../../../shared/methods/collection';
import { useAccounts, useContracts, useOpportunities, useSettings } from '../../data/hooks/workspaceHooks';
import { ContractEditor } from './ContractEditor';
import { checklistDone, collectionByAccount, installmentLines, type AccountCollection, type InstallmentLine } from '../../../shared/methods/paymentsModel';
import { RenewalsTab } from './RenewalsTab';
import './payments.css';

type Tab = 'map' | 'contracts' | 'renewals';
const TABS: readonly Tab[] = ['map', 'contracts', 'renewals'];

const STATE_COLOR = { PAID: 'green', OVERDUE: 'red', DUE_SOON: 'orange', OPEN: 'blue', UNSCHEDULED: 'default' } as const;

/** The battle map's columns add up to this: it fits the content area of a 1280 px window. */
const MAP_WIDTH = 980;

export function PaymentsView() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'map';
  const overdueOnly = params.get('overdue') === '1';
  // `?contractFor=<opportunity>` (the opportunity board's "sign contract"): its contract opens, or a new
  // one starts from the won deal. The address holds this state, so closing the editor clears it.
  const contractFor = params.get('contractFor');
  const opportunities = useOpportunities(contractFor !== null);
  const settings = useSettings();
  const accounts = useAccounts();
  const contracts = useContracts();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<{ contract: Contract | null; accountId: string | null } | null>(null);
  const today = todayIsoDate();
  const currency = settings?.currency ?? 'CNY';
  const money = (minor: number) => formatMoney(minor, currency, i18n.language);
  const amount = (minor: number) => formatAmount(minor, currency, i18n.language);
  const inCurrency = (heading: string) => t('payments.map.inCurrency', { heading, symbol: currencySymbol(currency, i18n.language) });
  // The cards are summaries: in the workspace's units (¥80万 / CN¥800K), the exact amount on hover.
  const summaryMoney = (minor: number) => <span title={money(minor)}>{formatMoneyShown(minor, currency, i18n.language, settings?.moneyDisplay ?? 'compact')}</span>;

  const accountMap = useMemo(() => new Map((accounts ?? []).map((a) => [a.id, a])), [accounts]);
  const lines = useMemo(() => (contracts ? installmentLines(contracts, accountMap, today) : []), [accountMap, contracts, today]);
  const summary = useMemo(() => summarizeCollection(contracts ?? [], today), [contracts, today]);
  const byAccount = useMemo(() => (contracts ? collectionByAccount(contracts, accountMap, today) : []), [accountMap, contracts, today]);
  const needle = search.trim().toLowerCase();
  const shownLines = lines.filter((l) => (!overdueOnly || l.state === 'OVERDUE') && (needle === '' || l.accountName.toLowerCase().includes(needle) || l.contract.title.toLowerCase().includes(needle)));

  const setParam = (key: string, value: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value === null) next.delete(key);
      else next.set(key, value);
      return next;
    });

  const won = contractFor === null ? undefined : opportunities?.find((o) => o.id === contractFor && o.stage === 'WON');

  const stageName = (l: InstallmentLine) => (l.stage ? t(`codes.installmentStage.${l.stage}`) : l.label || `#${l.index + 1}`);

  const mapTab = (
    <>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        {[
          ['contracted', summary.contracted],
          ['due', summary.due],
          ['collected', summary.collected],
          ['outstanding', summary.outstandingDue],
        ].map(([key, value]) => (
          <Col span={4} key={key}>
            <Card size="small">
              <Statistic title={t(`payments.summary.${key as 'due'}`)} valueRender={() => summaryMoney(value as number)} />
            </Card>
          </Col>
        ))}
        <Col span={4}>
          <Card size="small" className={summary.overdueCount > 0 ? 'kp-card-alert' : undefined}>
            <Statistic title={t('payments.summary.overdue')} valueRender={() => summaryMoney(summary.overdue)} suffix={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('payments.summary.overdueCount', { count: summary.overdueCount })}</Typography.Text>} />
          </Card>
        </Col>
        <Col span={4}>
          <Card size="small">
            <Statistic title={t('payments.summary.dso')} value={summary.dso === null ? '—' : t('payments.summary.days', { days: Math.round(summary.dso) })} />
          </Card>
        </Col>
      </Row>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input allowClear prefix={<SearchOutlined aria-hidden />} placeholder={t('payments.search')} aria-label={t('payments.search')} value={search} onChange={(e) => setSearch(e.target.value)} style={{ width: 260 }} />
        <Space>
          <Switch checked={overdueOnly} onChange={(on) => setParam('overdue', on ? '1' : null)} aria-label={t('payments.overdueOnly')} />
          {t('payments.overdueOnly')}
        </Space>
      </Space>
      <Table<InstallmentLine>
        className="kp-battle-map"
        size="small"
        virtual
        rowKey="key"
        aria-label={t('payments.map.label')}
        scroll={{ y: 520, x: MAP_WIDTH }}
        pagination={false}
        dataSource={shownLines}
        locale={{ emptyText: t('payments.map.empty') }}
        rowClassName={(l) => (l.state === 'OVERDUE' ? 'kp-overdue-row' : l.state === 'PAID' ? 'kp-paid-row' : '')}
        onRow={(l) => ({ onClick: () => setEditing({ contract: l.contract, accountId: l.contract.accountId }), style: { cursor: 'pointer' } })}
        columns={[
          { key: 'state', title: t('payments.map.state'), width: 110, render: (_, l) => <Tag color={STATE_COLOR[l.state]}>{t(`payments.states.${l.state}`, { days: l.daysOverdue })}</Tag> },
          { key: 'account', title: t('payments.map.account'), width: 170, dataIndex: 'accountName', ellipsis: { showTitle: true } },
          { key: 'contract', title: t('payments.map.contract'), width: 150, ellipsis: { showTitle: true }, render: (_, l) => l.contract.title || t('payments.contract.untitled') },
          { key: 'stage', title: t('payments.map.stage'), width: 120, render: (_, l) => stageName(l) },
          { key: 'due', title: t('payments.map.dueDate'), width: 100, render: (_, l) => l.dueDate ?? '—' },
          // Amounts as in a ledger (the currency in the heading, not in every cell), so the map fits 1280 px.
          { key: 'amount', title: inCurrency(t('payments.map.amount')), width: 110, align: 'right', render: (_, l) => amount(l.amount) },
          { key: 'received', title: inCurrency(t('payments.map.received')), width: 110, align: 'right', render: (_, l) => amount(l.received) },
          { key: 'outstanding', title: inCurrency(t('payments.map.outstanding')), width: 110, align: 'right', render: (_, l) => amount(l.outstanding) },
        ]}
      />
    </>
  );

  const contractsTab = (
    <Table<AccountCollection>
      size="small"
      rowKey={(r) => r.account.id}
      aria-label={t('payments.accounts.label')}
      dataSource={byAccount.filter((r) => needle === '' || r.account.name.toLowerCase().includes(needle))}
      pagination={{ pageSize: 50, showSizeChanger: false }}
      expandable={{
        expandedRowRender: (r) => (
          <Table<Contract>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={r.contracts}
            columns={[
              { key: 'title', title: t('payments.map.contract'), render: (_, c) => c.title || t('payments.contract.untitled') },
              { key: 'signed', title: t('payments.contract.signedDate'), render: (_, c) => c.signedDate ?? '—' },
              { key: 'amount', title: t('payments.contract.amount'), align: 'right', render: (_, c) => money(c.amount) },
              { key: 'checklist', title: t('payments.accounts.checklist'), render: (_, c) => <Tag color={checklistDone(c) === 5 ? 'green' : 'orange'}>{checklistDone(c)}/5</Tag> },
              { key: 'edit', title: '', render: (_, c) => <Button size="small" onClick={() => setEditing({ contract: c, accountId: c.accountId })}>{t('payments.accounts.edit')}</Button> },
            ]}
          />
        ),
      }}
      columns={[
        { key: 'account', title: t('payments.accounts.account'), render: (_, r) => r.account.name },
        { key: 'contracts', title: t('payments.accounts.contracts'), align: 'right', render: (_, r) => r.contracts.length },
        { key: 'contracted', title: t('payments.summary.contracted'), align: 'right', render: (_, r) => money(r.summary.contracted) },
        { key: 'due', title: t('payments.summary.due'), align: 'right', render: (_, r) => money(r.summary.due) },
        { key: 'collected', title: t('payments.summary.collected'), align: 'right', render: (_, r) => money(r.summary.collected) },
        { key: 'outstanding', title: t('payments.summary.outstanding'), align: 'right', render: (_, r) => money(r.summary.outstandingDue) },
        { key: 'overdue', title: t('payments.summary.overdue'), align: 'right', render: (_, r) => (r.summary.overdue > 0 ? <Typography.Text type="danger">{money(r.summary.overdue)}</Typography.Text> : money(0)) },
        { key: 'dso', title: t('payments.summary.dso'), align: 'right', render: (_, r) => (r.summary.dso === null ? '—' : t('payments.summary.days', { days: Math.round(r.summary.dso) })) },
      ]}
    />
  );

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('payments.title')}
        </Typography.Title>
        {tab !== 'renewals' && (
          <DisabledWhy reason={accounts?.length === 0 ? t('common.needAccountFirst') : null}>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ contract: null, accountId: null })} disabled={!accounts || accounts.length === 0}>
              {t('payments.newContract')}
            </Button>
          </DisabledWhy>
        )}
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParam('tab', key === 'map' ? null : key)}
        items={[
          { key: 'map', label: t('payments.tabs.map'), children: mapTab },
          { key: 'contracts', label: t('payments.tabs.contracts'), children: contractsTab },
          { key: 'renewals', label: t('payments.tabs.renewals'), children: <RenewalsTab /> },
        ]}
      />
      {editing && <ContractEditor key={editing.contract?.id ?? `new-${editing.accountId ?? ''}`} contract={editing.contract} accountId={editing.accountId} onClose={() => setEditing(null)} />}
      {!editing && won && contracts && (
        <ContractEditor
          key={won.id}
          contract={contracts.find((c) => c.opportunityId === won.id) ?? null}
          accountId={won.accountId}
          wonOpportunity={won}
          onClose={() => setParam('contractFor', null)}
        />
      )}
    </div>
  );
}
