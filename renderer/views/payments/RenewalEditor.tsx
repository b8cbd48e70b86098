/**
 * A renewal record (续单, seed 002) of an account for a year or a quarter: recurring revenue at the
 * start of the period, new and churned revenue, the service level reached, and the renewal items (new
 * need, product fit, new product needed, amount, expected signing). Cumulative revenue is computed.
 */
import { useEditorExit } from '../../components/useEditorExit';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Col, DatePicker, Divider, Form, Input, Row, Segmented, Select } from 'antd';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/domain/common';
import { SERVICE_LEVELS, type ServiceLevel } from '../../../shared/domain/codes';
import type { RenewalDraft } from '../../../shared/domain/contractRules';
import { fromMinorUnits, toMinorUnits } from '../../../shared/domain/money';
import type { Renewal } from '../../../shared/domain/renewal';
import type { Problem } from '../../../shared/fileFormat/problems';
import { useErrorReporter } from '../../session/useErrorReporter';
import { MoneyInput, moneyRules } from '../../components/formFields';
import { db } from '../../data/db';
import { useAccounts, useSettings } from '../../data/hooks/workspaceHooks';
import { deleteRenewal, saveRenewal } from '../../data/repositories/contractRepository';
import { EditorDrawer } from '../../components/EditorDrawer';
import { saveThenClose } from '../../components/saveThenClose';
import { problemText, recordFieldLabel } from '../../i18n/problemText';
import { useConflictChoices } from '../../components/useConflictChoices';
import { fieldName } from './contractForm';
import { NumberInput } from '../../components/NumberInput';
import { CodeField, PickField } from '../../components/fields';

/** One field's value/errors as antd's setFields takes them (antd does not export the type). */
type FieldData = Parameters<FormInstance<Values>['setFields']>[0][number];

interface ItemValues {
  id: string;
  newNeed: string;
  productFit: string;
  newProductNeeded: boolean;
  amount: number | null;
  expectedSigningDate: Dayjs | null;
}

interface Values {
  accountId: string | null;
  kind: 'year' | 'quarter';
  year: number;
  quarter: number;
  serviceLevel: ServiceLevel | null;
  recurring: number | null;
  expansion: number | null;
  churned: number | null;
  items: ItemValues[];
  notes: string;
}

export interface RenewalEditorProps {
  renewal: Renewal | null;
  defaultPeriod: string;
  onClose: () => void;
}

export function RenewalEditor({ renewal, defaultPeriod, onClose }: RenewalEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const accounts = useAccounts();
  const settings = useSettings();
  const currency = settings?.currency ?? 'CNY';
  const [form] = Form.useForm<Values>();
  // Read once: the save compares the form with exactly the record that was shown.
  const [loaded] = useState(renewal);
  const askConflicts = useConflictChoices();
  // Esc, ✕, a click outside and Cancel all ask first when something was typed.
  const { requestClose } = useEditorExit({ dirty: () => form.isFieldsTouched(), save: () => form.submit(), close: onClose });
  const period = renewal?.period ?? defaultPeriod;
  const major = (minor: number) => (minor === 0 ? null : fromMinorUnits(minor, currency));
  const [initial] = useState<Values>(() => ({
    accountId: renewal?.accountId ?? null,
    kind: period.includes('-Q') ? 'quarter' : 'year',
    year: Number(period.slice(0, 4)),
    quarter: period.includes('-Q') ? Number(period.slice(-1)) : 1,
    serviceLevel: renewal?.serviceLevel ?? null,
    recurring: major(renewal?.recurring ?? 0),
    expansion: major(renewal?.expansion ?? 0),
    churned: major(renewal?.churned ?? 0),
    items: (renewal?.items ?? []).map((i) => ({ ...i, amount: major(i.amount), expectedSigningDate: i.expectedSigningDate ? dayjs(i.expectedSigningDate) : null })),
    notes: renewal?.notes ?? '',
  }));
  const kind = Form.useWatch('kind', form) ?? initial.kind;
  const minor = (value: number | null | undefined) => (value === null || value === undefined ? 0 : (toMinorUnits(value, currency) ?? -1));

  // The validator's paths follow the draft, whose shape the form mirrors (the period is typed as a year).
  const showProblems = (problems: Problem[]) =>
    form.setFields(problems.map((p): FieldData => ({ name: (p.path === 'period' ? ['year'] : fieldName(p.path)) as FieldData['name'], errors: [problemText(t, p)] })));

  const submit = (values: Values) => {
    const draft: RenewalDraft = {
      accountId: values.accountId ?? '',
      period: values.kind === 'year' ? String(values.year) : `${values.year}-Q${values.quarter}`,
      recurring: minor(values.recurring),
      expansion: minor(values.expansion),
      churned: minor(values.churned),
      serviceLevel: values.serviceLevel ?? null,
      items: (values.items ?? []).map((i) => ({
        id: i.id,
        newNeed: i.newNeed ?? '',
        productFit: i.productFit ?? '',
        newProductNeeded: i.newProductNeeded ?? false,
        amount: minor(i.amount),
        expectedSigningDate: i.expectedSigningDate ? i.expectedSigningDate.format('YYYY-MM-DD') : null,
      })),
      notes: values.notes ?? '',
    };
    void saveThenClose((choices) => saveRenewal(db, loaded ? { loaded, ...(choices ? { choices } : {}) } : null, draft), {
      saved: () => {
        message.success({ content: t('payments.renewals.saved'), key: 'renewal-saved' });
        onClose();
      },
      refused: showProblems,
      failed: reportError,
      conflict: (conflicts) => askConflicts(conflicts, { field: (path) => recordFieldLabel(t, 'renewals', path.join('.')) }),
    });
  };

  return (
    <EditorDrawer
      title={t('payments.renewals.editTitle')}
      requestClose={requestClose}
      onDeleted={onClose}
      onSave={() => form.submit()}
      remove={
          renewal && {
            key: `renewal-${renewal.id}`,
            run: () => deleteRenewal(db, renewal.id),
            done: t('payments.renewals.deleted'),
          }
      }
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Row gutter={12}>
          <Col span={10}>
            <PickField name="accountId" label={t('payments.renewals.account')} required options={(accounts ?? []).map((a) => ({ value: a.id, label: a.name }))} />
          </Col>
          <Col span={6}>
            <Form.Item name="kind" label={t('payments.renewals.periodKind')}>
              <Segmented
                options={[
                  { value: 'year', label: t('payments.renewals.year') },
                  { value: 'quarter', label: t('payments.renewals.quarter') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="year" label={t('payments.renewals.year')} rules={[{ required: true, message: t('problems.required') }]}>
              <NumberInput min={2000} max={2100} precision={0} style={{ width: '100%' }} aria-label={t('payments.renewals.year')} />
            </Form.Item>
          </Col>
          {kind === 'quarter' && (
            <Col span={4}>
              <Form.Item name="quarter" label={t('payments.renewals.quarter')}>
                <Select aria-label={t('payments.renewals.quarter')} options={[1, 2, 3, 4].map((q) => ({ value: q, label: `Q${q}` }))} />
              </Form.Item>
            </Col>
          )}
          {(['recurring', 'expansion', 'churned'] as const).map((name) => (
            <Col span={6} key={name}>
              <Form.Item name={name} label={t(`payments.renewals.${name}`)} rules={moneyRules(t, currency)}>
                <MoneyInput currency={currency} aria-label={t(`payments.renewals.${name}`)} />
              </Form.Item>
            </Col>
          ))}
          <Col span={6}>
            <CodeField name="serviceLevel" label={t('payments.renewals.serviceLevel')} group="serviceLevel" codes={SERVICE_LEVELS} />
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          {t('payments.renewals.items')}
        </Divider>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row gutter={8} key={field.key} align="top" role="group" aria-label={`${t('payments.renewals.items')} ${index + 1}`}>
                  <Form.Item name={[field.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Col span={6}>
                    <Form.Item name={[field.name, 'newNeed']} label={t('payments.renewals.newNeed')}>
                      <Input aria-label={t('payments.renewals.newNeed')} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'productFit']} label={t('payments.renewals.productFit')}>
                      <Input aria-label={t('payments.renewals.productFit')} />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item name={[field.name, 'amount']} label={t('payments.renewals.itemAmount')} rules={moneyRules(t, currency)}>
                      <MoneyInput currency={currency} aria-label={t('payments.renewals.itemAmount')} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'expectedSigningDate']} label={t('payments.renewals.expectedSigningDate')}>
                      <DatePicker aria-label={t('payments.renewals.expectedSigningDate')} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item name={[field.name, 'newProductNeeded']} valuePropName="checked" label=" ">
                      <Checkbox>{t('payments.renewals.newProductNeeded')}</Checkbox>
                    </Form.Item>
                    <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('payments.renewals.removeItem')} onClick={() => remove(field.name)} />
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ id: newId(), newNeed: '', productFit: '', newProductNeeded: false, amount: null, expectedSigningDate: null })}>
                {t('payments.renewals.addItem')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="notes" label={t('payments.renewals.notes')} style={{ marginTop: 16 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} aria-label={t('payments.renewals.notes')} />
        </Form.Item>
      </Form>
    </EditorDrawer>
  );
}
