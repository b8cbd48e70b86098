/**
 * One whitespace cell, edited in a dialog: its status, who holds the line there, the estimated potential a
 * year, notes, and its opportunities. From an open cell (or an empty place) an opportunity can be started
 * there. Saved like every record: only what changed, checked against what is stored now.
 */
import { useEditorExit } from '../../../components/useEditorExit';
import { App, AutoComplete, Button, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WHITESPACE_STATUSES, type WhitespaceStatus } from '../../../../shared/domain/codes';
import { fromMinorUnits, toMinorUnits } from '../../../../shared/domain/money';
import type { Opportunity } from '../../../../shared/domain/opportunity';
import type { WhitespaceCell } from '../../../../shared/domain/renewal';
import { useErrorReporter } from '../../../session/useErrorReporter';
import { MoneyInput, moneyRules } from '../../../components/formFields';
import { saveThenClose } from '../../../components/saveThenClose';
import { useConflictChoices } from '../../../components/useConflictChoices';
import { useUndoable } from '../../../components/useUndoable';
import { db } from '../../../data/db';
import { deleteWhitespaceCell, saveWhitespaceCell } from '../../../data/repositories/whitespaceRepository';
import { problemText, recordFieldLabel } from '../../../i18n/problemText';
import { CLEARABLE } from '../../../components/clearable';

export interface CellTarget {
  accountId: string;
  businessUnit: string;
  productLine: string;
  cell: WhitespaceCell | undefined;
}

interface Values {
  status: WhitespaceStatus;
  competitorName: string;
  potential: number | null;
  notes: string;
}

interface Props {
  target: CellTarget;
  currency: string;
  opportunities: readonly Opportunity[];
  competitorNames: readonly string[];
  onStartOpportunity: (target: CellTarget) => void;
  onClose: () => void;
}

export function WhitespaceCellEditor({ target, currency, opportunities, competitorNames, onStartOpportunity, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const askConflicts = useConflictChoices();
  const undoable = useUndoable();
  const [form] = Form.useForm<Values>();
  // Esc, ✕, a click outside and Cancel all ask first when something was typed.
  const { requestClose } = useEditorExit({ dirty: () => form.isFieldsTouched(), save: () => void save(), close: onClose });
  const [loaded] = useState(target.cell);
  const [initialValues] = useState<Values>(() => ({
    status: loaded?.status ?? 'OPEN',
    competitorName: loaded?.competitorName ?? '',
    potential: loaded?.potential === null || loaded?.potential === undefined ? null : fromMinorUnits(loaded.potential, currency),
    notes: loaded?.notes ?? '',
  }));
  const place = t('accountPage.whitespace.place', { unit: target.businessUnit, line: target.productLine });
  const linked = opportunities.filter((o) => loaded?.opportunityIds.includes(o.id));

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const draft = {
      accountId: target.accountId,
      businessUnit: loaded?.businessUnit ?? target.businessUnit,
      productLine: loaded?.productLine ?? target.productLine,
      status: values.status,
      competitorName: values.competitorName ?? '',
      potential: values.potential === null || values.potential === undefined ? null : toMinorUnits(values.potential, currency),
      opportunityIds: loaded?.opportunityIds ?? [],
      notes: values.notes ?? '',
    };
    await saveThenClose((choices) => saveWhitespaceCell(db, loaded ? { loaded, ...(choices ? { choices } : {}) } : null, draft), {
      saved: () => {
        void message.success(t('accountPage.whitespace.saved', { place }));
        onClose();
      },
      refused: (problems) => void message.error(problems.map((p) => `${recordFieldLabel(t, 'whitespaceCells', p.path)}：${problemText(t, p)}`).join('；')),
      failed: reportError,
      conflict: (conflicts) => askConflicts(conflicts, { field: (path) => recordFieldLabel(t, 'whitespaceCells', path.join('.')) }),
    });
  };

  const clear = () => {
    if (!loaded) return;
    undoable.run(`ws-${loaded.id}`, () => deleteWhitespaceCell(db, loaded.id), () => t('accountPage.whitespace.cleared', { place })).then(onClose, reportError);
  };

  return (
    <Modal
      open
      title={place}
      onCancel={requestClose}
      destroyOnHidden
      footer={
        <Space wrap>
          {loaded && (
            <Button danger onClick={clear}>
              {t('accountPage.whitespace.clear')}
            </Button>
          )}
          <Button onClick={() => onStartOpportunity(target)}>{t('accountPage.whitespace.startOpportunity')}</Button>
          <Button onClick={requestClose}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => void save()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} aria-label={place}>
        <Form.Item name="status" label={t('accountPage.whitespace.fields.status')}>
          <Radio.Group optionType="button" options={WHITESPACE_STATUSES.map((s) => ({ value: s, label: t(`codes.whitespaceStatus.${s}`) }))} aria-label={t('accountPage.whitespace.fields.status')} />
        </Form.Item>
        <Form.Item name="competitorName" label={t('accountPage.whitespace.fields.competitorName')} extra={t('accountPage.whitespace.competitorHint')} rules={[{ max: 200 }]}>
          <AutoComplete
            aria-label={t('accountPage.whitespace.fields.competitorName')}
            options={competitorNames.map((n) => ({ value: n }))}
            showSearch={{ filterOption: (input, option) => (option?.value ?? '').toLowerCase().includes(input.toLowerCase()) }}
            allowClear={CLEARABLE}
          />
        </Form.Item>
        <Form.Item name="potential" label={t('accountPage.whitespace.fields.potential')} extra={t('accountPage.whitespace.potentialHint')} rules={moneyRules(t, currency)}>
          <MoneyInput currency={currency} aria-label={t('accountPage.whitespace.fields.potential')} />
        </Form.Item>
        <Form.Item name="notes" label={t('accountPage.whitespace.fields.notes')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} aria-label={t('accountPage.whitespace.fields.notes')} />
        </Form.Item>
      </Form>
      {linked.length > 0 && (
        <div aria-label={t('accountPage.whitespace.fields.opportunityIds')} role="group">
          <Typography.Text type="secondary">{t('accountPage.labelled', { label: t('accountPage.whitespace.fields.opportunityIds') })}</Typography.Text>
          {linked.map((o) => (
            <Link key={o.id} to={`/accounts/${target.accountId}?tab=opportunities`} style={{ marginInlineEnd: 8 }}>
              {o.name} · {t(`codes.funnelStage.${o.stage}`)}
            </Link>
          ))}
        </div>
      )}
    </Modal>
  );
}
