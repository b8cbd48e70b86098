/**
 * A new plan row: which account and product, and its 购买潜力. When the account has a whitespace grid,
 * its estimate is offered (for the product's line when the product names one, else the whole grid) —
 * one click fills it in, it is never put there silently. The rest is typed in the sheet.
 */
import { useEditorExit } from '../../components/useEditorExit';
import { Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain/account';
import { nameKey } from '../../../shared/domain/fieldRules';
import { formatMoney, fromMinorUnits, toMinorUnits } from '../../../shared/domain/money';
import { whitespacePotential } from '../../../shared/methods/whitespace';
import { MoneyInput, moneyRules } from '../../components/formFields';
import { db } from '../../data/db';

export interface AddPlanRowDialogProps {
  accounts: readonly Account[];
  currency: string;
  onAdd: (accountId: string, product: string, potential: number | null) => void;
  onCancel: () => void;
}

interface Values {
  accountId: string;
  product: string;
  potential: number | null;
}

export function AddPlanRowDialog({ accounts, currency, onAdd, onCancel }: AddPlanRowDialogProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  // Esc, ✕, a click outside and Cancel all ask first when something was typed.
  const { requestClose } = useEditorExit({ dirty: () => form.isFieldsTouched(), save: () => form.submit(), close: onCancel });
  const only = accounts.length === 1 ? accounts[0] : undefined;
  const accountId = Form.useWatch('accountId', form);
  const product = Form.useWatch('product', form) ?? '';
  const cells = useLiveQuery(async () => (accountId ? (await db.whitespaceCells.where('accountId').equals(accountId).toArray()).filter((c) => c.deletedAt === null) : []), [accountId]);
  const forLine = product.trim() === '' ? [] : (cells ?? []).filter((c) => nameKey(c.productLine) === nameKey(product));
  const lineEstimate = whitespacePotential(forLine);
  const estimate = lineEstimate ?? whitespacePotential(cells ?? []);
  return (
    <Modal
      open
      title={t('plan.addRow.title')}
      okText={t('plan.addRow.confirm')}
      onOk={() => form.submit()}
      onCancel={requestClose}
      destroyOnHidden
      // The dialog focuses itself once open (at once when motion is off); the account comes first, unless
      // the dialog was opened for one account (its page), which is then already chosen.
      afterOpenChange={(opened) => opened && form.focusField(only ? 'product' : 'accountId')}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => onAdd(v.accountId, v.product.trim(), v.potential === null || v.potential === undefined ? null : toMinorUnits(v.potential, currency))}
        initialValues={{ product: '', potential: null, ...(only ? { accountId: only.id } : {}) }}
      >
        <Form.Item name="accountId" label={t('plan.columns.account')} rules={[{ required: true, message: t('problems.required') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            autoFocus={!only}
            aria-label={t('plan.columns.account')}
            options={accounts.map((a) => ({ value: a.id, label: a.name }))}
            placeholder={t('plan.addRow.pickAccount')}
          />
        </Form.Item>
        <Form.Item name="product" label={t('plan.columns.product')} rules={[{ max: 200, message: t('problems.too_long', { maximum: 200 }) }]}>
          <Input aria-label={t('plan.columns.product')} maxLength={200} />
        </Form.Item>
        <Form.Item
          name="potential"
          label={t('plan.columns.potential')}
          rules={moneyRules(t, currency)}
          extra={
            estimate !== null && (
              <Typography.Text type="secondary">
                {t(lineEstimate !== null ? 'plan.addRow.lineEstimate' : 'plan.addRow.gridEstimate', { amount: formatMoney(estimate, currency, i18n.language), line: product.trim() })}{' '}
                <Button size="small" type="link" onClick={() => form.setFieldValue('potential', fromMinorUnits(estimate, currency))}>
                  {t('plan.addRow.useEstimate')}
                </Button>
              </Typography.Text>
            )
          }
        >
          <MoneyInput currency={currency} aria-label={t('plan.columns.potential')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
