/**
 * One opportunity in a drawer: what it is, the BANT checklist, and the seed 003 checklist whose
 * grade (and what the next grade needs) updates as boxes are ticked. Closing as won or lost needs
 * the reason; every field is validated before anything is stored.
 */
import { useEditorExit } from '../../components/useEditorExit';
import { Alert, Button, Checkbox, Col, DatePicker, Divider, Drawer, Form, Input, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Account } from '../../../shared/domain/account';
import { FUNNEL_STAGES, PURCHASE_SCENES } from '../../../shared/domain/codes';
import { todayIsoDate } from '../../../shared/domain/common';
import { fromMinorUnits, toMinorUnits } from '../../../shared/domain/money';
import { gradeChecklistSchema, type Opportunity } from '../../../shared/domain/opportunity';
import type { OpportunityDraft } from '../../../shared/domain/opportunityRules';
import type { Competitor, TeamMember } from '../../../shared/domain/team';
import { gradeOpportunity } from '../../../shared/methods/opportunityGrade';
import { GradeDetails } from './GradeBadge';
import { CLEARABLE } from '../../components/clearable';
import { CodeField, DateField, MoneyField, PickField, TextField } from '../../components/fields';

const KPS = ['EB', 'UB', 'TB'] as const;
const KP_ITEMS = ['contacted', 'endorses', 'needsKnown', 'needsConfirmed', 'objectionsResolved'] as const;
const DEAL_ITEMS = ['competitorInfo', 'competitorExcluded', 'budgetConfirmed', 'procurementProcessClear', 'procurementStarted', 'quotationNegotiated', 'quotationConfirmed'] as const;
const BANT_ITEMS = ['budget', 'authority', 'need', 'timeline'] as const;

interface FormValues extends Omit<OpportunityDraft, 'amount' | 'expectedClose' | 'gradeChecklist'> {
  amount: number | null;
  expectedClose: Dayjs | null;
  gradeChecklist: Omit<NonNullable<OpportunityDraft['gradeChecklist']>, 'decisionDate'> & { decisionDate: Dayjs | null };
}

interface Props {
  open: boolean;
  opportunity: Opportunity | null;
  accounts: readonly Account[];
  team: readonly TeamMember[];
  competitors: readonly Competitor[];
  currency: string;
  defaultAccountId: string | null;
  /** What a new opportunity starts with (started from a whitespace cell: its name and product line). */
  defaults?: { name: string; product: string };
  /** Resolves to what is wrong (shown at the top) when the save was refused, else null. */
  onSave: (loaded: Opportunity | null, draft: OpportunityDraft, newCompetitors: string[]) => Promise<string | null>;
  onClose: () => void;
}

const day = (value: string | null | undefined) => (value ? dayjs(value) : null);
const iso = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

export function OpportunityEditor({ open, opportunity, accounts, team, competitors, currency, defaultAccountId, defaults, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const [refusal, setRefusal] = useState<string | null>(null);
  // Esc, ✕, a click outside and Cancel all ask first when something was typed.
  const { requestClose, leaveTo } = useEditorExit({ dirty: () => form.isFieldsTouched(), save: () => void submit(), close: onClose });
  // Read once: the save compares the form with exactly the opportunity that was shown.
  const [initial] = useState((): FormValues => {
    const checklist = opportunity?.gradeChecklist ?? gradeChecklistSchema.parse({});
    return {
      accountId: opportunity?.accountId ?? defaultAccountId ?? '',
      name: opportunity?.name ?? defaults?.name ?? '',
      product: opportunity?.product ?? defaults?.product ?? '',
      amount: opportunity ? fromMinorUnits(opportunity.amount, currency) : null,
      stage: opportunity?.stage ?? 'LEAD',
      purchaseScene: opportunity?.purchaseScene ?? null,
      bant: opportunity?.bant ?? { budget: false, authority: false, need: false, timeline: false },
      gradeChecklist: { ...checklist, decisionDate: day(checklist.decisionDate) },
      expectedClose: day(opportunity?.expectedClose),
      competitorIds: opportunity?.competitorIds ?? [],
      ownerId: opportunity?.ownerId ?? null,
      winLossReason: opportunity?.winLossReason ?? '',
    };
  });

  // Until the form has mounted, the watched values are empty: fall back to the initial ones.
  const watched = Form.useWatch([], form) as Partial<FormValues> | undefined;
  const grade = useMemo(() => {
    const gradeChecklist = watched?.gradeChecklist ?? initial.gradeChecklist;
    const expectedClose = watched && 'expectedClose' in watched ? watched.expectedClose : initial.expectedClose;
    const checklist = gradeChecklistSchema.parse({ ...gradeChecklist, decisionDate: iso(gradeChecklist.decisionDate) });
    return gradeOpportunity(checklist, iso(expectedClose), todayIsoDate());
  }, [watched, initial]);
  const stage = Form.useWatch('stage', form) ?? initial.stage;
  const accountId = Form.useWatch('accountId', form) ?? initial.accountId;
  const theirCompetitors = useMemo(() => competitors.filter((c) => c.accountId === accountId), [competitors, accountId]);
  const chosenCompetitors = Form.useWatch('competitorIds', form) ?? initial.competitorIds;
  const namedCompetitors = theirCompetitors.filter((c) => chosenCompetitors?.includes(c.id));
  // Leaving for the account's competitor cards closes this editor: typing not yet saved is asked about first.
  const openCompetitors = () => {
    leaveTo(() => void navigate(`/accounts/${accountId}?tab=competitors`));
  };

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const amount = values.amount === null ? 0 : toMinorUnits(values.amount, currency);
    // The competitor field takes known competitors (ids) and new names typed in.
    const known = new Set(theirCompetitors.map((c) => c.id));
    const chosen = values.competitorIds ?? [];
    const newNames = [...new Set(chosen.filter((v) => !known.has(v)).map((v) => v.trim()).filter(Boolean))];
    const draft: OpportunityDraft = {
      ...values,
      competitorIds: chosen.filter((v) => known.has(v)),
      amount: amount ?? 0,
      expectedClose: iso(values.expectedClose),
      gradeChecklist: { ...values.gradeChecklist, decisionDate: iso(values.gradeChecklist.decisionDate) },
    };
    setRefusal(await onSave(opportunity, draft, newNames));
  };

  const check = (name: (string | number)[], label: string) => (
    <Form.Item name={name} valuePropName="checked" noStyle>
      <Checkbox>{label}</Checkbox>
    </Form.Item>
  );

  return (
    <Drawer
      open={open}
      size="large"
      destroyOnHidden
      title={opportunity ? t('opportunities.editTitle') : t('opportunities.createTitle')}
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
      <Form form={form} layout="vertical" initialValues={initial} aria-label={opportunity ? t('opportunities.editTitle') : t('opportunities.createTitle')}>
        <Row gutter={16}>
          <Col span={12}>
            <PickField name="accountId" label={t('opportunities.fields.account')} required options={accounts.map((a) => ({ value: a.id, label: a.name }))} />
          </Col>
          <Col span={12}>
            <Form.Item name="name" label={t('opportunities.fields.name')} rules={[{ required: true, whitespace: true, message: t('problems.required') }]}>
              <Input maxLength={200} aria-label={t('opportunities.fields.name')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <TextField name="product" label={t('opportunities.fields.product')} />
          </Col>
          <Col span={12}>
            <MoneyField name="amount" label={t('opportunities.fields.amount')} currency={currency} />
          </Col>
          <Col span={8}>
            <CodeField name="stage" label={t('opportunities.fields.stage')} group="funnelStage" codes={FUNNEL_STAGES} allowClear={false} />
          </Col>
          <Col span={8}>
            <CodeField name="purchaseScene" label={t('opportunities.fields.purchaseScene')} group="purchaseScene" codes={PURCHASE_SCENES} />
          </Col>
          <Col span={8}>
            <DateField name="expectedClose" label={t('opportunities.fields.expectedClose')} />
          </Col>
          <Col span={12}>
            <Form.Item name="ownerId" label={t('opportunities.fields.owner')}>
              <Select allowClear={CLEARABLE} aria-label={t('opportunities.fields.owner')} placeholder={t('common.notSet')} options={team.map((m) => ({ value: m.id, label: m.name }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="competitorIds" label={t('opportunities.fields.competitors')} extra={t('opportunities.competitorsHint')}>
              <Select mode="tags" aria-label={t('opportunities.fields.competitors')} options={theirCompetitors.map((c) => ({ value: c.id, label: c.name }))} />
            </Form.Item>
          </Col>
          {(stage === 'WON' || stage === 'LOST') && (
            <Col span={24}>
              <Form.Item name="winLossReason" label={t('opportunities.fields.winLossReason')} rules={[{ required: true, whitespace: true, message: t('problems.reason_required') }]}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} aria-label={t('opportunities.fields.winLossReason')} />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Divider titlePlacement="start" plain>
          {t('opportunities.bant.title')}
        </Divider>
        <Space wrap>{BANT_ITEMS.map((item) => <span key={item}>{check(['bant', item], t(`opportunities.bant.${item}`))}</span>)}</Space>
        <Divider titlePlacement="start" plain>
          {t('opportunities.checklist.title')}
        </Divider>
        <GradeDetails result={grade} />
        <table className="kp-checklist" style={{ width: '100%', marginTop: 8 }}>
          <tbody>
            {KPS.map((kp) => (
              <tr key={kp}>
                <th scope="row" style={{ textAlign: 'left', width: 40 }}>
                  {kp}
                </th>
                {KP_ITEMS.map((item) => (
                  <td key={item}>
                    <Form.Item name={['gradeChecklist', kp, item]} valuePropName="checked" noStyle>
                      <Checkbox aria-label={`${kp} ${t(`opportunities.checklist.${item}`)}`}>{t(`opportunities.checklist.${item}`)}</Checkbox>
                    </Form.Item>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <Space wrap style={{ marginTop: 8 }}>
          {DEAL_ITEMS.map((item) => (
            <span key={item}>{check(['gradeChecklist', item], t(`opportunities.checklist.${item}`))}</span>
          ))}
        </Space>
        {/* "Competitor excluded" is about these rivals: their cards (strengths, weaknesses, cells held) are one click away. */}
        {namedCompetitors.length > 0 && accountId && (
          <div style={{ marginTop: 8 }}>
            <Typography.Text type="secondary">{t('opportunities.competitorCards')}</Typography.Text>{' '}
            {namedCompetitors.map((c) => (
              <Typography.Link key={c.id} style={{ marginInlineEnd: 8 }} onClick={openCompetitors}>
                {c.name}
              </Typography.Link>
            ))}
          </div>
        )}
        <Form.Item name={['gradeChecklist', 'decisionDate']} label={t('opportunities.fields.decisionDate')} style={{ marginTop: 12, maxWidth: 240 }}>
          <DatePicker style={{ width: '100%' }} aria-label={t('opportunities.fields.decisionDate')} />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('opportunities.boardHint')}
        </Typography.Paragraph>
      </Form>
    </Drawer>
  );
}
