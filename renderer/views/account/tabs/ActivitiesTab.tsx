/**
 * 跟进: the account's planned visits first (soonest first), then its timeline, newest first. Plan a
 * visit (its preparation card, which becomes its record once it has happened) or log a follow-up.
 */
import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Space, Timeline, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account';
import type { Activity } from '../../../../shared/domain/activity';
import type { AccountRecords } from '../../../data/hooks/accountWorkspaceHooks';
import { useTeamMembers } from '../../../data/hooks/workspaceHooks';
import { ActivityDetails } from '../../activities/ActivityDetails';
import { ActivityEditor } from '../../activities/ActivityEditor';
import { useLogActivity } from '../../activities/useLogActivity';
import { VisitEditor } from '../visit/VisitEditor';

interface Props {
  account: Account;
  records: AccountRecords;
}

export function ActivitiesTab({ account, records }: Props) {
  const { t } = useTranslation();
  const team = useTeamMembers();
  const [logging, setLogging] = useState(false);
  // The visit card: a new planned visit ('new') or a visit to prepare, record or read again.
  const [visit, setVisit] = useState<Activity | 'new' | null>(null);
  const personName = useMemo(() => new Map(records.people.map((p) => [p.id, p.name])), [records.people]);
  const planned = useMemo(() => records.activities.filter((a) => a.planned).sort((a, b) => a.date.localeCompare(b.date)), [records.activities]);
  const done = useMemo(() => records.activities.filter((a) => !a.planned), [records.activities]);

  const save = useLogActivity(() => account.name, () => setLogging(false));

  const line = (a: Activity) => ({
    key: a.id,
    content: (
      <div role="article" aria-label={t('accountPage.activities.line', { date: a.date, kind: t(`codes.activityKind.${a.kind}`) })}>
        <Flex justify="space-between" align="baseline">
          <Typography.Text strong>{t('accountPage.activities.line', { date: a.date, kind: t(`codes.activityKind.${a.kind}`) })}</Typography.Text>
          <Button size="small" type="link" onClick={() => setVisit(a)}>
            {a.planned ? t('visit.openPlanned') : t('visit.open')}
            <span className="kp-visually-hidden">{t('visit.whichVisit', { date: a.date })}</span>
          </Button>
        </Flex>
        <ActivityDetails activity={a} personName={personName} />
      </div>
    ),
  });

  return (
    <div>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<CalendarOutlined aria-hidden />} onClick={() => setVisit('new')}>
          {t('visit.plan')}
        </Button>
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => setLogging(true)}>
          {t('activities.log')}
        </Button>
      </Space>
      {records.activities.length === 0 && <Empty description={t('activities.empty')} />}
      {planned.length > 0 && (
        <section aria-label={t('accountPage.activities.plannedTitle')}>
          <Typography.Title level={5}>{t('accountPage.activities.plannedTitle')}</Typography.Title>
          <Timeline items={planned.map(line)} />
        </section>
      )}
      {done.length > 0 && (
        <section aria-label={t('activities.timeline')}>
          <Flex justify="space-between">
            <Typography.Title level={5}>{t('activities.timeline')}</Typography.Title>
            {done.length > 200 && <Typography.Text type="secondary">{t('accountPage.activities.latest', { count: 200 })}</Typography.Text>}
          </Flex>
          <Timeline items={done.slice(0, 200).map(line)} />
        </section>
      )}
      {visit !== null && (
        <VisitEditor key={visit === 'new' ? 'new' : visit.id} accountId={account.id} visit={visit === 'new' ? null : visit} people={records.people} team={team ?? []} onClose={() => setVisit(null)} />
      )}
      {logging && <ActivityEditor accounts={[account]} people={records.people} team={team ?? []} defaultAccountId={account.id} onSave={save} onClose={() => setLogging(false)} />}
    </div>
  );
}
