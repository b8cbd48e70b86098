/**
 * 作战计划: the account's rows of the plan year with the plan's own computed columns (weighted pipeline,
 * coverage, status, next milestone). Targets are edited in the plan sheet, where the revision history
 * and the checks on every cell live; the button opens it.
 */
import { TableOutlined } from '@ant-design/icons';
import { Button, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Account } from '../../../../shared/domain/account';
import { formatMoney, formatPercent } from '../../../../shared/domain/money';
import type { Settings } from '../../../../shared/domain/settings';
import { coverageOf, nextMilestone, pipelineByAccountProduct, pipelineKey, planStatus, type PlanStatus } from '../../../../shared/methods/planRisk';
import type { PlanRow } from '../../../../shared/domain/planRow';
import type { AccountRecords } from '../../../data/hooks/accountWorkspaceHooks';

interface Props {
  account: Account;
  records: AccountRecords;
  settings: Settings;
}

interface Line {
  row: PlanRow;
  weighted: number;
  coverage: number | null;
  status: PlanStatus;
}

const STATUS_COLORS: Record<PlanStatus, string> = { NO_TARGET: 'default', ACHIEVED: 'green', AT_RISK: 'red', COVERED: 'blue' };

export function PlanTab({ account, records, settings }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const money = (minor: number | null) => (minor === null ? t('common.none') : formatMoney(minor, settings.currency, i18n.language));
  const year = settings.planYear;
  const lines = useMemo((): Line[] => {
    const pipeline = pipelineByAccountProduct(records.opportunities, year, settings.stageProbabilities);
    return records.planRows
      .filter((r) => r.year === year)
      .map((row) => {
        const figures = pipeline.get(pipelineKey(account.id, row.product));
        const weighted = figures?.weighted ?? 0;
        return { row, weighted, coverage: coverageOf(weighted, row.target), status: planStatus(row.target, figures?.won ?? 0, weighted, settings.riskMarginPercent) };
      });
  }, [records.planRows, records.opportunities, year, settings.stageProbabilities, settings.riskMarginPercent, account.id]);

  return (
    <div>
      <Button icon={<TableOutlined aria-hidden />} onClick={() => void navigate('/plan')} style={{ marginBottom: 12 }}>
        {t('accountPage.plan.open', { year })}
      </Button>
      <Table<Line>
        rowKey={(l) => l.row.id}
        size="small"
        pagination={false}
        dataSource={lines}
        aria-label={t('accountPage.plan.label', { year })}
        locale={{ emptyText: t('accountPage.plan.empty', { year }) }}
        columns={[
          { key: 'product', title: t('plan.columns.product'), render: (_, l) => l.row.product || t('common.none') },
          { key: 'potential', title: t('plan.columns.potential'), align: 'end', render: (_, l) => money(l.row.potential) },
          { key: 'target', title: t('plan.columns.target'), align: 'end', render: (_, l) => money(l.row.target) },
          { key: 'floor', title: t('plan.columns.floorTarget'), align: 'end', render: (_, l) => money(l.row.floorTarget) },
          { key: 'weighted', title: t('plan.columns.weighted'), align: 'end', render: (_, l) => money(l.weighted) },
          { key: 'coverage', title: t('plan.columns.coverage'), align: 'end', render: (_, l) => formatPercent(l.coverage) },
          { key: 'status', title: t('plan.columns.status'), render: (_, l) => <Tag color={STATUS_COLORS[l.status]}>{t(`plan.status.${l.status}`)}</Tag> },
          {
            key: 'next',
            title: t('plan.columns.nextMilestone'),
            render: (_, l) => {
              const next = nextMilestone(l.row.milestones);
              return next ? `${next.task}${next.dueDate ? `（${next.dueDate}）` : ''}` : t('common.none');
            },
          },
        ]}
      />
    </div>
  );
}
