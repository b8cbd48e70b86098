/**
 * The visit card (拜访准备 / 访后记录, seed 000). Before the visit: the pre-visit checklist (客户资料 /
 * 竞对资料 / 项目资料 / 个人资料), SPIN questions, FABE points per product, expected objections with
 * answers and the commitment to aim for; the people to meet come from the chain with their stance,
 * needs and last contact. After the visit the same card becomes the record: what was learned, the
 * commitment obtained, the next step, and each participant's stance and coverage as learned there,
 * which go to the chain when the record is saved.
 */
import { useEditorExit } from '../../../components/useEditorExit';
import { DeleteOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Col, Drawer, Form, Input, Row, Select, Space, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Activity } from '../../../../shared/domain/activity';
import { ACTIVITY_KINDS, ACTIVITY_PURPOSES, CALL_OUTCOMES, COVERAGE_LEVELS, STANCES } from '../../../../shared/domain/codes';
import { newId, todayIsoDate } from '../../../../shared/domain/common';
import type { Stakeholder } from '../../../../shared/domain/stakeholder';
import type { TeamMember } from '../../../../shared/domain/team';
import { useErrorReporter } from '../../../session/useErrorReporter';
import { CodeSelect } from '../../../components/formFields';
import { saveThenClose } from '../../../components/saveThenClose';
import { useConflictChoices } from '../../../components/useConflictChoices';
import { db } from '../../../data/db';
import { saveActivity } from '../../../data/repositories/activityRepository';
import { problemText, recordFieldLabel } from '../../../i18n/problemText';
import { visitDraft, visitValues, type VisitValues } from './visitForm';
import { VisitPeopleTable } from './VisitPeopleTable';
import { CodeField, DateField, PickField } from '../../../components/fields';

interface Props {
  accountId: string;
  /** null: a new planned visit. */
  visit: Activity | null;
  people: readonly Stakeholder[];
  team: readonly TeamMember[];
  onClose: () => void;
}

const CHECKLIST = ['customerInfo', 'competitorInfo', 'projectInfo', 'personalInfo'] as const;
const SPIN = ['situation', 'problem', 'implication', 'needPayoff'] as const;
const FABE = ['feature', 'advantage', 'benefit', 'evidence'] as const;

export function VisitEditor({ accountId, visit, people, team, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const reportError = useErrorReporter();
  const askConflicts = useConflictChoices();
  const [form] = Form.useForm<VisitValues>();
  // Esc, ✕, a click outside and Cancel all ask first when something was typed.
  const { requestClose, leaveTo } = useEditorExit({ dirty: () => form.isFieldsTouched(), save: () => void save(recording), close: onClose });
  const today = todayIsoDate();
  const [loaded] = useState(visit);
  const [initialValues] = useState(() => visitValues(loaded, people, today));
  // A done visit is a record; a planned one becomes one when the person says it happened.
  const [recording, setRecording] = useState(loaded !== null && !loaded.planned);
  const [tab, setTab] = useState<'prepare' | 'record'>(recording ? 'record' : 'prepare');
  const [refusal, setRefusal] = useState<string | null>(null);
  const chosenIds = Form.useWatch('stakeholderIds', form) ?? initialValues.stakeholderIds;
  const isCall = (Form.useWatch('kind', form) ?? initialValues.kind) === 'CALL';
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const chosen = chosenIds.flatMap((id) => byId.get(id) ?? []);
  const stance = (s: number) => t(`codes.stance.${String(s) as '0'}`);
  const title = recording ? t('visit.recordTitle') : t('visit.prepareTitle');

  const save = async (recorded: boolean) => {
    if ((await form.validateFields().catch(() => null)) === null) return;
    // The whole store, not only the fields on screen: list items keep their ids, and people not shown keep their values.
    const values = form.getFieldsValue(true) as VisitValues;
    const draft = visitDraft({ ...initialValues, ...values, updates: { ...initialValues.updates, ...values.updates } }, accountId, loaded, people, recorded, today);
    await saveThenClose((choices) => saveActivity(db, loaded ? { loaded, ...(choices ? { choices } : {}) } : null, draft), {
      saved: () => {
        void message.success(recorded ? t('visit.recorded') : t('visit.prepared'));
        onClose();
      },
      refused: (problems) => setRefusal(problems.map((p) => `${recordFieldLabel(t, 'activities', p.path)}：${problemText(t, p)}`).join('；')),
      failed: reportError,
      conflict: (conflicts) => askConflicts(conflicts, { field: (path) => recordFieldLabel(t, 'activities', path.join('.')) }),
    });
  };

  const text = (name: (string | number)[], label: string, rows = 2, max = 2000) => (
    <Form.Item name={name} label={label} rules={[{ max }]}>
      <Input.TextArea autoSize={{ minRows: rows, maxRows: 6 }} aria-label={label} />
    </Form.Item>
  );

  const prepare = (
    <>
      <Form.Item label={t('visit.checklist')}>
        <Space wrap>
          {CHECKLIST.map((key) => (
            <Form.Item key={key} name={['checklist', key]} valuePropName="checked" noStyle>
              <Checkbox>{t(`visit.checklistItems.${key}`)}</Checkbox>
            </Form.Item>
          ))}
        </Space>
      </Form.Item>
      <Typography.Title level={5}>{t('visit.spin')}</Typography.Title>
      <Row gutter={16}>
        {SPIN.map((key) => (
          <Col span={12} key={key}>
            {text(['spin', key], t(`visit.spinParts.${key}`))}
          </Col>
        ))}
      </Row>
      <Typography.Title level={5}>{t('visit.fabe')}</Typography.Title>
      <Form.List name="fabe">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <div key={field.key} className="kp-fabe" role="group" aria-label={t('visit.fabePoint', { n: field.name + 1 })}>
                <Row gutter={8} align="bottom">
                  <Col span={22}>
                    <Form.Item name={[field.name, 'product']} label={t('visit.fabeParts.product')} rules={[{ max: 200 }]}>
                      <Input aria-label={t('visit.fabeParts.product')} />
                    </Form.Item>
                  </Col>
                  <Col span={2}>
                    <Form.Item>
                      <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('visit.removeFabe', { n: field.name + 1 })} onClick={() => remove(field.name)} />
                    </Form.Item>
                  </Col>
                  {FABE.map((key) => (
                    <Col span={12} key={key}>
                      {text([field.name, key], t(`visit.fabeParts.${key}`), 1, 1000)}
                    </Col>
                  ))}
                </Row>
              </div>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ id: newId(), product: '', feature: '', advantage: '', benefit: '', evidence: '' })} style={{ marginBottom: 16 }}>
              {t('visit.addFabe')}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Title level={5}>{t('visit.objections')}</Typography.Title>
      <Form.List name="objections">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row gutter={8} key={field.key} align="bottom" role="group" aria-label={t('visit.objectionN', { n: field.name + 1 })}>
                <Col span={10}>{text([field.name, 'objection'], t('visit.objection'), 1, 1000)}</Col>
                <Col span={12}>{text([field.name, 'answer'], t('visit.answer'), 1)}</Col>
                <Col span={2}>
                  <Form.Item>
                    <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('visit.removeObjection', { n: field.name + 1 })} onClick={() => remove(field.name)} />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ id: newId(), objection: '', answer: '' })} style={{ marginBottom: 16 }}>
              {t('visit.addObjection')}
            </Button>
          </>
        )}
      </Form.List>
      {text(['targetCommitment'], t('visit.targetCommitment'), 1)}
    </>
  );

  const record = (
    <>
      {text(['summary'], t('visit.learned'), 3, 20000)}
      {text(['commitmentObtained'], t('visit.commitmentObtained'), 1)}
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item name="nextStep" label={t('activities.fields.nextStep')} rules={[{ max: 2000 }]}>
            <Input aria-label={t('activities.fields.nextStep')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <DateField name="nextStepDate" label={t('activities.fields.nextStepDate')} />
        </Col>
      </Row>
      <Typography.Title level={5}>{t('visit.chainUpdates')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('visit.chainUpdatesHint')}</Typography.Paragraph>
      {chosen.length === 0 ? (
        <Typography.Text type="secondary">{t('visit.nobodyChosen')}</Typography.Text>
      ) : (
        chosen.map((p) => (
          <Row gutter={8} key={p.id} align="middle" style={{ marginBottom: 8 }} role="group" aria-label={t('visit.updateFor', { name: p.name })}>
            <Col span={6}>
              <Typography.Text strong>{p.name}</Typography.Text>
            </Col>
            <Col span={9}>
              <Form.Item name={['updates', p.id, 'stance']} noStyle>
                <Select aria-label={t('visit.stanceOf', { name: p.name })} style={{ width: '100%' }} options={STANCES.map((s) => ({ value: s, label: stance(s) }))} />
              </Form.Item>
            </Col>
            <Col span={9}>
              <Form.Item name={['updates', p.id, 'coverage']} noStyle>
                <CodeSelect group="coverage" codes={COVERAGE_LEVELS} allowClear={false} aria-label={t('visit.coverageOf', { name: p.name })} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        ))
      )}
    </>
  );

  return (
    <Drawer
      open
      size="large"
      destroyOnHidden
      title={title}
      onClose={requestClose}
      extra={
        <Space>
          {loaded && (
            <Button
              icon={<PrinterOutlined aria-hidden />}
              // The brief shows the visit as saved: typing not yet saved is asked about first.
              onClick={() => leaveTo(() => void navigate(`/accounts/${accountId}/visits/${loaded.id}`))}
            >
              {t('visit.brief.open')}
            </Button>
          )}
          <Button onClick={requestClose}>{t('common.cancel')}</Button>
          {recording ? (
            <Button type="primary" onClick={() => void save(true)}>
              {t('visit.saveRecord')}
            </Button>
          ) : (
            <>
              <Button
                onClick={() => {
                  setRecording(true);
                  setTab('record');
                }}
              >
                {t('visit.happened')}
              </Button>
              <Button type="primary" onClick={() => void save(false)}>
                {t('visit.savePreparation')}
              </Button>
            </>
          )}
        </Space>
      }
    >
      {refusal && <Alert type="error" title={refusal} style={{ marginBottom: 12 }} />}
      <Form<VisitValues> form={form} layout="vertical" initialValues={initialValues} aria-label={title}>
        <Row gutter={16}>
          <Col span={8}>
            <DateField name="date" label={t('activities.fields.date')} required />
          </Col>
          <Col span={8}>
            <CodeField name="kind" label={t('activities.fields.kind')} group="activityKind" codes={ACTIVITY_KINDS} allowClear={false} />
          </Col>
          <Col span={8}>
            <CodeField name="purpose" label={t('activities.fields.purpose')} group="activityPurpose" codes={ACTIVITY_PURPOSES} />
          </Col>
          <Col span={12}>
            <PickField name="stakeholderIds" label={t('visit.peopleToMeet')} multiple options={people.filter((p) => !p.placeholder).map((p) => ({ value: p.id, label: [p.name, p.title].filter(Boolean).join(' · ') }))} />
          </Col>
          <Col span={12}>
            <PickField name="teamMemberIds" label={t('activities.fields.team')} multiple options={team.map((m) => ({ value: m.id, label: m.name }))} />
          </Col>
          <Col span={24} hidden={!isCall}>
            {/* Outcome codes (seed 003) describe a call; a visit is told in its record. */}
            <Form.Item name="outcome" label={t('activities.fields.outcome')} hidden={!isCall}>
              <CodeSelect group="callOutcome" codes={CALL_OUTCOMES} aria-label={t('activities.fields.outcome')} />
            </Form.Item>
          </Col>
        </Row>
        {chosen.length > 0 && (
          <VisitPeopleTable people={chosen} style={{ marginBottom: 16 }} />
        )}
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key === 'record' ? 'record' : 'prepare')}
          items={[
            { key: 'prepare', label: t('visit.prepareTab'), children: prepare, forceRender: true },
            { key: 'record', label: t('visit.recordTab'), children: record, disabled: !recording, forceRender: true },
          ]}
        />
      </Form>
    </Drawer>
  );
}
