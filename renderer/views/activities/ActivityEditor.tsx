/** Logging one visit, call or meeting: who took part on both sides, the outcome code, the next step. */
import { useEditorExit } from '../../components/useEditorExit';
import { Alert, Button, Col, DatePicker, Drawer, Form, Input, Row, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain/account';
import type { ActivityDraft } from '../../../shared/domain/activityRules';
import { ACTIVITY_KINDS, ACTIVITY_PURPOSES, CALL_OUTCOMES } from '../../../shared/domain/codes';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import type { TeamMember } from '../../../shared/domain/team';
import { CodeSelect } from '../../components/formFields';
import { CodeField, PastDateField, PickField, TextField } from '../../components/fields';

interface FormValues {
  accountId: string | null;
  date: Dayjs | null;
  kind: string;
  purpose: string | null;
  stakeholderIds: string[];
  teamMemberIds: string[];
  outcome: string | null;
  summary: string;
  nextStep: string;
  nextStepDate: Dayjs | null;
}

interface Props {
  accounts: readonly Account[];
  people: readonly Stakeholder[];
  team: readonly TeamMember[];
  defaultAccountId: string | null;
  onSave: (draft: ActivityDraft) => Promise<string | null>;
  onClose: () => void;
}

const iso = (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null);

export function ActivityEditor({ accounts, people, team, defaultAccountId, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  // Esc, ✕, a click outside and Cancel all ask first when something was typed.
  const { requestClose } = useEditorExit({ dirty: () => form.isFieldsTouched(), save: () => void submit(), close: onClose });
  const [refusal, setRefusal] = useState<string | null>(null);
  const accountId = Form.useWatch('accountId', form) ?? defaultAccountId;
  // Outcome codes (N/A, W/N, B/L …) describe a telephone call; a visit or a meeting is told in its notes.
  const isCall = Form.useWatch('kind', form) === 'CALL';
  const theirPeople = useMemo(() => people.filter((p) => p.accountId === accountId), [people, accountId]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values?.accountId || !values.date) return;
    setRefusal(
      await onSave({
        accountId: values.accountId,
        date: values.date.format('YYYY-MM-DD'),
        kind: values.kind as ActivityDraft['kind'],
        purpose: values.purpose as ActivityDraft['purpose'],
        stakeholderIds: values.stakeholderIds,
        teamMemberIds: values.teamMemberIds,
        outcome: values.outcome as ActivityDraft['outcome'],
        summary: values.summary,
        nextStep: values.nextStep,
        nextStepDate: iso(values.nextStepDate),
      }),
    );
  };

  return (
    <Drawer
      open
      size="large"
      destroyOnHidden
      title={t('activities.log')}
      onClose={requestClose}
      extra={
        <Space>
          <Button onClick={requestClose}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {refusal && <Alert type="error" title={refusal} style={{ marginBottom: 12 }} />}
      <Form<FormValues>
        form={form}
        layout="vertical"
        aria-label={t('activities.log')}
        initialValues={{ accountId: defaultAccountId, date: dayjs(), kind: 'VISIT', purpose: null, stakeholderIds: [], teamMemberIds: [], outcome: null, summary: '', nextStep: '', nextStepDate: null }}
        onValuesChange={(changed: Partial<FormValues>) => {
          // Their people belong to the account: changing the account clears them.
          if ('accountId' in changed) form.setFieldValue('stakeholderIds', []);
          // A call's outcome code does not describe a visit: changing the kind away from a call clears it.
          if ('kind' in changed && changed.kind !== 'CALL') form.setFieldValue('outcome', null);
        }}
      >
        <Row gutter={16}>
          <Col span={12}>
            <PickField name="accountId" label={t('activities.fields.account')} required options={accounts.map((a) => ({ value: a.id, label: a.name }))} />
          </Col>
          <Col span={12}>
            <PastDateField name="date" label={t('activities.fields.date')} required />
          </Col>
          <Col span={12}>
            <CodeField name="kind" label={t('activities.fields.kind')} group="activityKind" codes={ACTIVITY_KINDS} allowClear={false} />
          </Col>
          <Col span={12}>
            <CodeField name="purpose" label={t('activities.fields.purpose')} group="activityPurpose" codes={ACTIVITY_PURPOSES} />
          </Col>
          <Col span={12}>
            <PickField name="stakeholderIds" label={t('activities.fields.people')} multiple options={theirPeople.map((p) => ({ value: p.id, label: [p.name, p.title].filter(Boolean).join(' · ') }))} />
          </Col>
          <Col span={12}>
            <PickField name="teamMemberIds" label={t('activities.fields.team')} multiple options={team.map((m) => ({ value: m.id, label: m.name }))} />
          </Col>
          <Col span={24} hidden={!isCall}>
            <Form.Item name="outcome" label={t('activities.fields.outcome')} hidden={!isCall}>
              <CodeSelect group="callOutcome" codes={CALL_OUTCOMES} aria-label={t('activities.fields.outcome')} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="summary" label={t('activities.fields.summary')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} aria-label={t('activities.fields.summary')} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <TextField name="nextStep" label={t('activities.fields.nextStep')} maxLength={2000} />
          </Col>
          <Col span={8}>
            <Form.Item
              name="nextStepDate"
              label={t('activities.fields.nextStepDate')}
              dependencies={['date']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: Dayjs | null) => {
                    const date = getFieldValue('date') as Dayjs | null;
                    return value && date && value.isBefore(date, 'day') ? Promise.reject(new Error(t('problems.before_activity'))) : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} aria-label={t('activities.fields.nextStepDate')} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
