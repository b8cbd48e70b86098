/** A new plan row: which account and product (the rest is typed in the sheet). */
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain/account';

export interface AddPlanRowDialogProps {
  accounts: readonly Account[];
  onAdd: (accountId: string, product: string) => void;
  onCancel: () => void;
}

interface Values {
  accountId: string;
  product: string;
}

export function AddPlanRowDialog({ accounts, onAdd, onCancel }: AddPlanRowDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  return (
    <Modal
      open
      title={t('plan.addRow.title')}
      okText={t('plan.addRow.confirm')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      // The dialog focuses itself once open (at once when motion is off); the account comes first.
      afterOpenChange={(opened) => opened && form.focusField('accountId')}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => onAdd(v.accountId, v.product.trim())} initialValues={{ product: '' }}>
        <Form.Item name="accountId" label={t('plan.columns.account')} rules={[{ required: true, message: t('problems.required') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            autoFocus
            aria-label={t('plan.columns.account')}
            options={accounts.map((a) => ({ value: a.id, label: a.name }))}
            placeholder={t('plan.addRow.pickAccount')}
          />
        </Form.Item>
        <Form.Item name="product" label={t('plan.columns.product')} rules={[{ max: 200, message: t('problems.too_long', { maximum: 200 }) }]}>
          <Input aria-label={t('plan.columns.product')} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
