/**
 * 目标风险裕量 by owner and in total, over the whole plan year (not just the filtered view): target,
 * floor, weighted pipeline, won, coverage, and the weighted pipeline still missing to reach the
 * margin — what a director asks each owner about in the review.
 */
import { Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../shared/domain/money';
import { formatCellAmount, formatSummaryAmount } from './planColumns';
import type { PlanContext } from './planContext';
import type { PlanRowsSnapshot } from './planRowStore';
import { totalsOf, type GroupTotals } from './planSheetModel';

/** The key of the last line, the total over every owner. */
const TOTAL = '\u0000total';

interface OwnerLine {
  key: string;
  owner: string;
  totals: GroupTotals;
}

export function RiskSummary({ snap, ctx }: { snap: PlanRowsSnapshot; ctx: PlanContext }) {
  const { t } = useTranslation();
  const lines = useMemo(() => {
    const byOwner = new Map<string, string[]>();
    for (const id of snap.ids) {
      const owner = snap.rows.get(id)?.ownerId ?? '';
      const list = byOwner.get(owner);
      if (list) list.push(id);
      else byOwner.set(owner, [id]);
    }
    const rows = snap.rows;
    const result: OwnerLine[] = [...byOwner].map(([ownerId, ids]) => ({
      key: ownerId || '-',
      owner: ownerId ? (ctx.team.get(ownerId)?.name ?? '') : t('plan.group.none'),
      totals: totalsOf(ids, rows, ctx),
    }));
    result.sort((a, b) => b.totals.gap - a.totals.gap);
    result.push({ key: TOTAL, owner: t('plan.summary.total'), totals: totalsOf(snap.ids, rows, ctx) });
    return result;
  }, [ctx, snap, t]);

  // A summary: in the units managers think in when the workspace asks for it, the exact amount on hover.
  const money = (v: number) => <span title={formatCellAmount(v, ctx)}>{formatSummaryAmount(v, ctx)}</span>;
  const gapText = (g: GroupTotals) => (g.gap > 0 ? money(g.gap) : t('plan.summary.noGap', { amount: formatSummaryAmount(-g.gap, ctx) }));
  return (
    <Table<OwnerLine>
      size="small"
      rowKey="key"
      pagination={false}
      aria-label={t('plan.summary.title')}
      dataSource={lines}
      scroll={{ y: 240 }}
      rowClassName={(l) => (l.key === TOTAL ? 'kp-summary-total' : '')}
      columns={[
        { key: 'owner', title: t('plan.columns.owner'), dataIndex: 'owner' },
        { key: 'count', title: t('plan.summary.rows'), align: 'right', render: (_, l) => l.totals.count },
        { key: 'target', title: t('plan.columns.target'), align: 'right', render: (_, l) => money(l.totals.target) },
        { key: 'floor', title: t('plan.columns.floorTarget'), align: 'right', render: (_, l) => money(l.totals.floor) },
        { key: 'weighted', title: t('plan.columns.weighted'), align: 'right', render: (_, l) => money(l.totals.weighted) },
        { key: 'won', title: t('plan.summary.won'), align: 'right', render: (_, l) => money(l.totals.won) },
        { key: 'coverage', title: t('plan.columns.coverage'), align: 'right', render: (_, l) => (l.totals.coverage === null ? '' : formatPercent(l.totals.coverage)) },
        { key: 'required', title: t('plan.summary.required', { margin: ctx.marginPercent }), align: 'right', render: (_, l) => money(l.totals.required) },
        { key: 'gap', title: t('plan.summary.gap'), align: 'right', render: (_, l) => <Typography.Text type={l.totals.gap > 0 ? 'danger' : 'success'}>{gapText(l.totals)}</Typography.Text> },
        { key: 'risk', title: t('plan.columns.risk'), render: (_, l) => (l.totals.atRisk ? <Tag color="red">{t('plan.risk.atRisk')}</Tag> : <Tag color="green">{t('plan.risk.ok')}</Tag>) },
      ]}
    />
  );
}

/** The risk summary's folded line: target, weighted, coverage against the margin. */
export function RiskHeadline({ totals, ctx, t }: { totals: GroupTotals; ctx: PlanContext; t: TFunction }) {
  return (
    <span data-testid="plan-risk-headline">
      {t('plan.summary.headline', {
        target: formatSummaryAmount(totals.target, ctx),
        weighted: formatSummaryAmount(totals.weighted, ctx),
        coverage: formatPercent(totals.coverage),
        margin: ctx.marginPercent,
      })}
    </span>
  );
}
