/** 回款: the account's collection summary and every installment, the most urgent first. */
import { Button, Col, Row, Statistic, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { todayIsoDate } from '../../../../shared/domain/common';
import type { Contract, Installment } from '../../../../shared/domain/contract';
import { formatMoney } from '../../../../shared/domain/money';
import type { Settings } from '../../../../shared/domain/settings';
import { byUrgency, collectionState, daysOverdue, outstandingOf, summarizeCollection } from '../../../../shared/methods/collection';
import type { AccountRecords } from '../../../data/hooks/accountWorkspaceHooks';

interface Props {
  records: AccountRecords;
  settings: Settings;
}

interface Line {
  key: string;
  contract: Contract;
  installment: Installment;
}

const STATE_COLORS = { PAID: 'green', OVERDUE: 'red', DUE_SOON: 'orange', OPEN: 'default', UNSCHEDULED: 'default' } as const;

export function PaymentsTab({ records, settings }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const today = todayIsoDate();
  const money = (minor: number) => formatMoney(minor, settings.currency, i18n.language);
  const summary = useMemo(() => summarizeCollection(records.contracts, today), [records.contracts, today]);
  const lines = useMemo(() => {
    const urgency = byUrgency(today);
    return records.contracts
      .flatMap((contract) => contract.installments.map((installment) => ({ key: `${contract.id}:${installment.id}`, contract, installment })))
      .sort((a, b) => urgency(a.installment, b.installment));
  }, [records.contracts, today]);

  return (
    <div>
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col span={4}><Statistic title={t('payments.summary.contracted')} value={money(summary.contracted)} /></Col>
        <Col span={4}><Statistic title={t('payments.summary.collected')} value={money(summary.collected)} /></Col>
        <Col span={4}><Statistic title={t('payments.summary.outstanding')} value={money(summary.outstandingDue)} /></Col>
        <Col span={4}><Statistic title={t('payments.summary.overdue')} value={money(summary.overdue)} styles={summary.overdue > 0 ? { content: { color: '#cf1322' } } : undefined} /></Col>
        <Col span={4}><Statistic title={t('payments.summary.dso')} value={summary.dso === null ? t('common.none') : t('payments.summary.days', { days: Math.round(summary.dso) })} /></Col>
        <Col span={4}>
          <Button onClick={() => void navigate("/payments?tab=contracts")}>{t('accountPage.payments.open')}</Button>
        </Col>
      </Row>
      <Table<Line>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={lines}
        aria-label={t('payments.map.label')}
        locale={{ emptyText: t('payments.map.empty') }}
        columns={[
          {
            key: 'state',
            title: t('payments.map.state'),
            render: (_, l) => {
              const state = collectionState(l.installment, today);
              return <Tag color={STATE_COLORS[state]}>{t(`payments.states.${state}`, { days: daysOverdue(l.installment, today) })}</Tag>;
            },
          },
          { key: 'contract', title: t('payments.map.contract'), render: (_, l) => l.contract.title || t('payments.contract.untitled') },
          { key: 'stage', title: t('payments.map.stage'), render: (_, l) => (l.installment.stage ? t(`codes.installmentStage.${l.installment.stage}`) : l.installment.label) },
          { key: 'due', title: t('payments.map.dueDate'), render: (_, l) => l.installment.dueDate ?? t('common.none') },
          { key: 'amount', title: t('payments.map.amount'), align: 'end', render: (_, l) => money(l.installment.amount) },
          { key: 'received', title: t('payments.map.received'), align: 'end', render: (_, l) => money(l.installment.received) },
          { key: 'outstanding', title: t('payments.map.outstanding'), align: 'end', render: (_, l) => money(outstandingOf(l.installment)) },
        ]}
      />
    </div>
  );
}
