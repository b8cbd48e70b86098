/**
 * One plan row of the account, edited on its page: product, 购买潜力, targets and their quarters, stages,
 * owner, team and strategy. Saved like every record (only what was changed, onto the row as stored now,
 * conflicts asked); a target changed from one already set asks why when the workspace keeps reasons
 * (目标动态调节), and the reason goes into the row's revision history as the sheet's prompt does.
 */
import { useEditorExit } from '../../../components/useEditorExit';
import { App, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNNEL_STAGES, LIFECYCLE_STAGES, type FunnelStage, type LifecycleStage } from '../../../../shared/domain/codes';
import { fromMinorUnits, toMinorUnits } from '../../../../shared/domain/money';
import type { PlanRow } from '../../../../shared/domain/planRow';
import { floorProblem, isRevision } from '../../../../shared/domain/planRowRules';
import type { Settings } from '../../../../shared/domain/settings';
import type { TeamMember } from '../../../../shared/domain/team';
import { useErrorReporter } from '../../../session/useErrorReporter';
import { CodeSelect, MoneyInput, moneyRules } from '../../../components/formFields';
import { saveThenClose } from '../../../components/saveThenClose';
import { useConflictChoices } from '../../../components/useConflictChoices';
import { db } from '../../../data/db';
import { savePlanRow } from '../../../data/repositories/planRepository';
import { problemText, recordFieldLabel } from '../../../i18n/problemText';
import { CLEARABLE } from '../../../components/clearable';

interface Values {
  product: string;
  potential: number | null;
  target: number | null;
  floorTarget: number | null;
  q1: number | null;
  q2: number | null;
  q3: number | null;
  q4: number | null;
  funnelStage: FunnelStage | null;
  relationshipStage: LifecycleStage | null;
  ownerId: string | null;
  team: string;
  strategy: string;
  reason: string;
}

const QUARTERS = ['q1', 'q2', 'q3', 'q4'] as const;
/** Fields side by side share the row evenly. */
const ITEM = { flex: 1, minWidth: 0 };

interface Props {
  row: PlanRow;
  accountName: string;
  settings: Settings;
  team: readonly TeamMember[];
  onClose: () => void;
}

export function PlanRowEditor({ row, accountName, settings, team, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const askConflicts = useConflictChoices();
  const [form] = Form.useForm<Values>();
  // Esc, ✕, a click outside and Cancel all ask first when something was typed.
  const { requestClose } = useEditorExit({ dirty: () => form.isFieldsTouched(), save: () => void save(), close: onClose });
  const currency = settings.currency;
  const major = (minor: number | null) => (minor === null ? null : fromMinorUnits(minor, currency));
  const minor = (value: number | null | undefined) => (value === null || value === undefined ? null : toMinorUnits(value, currency));
  // The row as it opened: what the save compares with, whatever arrives from the store meanwhile.
  const [loaded] = useState(row);
  const [initialValues] = useState<Values>(() => ({
    product: loaded.product,
    potential: major(loaded.potential),
    target: major(loaded.target),
    floorTarget: major(loaded.floorTarget),
    q1: major(loaded.quarters[0]),
    q2: major(loaded.quarters[1]),
    q3: major(loaded.quarters[2]),
    q4: major(loaded.quarters[3]),
    funnelStage: loaded.funnelStage,
    relationshipStage: loaded.relationshipStage,
    ownerId: loaded.ownerId,
    team: loaded.team,
    strategy: loaded.strategy,
    reason: '',
  }));
  const typedTarget = Form.useWatch('target', form);
  const revising = settings.askRevisionReason && isRevision(loaded, minor(typedTarget) ?? 0);
  const title = t('accountPage.plan.editTitle', { name: accountName, product: loaded.product || t('plan.noProduct') });
  const label = (column: 'product' | 'potential' | 'target' | 'floorTarget' | 'q1' | 'q2' | 'q3' | 'q4' | 'funnelStage' | 'relationshipStage' | 'owner' | 'team' | 'strategy') => t(`plan.columns.${column}`);

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const draft = {
      product: values.product ?? '',
      potential: minor(values.potential),
      target: minor(values.target) ?? 0,
      floorTarget: minor(values.floorTarget) ?? 0,
      quarters: [minor(values.q1) ?? 0, minor(values.q2) ?? 0, minor(values.q3) ?? 0, minor(values.q4) ?? 0] as [number, number, number, number],
      funnelStage: values.funnelStage ?? null,
      relationshipStage: values.relationshipStage ?? null,
      ownerId: values.ownerId ?? null,
      team: values.team ?? '',
      strategy: values.strategy ?? '',
      milestones: loaded.milestones,
    };
    await saveThenClose((choices) => savePlanRow(db, { loaded, ...(choices ? { choices } : {}) }, draft, (values.reason ?? '').trim()), {
      saved: () => {
        void message.success({ content: t('accountPage.plan.saved', { product: draft.product || t('plan.noProduct') }), key: 'plan-row-saved' });
        onClose();
      },
      refused: (problems) =>
        form.setFields(
          problems.map((p) => {
            const field = p.path.split('.')[0] ?? '';
            const name = (field === 'quarters' ? 'q1' : field in initialValues ? field : 'product') as keyof Values;
            return { name, errors: [problemText(t, p)] };
          }),
        ),
      failed: reportError,
      conflict: (conflicts) => askConflicts(conflicts, { field: (path) => recordFieldLabel(t, 'planRows', path.join('.')) }),
    });
  };

  return (
    <Modal open width={640} title={title} onCancel={requestClose} onOk={() => void save()} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} aria-label={title}>
        <Form.Item name="product" label={label('product')} rules={[{ max: 200, message: t('problems.too_long', { maximum: 200 }) }]}>
          <Input aria-label={label('product')} maxLength={200} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item style={ITEM} name="potential" label={label('potential')} rules={moneyRules(t, currency)}>
            <MoneyInput currency={currency} aria-label={label('potential')} />
          </Form.Item>
          <Form.Item style={ITEM} name="target" label={label('target')} rules={moneyRules(t, currency)}>
            <MoneyInput currency={currency} aria-label={label('target')} />
          </Form.Item>
          <Form.Item
            style={ITEM}
            name="floorTarget"
            label={label('floorTarget')}
            dependencies={['target']}
            rules={[
              ...moneyRules(t, currency),
              ({ getFieldValue }) => ({
                // The same rule as the sheet and restore(): the floor may not exceed the annual target.
                validator: (_, value: number | null) =>
                  floorProblem({ floorTarget: minor(value) ?? 0, target: minor(getFieldValue('target') as number | null) ?? 0 }) ? Promise.reject(new Error(t('problems.floor_above_target'))) : Promise.resolve(),
              }),
            ]}
          >
            <MoneyInput currency={currency} aria-label={label('floorTarget')} />
          </Form.Item>
        </Flex>
        {revising && (
          <Form.Item name="reason" label={t('plan.revision.reason')} extra={t('plan.revision.hint')} rules={[{ required: true, whitespace: true, message: t('problems.required') }, { max: 2000 }]}>
            <Input.TextArea rows={2} maxLength={2000} aria-label={t('plan.revision.reason')} placeholder={t('plan.revision.placeholder')} />
          </Form.Item>
        )}
        <Flex gap={12}>
          {QUARTERS.map((q) => (
            <Form.Item style={ITEM} key={q} name={q} label={label(q)} rules={moneyRules(t, currency)}>
              <MoneyInput currency={currency} aria-label={label(q)} />
            </Form.Item>
          ))}
        </Flex>
        <Flex gap={12}>
          <Form.Item style={ITEM} name="funnelStage" label={label('funnelStage')}>
            <CodeSelect group="funnelStage" codes={FUNNEL_STAGES} aria-label={label('funnelStage')} />
          </Form.Item>
          <Form.Item style={ITEM} name="relationshipStage" label={label('relationshipStage')}>
            <CodeSelect group="lifecycleStage" codes={LIFECYCLE_STAGES} aria-label={label('relationshipStage')} />
          </Form.Item>
          <Form.Item style={ITEM} name="ownerId" label={label('owner')}>
            <Select allowClear={CLEARABLE} aria-label={label('owner')} placeholder={t('common.notSet')} options={team.map((m) => ({ value: m.id, label: m.name }))} />
          </Form.Item>
        </Flex>
        <Form.Item name="team" label={label('team')} rules={[{ max: 200, message: t('problems.too_long', { maximum: 200 }) }]}>
          <Input aria-label={label('team')} maxLength={200} />
        </Form.Item>
        <Form.Item name="strategy" label={label('strategy')} rules={[{ max: 5000, message: t('problems.too_long', { maximum: 5000 }) }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} aria-label={label('strategy')} maxLength={5000} />
        </Form.Item>
        <Typography.Text type="secondary">{t('accountPage.plan.editHint')}</Typography.Text>
      </Form>
    </Modal>
  );
}
