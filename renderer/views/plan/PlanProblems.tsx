/**
 * Cells that were not saved, and why: row (account · product, or the line of the pasted block),
 * column, what was typed, and the reason. It stays until closed, so the person can fix them one by one.
 */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { cellErrorText } from '../../i18n/problemText';
import type { PlanContext } from './planContext';
import type { CellProblem } from './planEdits';
import type { PlanRow } from '../../../shared/domain/planRow';

const SHOWN = 12;

export function PlanProblems({ problems, rows, ctx, onClose }: { problems: readonly CellProblem[]; rows: ReadonlyMap<string, PlanRow>; ctx: PlanContext; onClose: () => void }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  const where = (p: CellProblem) => {
    const row = p.rowId === null ? undefined : rows.get(p.rowId);
    const label = row ? `${ctx.accounts.get(row.accountId)?.name ?? ''} · ${row.product || t('plan.noProduct')}` : '';
    if (p.line !== undefined) return label ? t('plan.problems.pastedLineRow', { line: p.line, row: label }) : t('plan.problems.pastedLine', { line: p.line });
    return label;
  };
  return (
    <Alert
      type="warning"
      showIcon
      closable={{ onClose, 'aria-label': t('common.close') }}
      style={{ marginBottom: 12 }}
      title={t('plan.problems.title', { count: problems.length })}
      description={
        <ul className="kp-plan-problems" aria-label={t('plan.problems.title', { count: problems.length })}>
          {problems.slice(0, SHOWN).map((p, i) => (
            <li key={i}>
              {t('plan.problems.line', { where: where(p), column: t(`plan.columns.${p.column}`), input: p.input, reason: cellErrorText(t, p.error) })}
            </li>
          ))}
          {problems.length > SHOWN && <li>{t('plan.problems.more', { count: problems.length - SHOWN })}</li>}
        </ul>
      }
    />
  );
}
