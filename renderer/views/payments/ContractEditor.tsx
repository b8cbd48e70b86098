/**
 * A contract and its collection plan (回款作战地图, seed 002): amount, signing date, the installments
 * (by default the four stages with shares that must add up to 100 %), received amounts and dates
 * (partial payments allowed), the 情理法 checklist, and who signs acceptance and payment on the
 * customer's side (from the decision chain). What is wrong is shown at the field; nothing is stored
 * until the whole contract is valid.
 */
import { useEditorExit } from '../../components/useEditorExit';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Col, DatePicker, Divider, Form, Input, Row, Select, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId, todayIsoDate } from '../../../shared/domain/common';
import { INSTALLMENT_STAGES } from '../../../shared/domain/codes';
import type { Contract } from '../../../shared/domain/contract';
import type { Opportunity } from '../../../shared/domain/opportunity';
import { validateContractDraft } from '../../../shared/domain/contractRules';
import { formatMoney, fromMinorUnits } from '../../../shared/domain/money';
import type { Problem } from '../../../shared/fileFormat/problems';
import { useErrorReporter } from '../../session/useErrorReporter';
import { CodeSelect, MoneyInput, moneyRules } from '../../components/formFields';
import { db } from '../../data/db';
import { useAccounts, useAccountStakeholders, useOpportunities, useSettings } from '../../data/hooks/workspaceHooks';
import { deleteContract, saveContract } from '../../data/repositories/contractRepository';
import { EditorDrawer } from '../../components/EditorDrawer';
import { saveThenClose } from '../../components/saveThenClose';
import { problemText, recordFieldLabel } from '../../i18n/problemText';
import { useConflictChoices } from '../../components/useConflictChoices';
import { basisPoints, defaultInstallments, draftOf, fieldName, installmentAmounts, valuesOf, type ContractValues } from './contractForm';
import { NumberInput } from '../../components/NumberInput';
import { CLEARABLE } from '../../components/clearable';

/** One field's value/errors as antd's setFields takes them (antd does not export the type). */
type FieldData = Parameters<FormInstance<ContractValues>['setFields']>[0][number];

export interface ContractEditorProps {
  contract: Contract | null;
  /** For a new contract: the account it is for, when known. */
  accountId: string | null;
  /** For a new contract: the won opportunity it is signed for (from the opportunity board). */
  wonOpportunity?: Opportunity | null;
  onClose: () => void;
}

const CHECKLIST = ['relationshipKept', 'contractFulfilled', 'deliveryNote', 'acceptanceCertificate', 'invoice'] as const;

export function ContractEditor({ contract, accountId, wonOpportunity = null, onClose }: ContractEditorProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const settings = useSettings();
  const accounts = useAccounts();
  const opportunities = useOpportunities();
  const currency = settings?.currency ?? 'CNY';
  const [form] = Form.useForm<ContractValues>();
  // Read once: the save compares the form with exactly the contract that was shown.
  const [loaded] = useState(contract);
  const [initial] = useState(() => valuesOf(loaded, currency, accountId, wonOpportunity));
  const askConflicts = useConflictChoices();
  // Esc, ✕, a click outside and Cancel all ask first when something was typed.
  const { requestClose } = useEditorExit({ dirty: () => form.isFieldsTouched(), save: () => form.submit(), close: onClose });
  const [listProblems, setListProblems] = useState<string[]>([]);
  const watchedAccount = Form.useWatch('accountId', form) ?? initial.accountId;
  const people = useAccountStakeholders(watchedAccount);
  const amount = Form.useWatch('amount', form);
  const installments = Form.useWatch('installments', form);
  const amounts = installmentAmounts({ amount: amount ?? null, installments: installments ?? initial.installments }, currency);
  const shareTotal = (installments ?? initial.installments).reduce((sum, i) => sum + basisPoints(i?.sharePercent), 0);
  const wonOpportunities = useMemo(() => (opportunities ?? []).filter((o) => o.accountId === watchedAccount && o.stage === 'WON'), [opportunities, watchedAccount]);
  const money = (minor: number) => formatMoney(minor, currency, i18n.language);

  const showProblems = (problems: Problem[]) => {
    const atList: string[] = [];
    const fields: FieldData[] = [];
    for (const p of problems) {
      if (p.path === 'installments' || p.path === '') atList.push(problemText(t, p));
      // The validator's paths follow the draft, whose shape the form mirrors field by field.
      else fields.push({ name: fieldName(p.path) as FieldData['name'], errors: [problemText(t, p)] });
    }
    form.setFields(fields);
    setListProblems(atList);
  };

  const submit = (values: ContractValues) => {
    const draft = draftOf(values, currency);
    const checked = validateContractDraft(draft, todayIsoDate());
    if (!checked.ok) {
      showProblems(checked.problems);
      return;
    }
    setListProblems([]);
    void saveThenClose((choices) => saveContract(db, loaded ? { loaded, ...(choices ? { choices } : {}) } : null, draft), {
      saved: () => {
        message.success({ content: t('payments.contract.saved'), key: 'contract-saved' });
        onClose();
      },
      refused: showProblems,
      failed: reportError,
      conflict: (conflicts) =>
        askConflicts(conflicts, {
          field: (path) => recordFieldLabel(t, 'contracts', path.join('.')),
          value: (path, value) => (typeof value === 'number' && path[path.length - 1] === 'amount' ? money(value) : null),
        }),
    });
  };

  return (
    <EditorDrawer
      title={contract ? t('payments.contract.editTitle') : t('payments.contract.newTitle')}
      requestClose={requestClose}
      onDeleted={onClose}
      onSave={() => form.submit()}
      remove={
          contract && {
            key: `contract-${contract.id}`,
            run: () => deleteContract(db, contract.id),
            done: t('payments.contract.deleted', { name: contract.title || t('payments.contract.untitled') }),
          }
      }
    >
      <Form<ContractValues> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="accountId" label={t('payments.contract.account')} rules={[{ required: true, message: t('problems.required') }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                aria-label={t('payments.contract.account')}
                options={(accounts ?? []).map((a) => ({ value: a.id, label: a.name }))}
                onChange={() => form.setFieldsValue({ opportunityId: null, acceptanceSignerId: null, paymentSignerId: null })}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="opportunityId" label={t('payments.contract.opportunity')} extra={t('payments.contract.opportunityHint')}>
              <Select
                allowClear={CLEARABLE}
                aria-label={t('payments.contract.opportunity')}
                options={wonOpportunities.map((o) => ({ value: o.id, label: `${o.name} · ${money(o.amount)}` }))}
                onChange={(id: string | undefined) => {
                  const o = wonOpportunities.find((x) => x.id === id);
                  if (o) form.setFieldsValue({ title: (form.getFieldValue('title') as string | undefined) || o.name, amount: fromMinorUnits(o.amount, currency) });
                }}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="title" label={t('payments.contract.name')} rules={[{ max: 200, message: t('problems.too_long', { maximum: 200 }) }]}>
              <Input aria-label={t('payments.contract.name')} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="amount" label={t('payments.contract.amount')} rules={[{ required: true, message: t('problems.required') }, ...moneyRules(t, currency)]}>
              <MoneyInput currency={currency} aria-label={t('payments.contract.amount')} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="signedDate" label={t('payments.contract.signedDate')}>
              <DatePicker aria-label={t('payments.contract.signedDate')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          {t('payments.contract.installments')}
        </Divider>
        <Space style={{ marginBottom: 8 }}>
          <Typography.Text type={shareTotal === 10_000 ? 'success' : 'danger'} data-testid="share-total">
            {t('payments.contract.sharesTotal', { total: shareTotal / 100 })}
          </Typography.Text>
          <Button size="small" onClick={() => form.setFieldsValue({ installments: defaultInstallments() })}>
            {t('payments.contract.defaultStages')}
          </Button>
        </Space>
        {listProblems.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 8 }} title={listProblems.join('；')} />}
        <Form.List name="installments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => {
                const label = `${t('payments.contract.installments')} ${index + 1}`;
                return (
                  <div key={field.key} className="kp-installment" role="group" aria-label={label}>
                    <Form.Item name={[field.name, 'id']} hidden>
                      <Input />
                    </Form.Item>
                    <Row gutter={8} align="top">
                      <Col span={5}>
                        <Form.Item name={[field.name, 'stage']} label={t('payments.contract.stage')}>
                          <CodeSelect group="installmentStage" codes={INSTALLMENT_STAGES} aria-label={`${label} ${t('payments.contract.stage')}`} />
                        </Form.Item>
                      </Col>
                      <Col span={3}>
                        <Form.Item name={[field.name, 'sharePercent']} label={t('payments.contract.share')} rules={[{ required: true, message: t('problems.required') }]}>
                          <NumberInput min={0} max={100} precision={2} suffix="%" style={{ width: '100%' }} aria-label={`${label} ${t('payments.contract.share')}`} />
                        </Form.Item>
                      </Col>
                      <Col span={4}>
                        <Form.Item label={t('payments.contract.installmentAmount')}>
                          <Typography.Text data-testid={`installment-amount-${index}`}>{money(amounts[index] ?? 0)}</Typography.Text>
                        </Form.Item>
                      </Col>
                      <Col span={4}>
                        <Form.Item name={[field.name, 'dueDate']} label={t('payments.contract.dueDate')}>
                          <DatePicker aria-label={`${label} ${t('payments.contract.dueDate')}`} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col span={4}>
                        <Form.Item name={[field.name, 'received']} label={t('payments.contract.received')} rules={moneyRules(t, currency)}>
                          <MoneyInput currency={currency} aria-label={`${label} ${t('payments.contract.received')}`} />
                        </Form.Item>
                      </Col>
                      <Col span={4}>
                        <Form.Item name={[field.name, 'receivedDate']} label={t('payments.contract.receivedDate')}>
                          <DatePicker aria-label={`${label} ${t('payments.contract.receivedDate')}`} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                    </Row>
                    <Space>
                      <Form.Item name={[field.name, 'overpayment']} valuePropName="checked" noStyle>
                        <Checkbox aria-label={`${label} ${t('payments.contract.overpayment')}`}>{t('payments.contract.overpayment')}</Checkbox>
                      </Form.Item>
                      <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)} aria-label={`${label} ${t('payments.contract.removeInstallment')}`} />
                    </Space>
                  </div>
                );
              })}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ id: newId(), stage: null, label: '', sharePercent: 0, dueDate: null, received: null, receivedDate: null, overpayment: false })}>
                {t('payments.contract.addInstallment')}
              </Button>
            </>
          )}
        </Form.List>
        <Divider titlePlacement="start" plain>
          {t('payments.contract.checklist')}
        </Divider>
        {CHECKLIST.map((item) => (
          <Form.Item key={item} name={['checklist', item]} valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>{t(`payments.contract.${item}`)}</Checkbox>
          </Form.Item>
        ))}
        <Row gutter={12} style={{ marginTop: 12 }}>
          {(['acceptanceSignerId', 'paymentSignerId'] as const).map((name) => (
            <Col span={12} key={name}>
              <Form.Item name={name} label={t(`payments.contract.${name === 'acceptanceSignerId' ? 'acceptanceSigner' : 'paymentSigner'}`)} extra={t('payments.contract.signerHint')}>
                <Select
                  allowClear={CLEARABLE}
                  showSearch={{ optionFilterProp: 'label' }}
                  aria-label={t(`payments.contract.${name === 'acceptanceSignerId' ? 'acceptanceSigner' : 'paymentSigner'}`)}
                  options={(people ?? []).filter((p) => !p.placeholder).map((p) => ({ value: p.id, label: p.title ? `${p.name} · ${p.title}` : p.name }))}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item name="notes" label={t('payments.contract.notes')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} aria-label={t('payments.contract.notes')} />
        </Form.Item>
      </Form>
    </EditorDrawer>
  );
}
