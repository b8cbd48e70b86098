/** The A/B/C/D grade and what the next grade still needs (seed 003). */
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../shared/domain/opportunity';
import { bantQualification } from '../../../shared/methods/bant';
import type { GradeResult, MissingCriterion } from '../../../shared/methods/opportunityGrade';

const GRADE_COLORS = { A: 'green', B: 'blue', C: 'gold', D: 'default' } as const;

export function useCriterionText(): (m: MissingCriterion) => string {
  const { t } = useTranslation();
  return (m) => t(`opportunities.criteria.${m.criterion}`, { count: m.count ?? 0, days: m.days ?? 0 });
}

export function GradeTag({ result }: { result: GradeResult }) {
  const { t } = useTranslation();
  return result.grade ? <Tag color={GRADE_COLORS[result.grade]}>{t('opportunities.grade', { grade: result.grade })}</Tag> : <Tag>{t('opportunities.ungraded')}</Tag>;
}

/** The grade with the list of what is missing for the next one. */
export function GradeDetails({ result }: { result: GradeResult }) {
  const { t } = useTranslation();
  const text = useCriterionText();
  return (
    <div data-testid="grade-details" aria-live="polite">
      <GradeTag result={result} />
      {result.next === null ? (
        <Typography.Text type="secondary">{t('opportunities.topGrade')}</Typography.Text>
      ) : (
        <Typography.Text type="secondary">
          {t('opportunities.nextGrade', { grade: result.next })} {result.missing.map(text).join('；')}
        </Typography.Text>
      )}
    </div>
  );
}

/** "BANT 3/4", with the open items on hover; green when qualified. */
export function BantTag({ bant }: { bant: Opportunity['bant'] }) {
  const { t } = useTranslation();
  const result = bantQualification(bant);
  const open = result.missing.map((item) => t(`opportunities.bant.${item}`)).join('、');
  return (
    <Tag color={result.qualified ? 'green' : 'default'} title={open || undefined}>
      {t('opportunities.bantScore', { met: result.met })}
    </Tag>
  );
}
