/**
 * The activity log: a timeline across accounts (filter by account or key person), the key people
 * gone cold (not contacted in N days, N from Settings), and the next steps due in two weeks.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, List, Row, Select, Tag, Timeline, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayIsoDate } from '../../../shared/domain/common';
import { daysBetween } from '../../../shared/methods/decisionChainHealth';
import { goneCold } from '../../../shared/methods/goneCold';
import { useErrorReporter } from '../../session/useErrorReporter';
import { useUndoable } from '../../components/useUndoable';
import { db } from '../../data/db';
import { useAccounts, useActivities, useAllStakeholders, useSettings, useTeamMembers } from '../../data/hooks/workspaceHooks';
import { deleteActivity } from '../../data/repositories/activityRepository';
import { ActivityDetails } from './ActivityDetails';
import { ActivityEditor } from './ActivityEditor';
import { useLogActivity } from './useLogActivity';
import { CLEARABLE } from '../../components/clearable';

const UPCOMING_DAYS = 14;

export function ActivitiesView() {
  const { t } = useTranslation();
  const reportError = useErrorReporter();
  const undoable = useUndoable();
  const accounts = useAccounts();
  const activities = useActivities();
  const people = useAllStakeholders();
  const team = useTeamMembers();
  const settings = useSettings();
  const [accountFilter, setAccountFilter] = useState<string | null>(null);
  const [personFilter, setPersonFilter] = useState<string | null>(null);
  const [logging, setLogging] = useState(false);
  const today = todayIsoDate();
  const coldAfter = settings?.coldAfterDays ?? 30;
  const accountName = useMemo(() => new Map((accounts ?? []).map((a) => [a.id, a.name])), [accounts]);
  const personName = useMemo(() => new Map((people ?? []).map((p) => [p.id, p.name])), [people]);

  const shown = useMemo(
    () => (activities ?? []).filter((a) => (accountFilter === null || a.accountId === accountFilter) && (personFilter === null || a.stakeholderIds.includes(personFilter))),
    [activities, accountFilter, personFilter],
  );
  const cold = useMemo(
    () => goneCold((people ?? []).filter((p) => accountFilter === null || p.accountId === accountFilter), today, coldAfter),
    [people, accountFilter, today, coldAfter],
  );
  const upcoming = useMemo(
    () =>
      (activities ?? [])
        .filter((a) => a.nextStepDate !== null && a.nextStep !== '' && daysBetween(today, a.nextStepDate) >= 0 && daysBetween(today, a.nextStepDate) <= UPCOMING_DAYS)
        .sort((a, b) => (a.nextStepDate ?? '').localeCompare(b.nextStepDate ?? '')),
    [activities, today],
  );

  const save = useLogActivity((id) => accountName.get(id) ?? '', () => setLogging(false));

  return (
    <Row gutter={16}>
      <Col span={15}>
        <Card title={t('activities.timeline')}>
          {/* Filters in the card's body, not its header: beside the title they left it no room. */}
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <Select allowClear={CLEARABLE} showSearch={{ optionFilterProp: 'label' }} style={{ width: 180 }} placeholder={t('activities.filterAccount')} aria-label={t('activities.filterAccount')} value={accountFilter} options={(accounts ?? []).map((a) => ({ value: a.id, label: a.name }))} onChange={(id: string | undefined) => { setAccountFilter(id ?? null); setPersonFilter(null); }} />
            <Select allowClear={CLEARABLE} showSearch={{ optionFilterProp: 'label' }} style={{ width: 160 }} placeholder={t('activities.filterPerson')} aria-label={t('activities.filterPerson')} value={personFilter} options={(people ?? []).filter((p) => accountFilter === null || p.accountId === accountFilter).map((p) => ({ value: p.id, label: p.name }))} onChange={(id: string | undefined) => setPersonFilter(id ?? null)} />
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setLogging(true)}>
              {t('activities.log')}
            </Button>
          </Flex>
          {shown.length === 0 ? (
            <Empty description={t('activities.empty')} />
          ) : (
            <Timeline
              items={shown.slice(0, 200).map((a) => ({
                key: a.id,
                content: (
                  <div role="article" aria-label={t('activities.line', { date: a.date, kind: t(`codes.activityKind.${a.kind}`), account: accountName.get(a.accountId) ?? '' })}>
                    <Flex justify="space-between">
                      <Typography.Text strong>{t('activities.line', { date: a.date, kind: t(`codes.activityKind.${a.kind}`), account: accountName.get(a.accountId) ?? '' })}</Typography.Text>
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined aria-hidden />}
                        aria-label={t('activities.deleteLabel')}
                        onClick={() => {
                          undoable.run(`activity-${a.id}`, () => deleteActivity(db, a.id), () => t('activities.deleted')).catch(reportError);
                        }}
                      />
                    </Flex>
                    <ActivityDetails activity={a} personName={personName} />
                  </div>
                ),
              }))}
            />
          )}
        </Card>
      </Col>
      <Col span={9}>
        <Card title={t('activities.cold')} style={{ marginBottom: 16 }} role="region" aria-label={t('activities.cold')}>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('activities.coldHint', { days: coldAfter })}
          </Typography.Paragraph>
          {cold.length === 0 ? (
            <Typography.Text type="success">{t('activities.coldNone')}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={cold.slice(0, 50)}
              renderItem={({ person, days }) => (
                <List.Item>
                  <span>
                    <Link to={`/chains/${person.accountId}`}>{person.name}</Link>
                    <Typography.Text type="secondary"> · {accountName.get(person.accountId)}</Typography.Text>
                  </span>
                  <Tag color="red">{days === null ? t('activities.neverContacted') : t('activities.daysAgo', { days })}</Tag>
                </List.Item>
              )}
            />
          )}
        </Card>
        <Card title={t('activities.upcoming')} role="region" aria-label={t('activities.upcoming')}>
          {upcoming.length === 0 ? (
            <Typography.Text type="secondary">{t('activities.upcomingNone')}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={upcoming}
              renderItem={(a) => (
                <List.Item>
                  <span>
                    {a.nextStep} · {accountName.get(a.accountId)}
                  </span>
                  <Tag>{a.nextStepDate}</Tag>
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
      {logging && <ActivityEditor accounts={accounts ?? []} people={people ?? []} team={team ?? []} defaultAccountId={accountFilter} onSave={save} onClose={() => setLogging(false)} />}
    </Row>
  );
}
