/**
 * The one-page visit brief (拜访简报) to take along: the account, when, who we meet (stance, role, needs,
 * last contact), the pre-visit checklist, SPIN questions, FABE points, objections with answers and the
 * commitment to aim for — and, once the visit has happened, what was learned and obtained. Laid out for
 * paper; 打印 prints it (the desktop's print, or the browser's).
 */
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSetPrintTitle } from '../../../platform/printMode';
import { db } from '../../../data/db';
import { useAccount } from '../../../data/hooks/workspaceHooks';
import { printPage } from '../../../platform/fileAccess';
import { VisitPeopleTable } from './VisitPeopleTable';

const CHECKLIST = ['customerInfo', 'competitorInfo', 'projectInfo', 'personalInfo'] as const;
const SPIN = ['situation', 'problem', 'implication', 'needPayoff'] as const;

export function VisitBrief() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { accountId = '', activityId = '' } = useParams();
  const account = useAccount(accountId);
  const visit = useLiveQuery(async () => (await db.activities.get(activityId)) ?? null, [activityId]);
  const people = useLiveQuery(async () => (visit ? (await db.stakeholders.bulkGet(visit.stakeholderIds)).flatMap((p) => (p ? [p] : [])) : []), [visit]);
  useSetPrintTitle(account && visit ? t('visit.brief.title', { account: account.name, date: visit.date }) : '');
  if (account === undefined || visit === undefined || people === undefined) return <Spin style={{ display: 'block', marginTop: 48 }} />;
  if (!account || !visit || visit.deletedAt !== null || visit.accountId !== accountId) return <Empty description={t('visit.brief.gone')} />;
  const prep = visit.preparation;
  const filled = (text: string | undefined) => (text && text.trim() !== '' ? text : t('common.none'));

  return (
    <Card className="kp-visit-brief">
      <Space className="keyplan-no-print" style={{ marginBottom: 12 }}>
        <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => void navigate(`/accounts/${accountId}?tab=activities`)}>
          {t('visit.brief.back')}
        </Button>
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={printPage}>
          {t('visit.brief.print')}
        </Button>
      </Space>
      <Typography.Title level={3}>{t('visit.brief.title', { account: account.name, date: visit.date })}</Typography.Title>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('activities.fields.kind')}>{t(`codes.activityKind.${visit.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('activities.fields.purpose')}>{visit.purpose ? t(`codes.activityPurpose.${visit.purpose}`) : t('common.none')}</Descriptions.Item>
        <Descriptions.Item label={t('visit.targetCommitment')} span={2}>
          {filled(prep?.targetCommitment)}
        </Descriptions.Item>
        <Descriptions.Item label={t('visit.checklist')} span={2}>
          {CHECKLIST.map((k) => `${prep?.checklist[k] ? '☑' : '☐'} ${t(`visit.checklistItems.${k}`)}`).join('　')}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('visit.peopleToMeet')}
      </Typography.Title>
      <VisitPeopleTable people={people} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('visit.spin')}
      </Typography.Title>
      <Descriptions size="small" column={1} bordered>
        {SPIN.map((k) => (
          <Descriptions.Item key={k} label={t(`visit.spinParts.${k}`)}>
            {filled(prep?.spin[k])}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {(prep?.fabe.length ?? 0) > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('visit.fabe')}
          </Typography.Title>
          {prep?.fabe.map((f) => (
            <Descriptions key={f.id} size="small" column={2} bordered title={filled(f.product)} style={{ marginBottom: 8 }}>
              <Descriptions.Item label={t('visit.fabeParts.feature')}>{filled(f.feature)}</Descriptions.Item>
              <Descriptions.Item label={t('visit.fabeParts.advantage')}>{filled(f.advantage)}</Descriptions.Item>
              <Descriptions.Item label={t('visit.fabeParts.benefit')}>{filled(f.benefit)}</Descriptions.Item>
              <Descriptions.Item label={t('visit.fabeParts.evidence')}>{filled(f.evidence)}</Descriptions.Item>
            </Descriptions>
          ))}
        </>
      )}
      {(prep?.objections.length ?? 0) > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('visit.objections')}
          </Typography.Title>
          <Descriptions size="small" column={1} bordered>
            {prep?.objections.map((o) => (
              <Descriptions.Item key={o.id} label={filled(o.objection)}>
                {filled(o.answer)}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </>
      )}
      {!visit.planned && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('visit.recordTitle')}
          </Typography.Title>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('visit.learned')}>{filled(visit.summary)}</Descriptions.Item>
            <Descriptions.Item label={t('visit.commitmentObtained')}>{filled(visit.commitmentObtained)}</Descriptions.Item>
            <Descriptions.Item label={t('activities.fields.nextStep')}>{visit.nextStep ? t('activities.nextStepLine', { step: visit.nextStep, date: visit.nextStepDate ?? '—' }) : t('common.none')}</Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Card>
  );
}
