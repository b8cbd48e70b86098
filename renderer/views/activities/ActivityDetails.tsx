/** What a follow-up says under its heading, wherever it is listed: purpose, call outcome, people, the visit's aim and record, the next step. */
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';

export function ActivityDetails({ activity: a, personName }: { activity: Activity; personName: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  return (
    <>
      <div>
        {a.planned && <Tag color="orange">{t('accountPage.activities.planned')}</Tag>}
        {a.purpose && <Tag>{t(`codes.activityPurpose.${a.purpose}`)}</Tag>}
        {a.outcome && <Tag color="blue">{t(`codes.callOutcome.${a.outcome}`)}</Tag>}
        {a.stakeholderIds.map((id) => (
          <Tag key={id} color="purple">
            {personName.get(id) ?? id}
          </Tag>
        ))}
      </div>
      {a.planned && a.preparation?.targetCommitment && <Typography.Paragraph style={{ margin: '4px 0' }}>{t('visit.aimLine', { text: a.preparation.targetCommitment })}</Typography.Paragraph>}
      {a.summary && <Typography.Paragraph style={{ margin: '4px 0' }}>{a.summary}</Typography.Paragraph>}
      {a.commitmentObtained && <Typography.Paragraph style={{ margin: '4px 0' }}>{t('visit.commitmentLine', { text: a.commitmentObtained })}</Typography.Paragraph>}
      {a.nextStep && <Typography.Text type="secondary">{t('activities.nextStepLine', { step: a.nextStep, date: a.nextStepDate ?? '—' })}</Typography.Text>}
    </>
  );
}
