/**
 * Labelled form fields: each is a Form.Item whose label is also the control's accessible name, with
 * the validation rules its kind of value needs (money, counts, dates not in the future). Forms
 * compose these instead of repeating Form.Item + control + aria-label + rules.
 */
import { DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CodeSelect, MoneyInput, countRules, moneyRules, notInFutureRule } from './formFields';
import { NumberInput } from './NumberInput';

/** A field's path in the form's values: 'name' or ['profile', 'needs', 'urgency']. */
type FieldName = string | (string | number)[];

interface FieldProps {
  name: FieldName;
  label: string;
  extra?: string;
  /** The field must be filled ("必填"). */
  required?: boolean;
}

function useRequiredRule(required: boolean | undefined) {
  const { t } = useTranslation();
  return required ? [{ required: true, message: t('problems.required') }] : [];
}

export function TextField({ name, label, maxLength = 200, placeholder }: FieldProps & { maxLength?: number; placeholder?: string }) {
  return (
    <Form.Item name={name} label={label}>
      <Input maxLength={maxLength} placeholder={placeholder} aria-label={label} />
    </Form.Item>
  );
}

export function TextAreaField({ name, label, minRows = 1, maxRows = 5 }: FieldProps & { minRows?: number; maxRows?: number }) {
  return (
    <Form.Item name={name} label={label}>
      <Input.TextArea autoSize={{ minRows, maxRows }} aria-label={label} />
    </Form.Item>
  );
}

export function CodeField({ name, label, group, codes, allowClear = true }: FieldProps & Pick<React.ComponentProps<typeof CodeSelect>, 'group' | 'codes' | 'allowClear'>) {
  return (
    <Form.Item name={name} label={label}>
      <CodeSelect group={group} codes={codes} allowClear={allowClear} aria-label={label} />
    </Form.Item>
  );
}

export function MoneyField({ name, label, currency, allowNegative = false }: FieldProps & { currency: string; allowNegative?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={moneyRules(t, currency, { allowNegative })}>
      <MoneyInput currency={currency} aria-label={label} />
    </Form.Item>
  );
}

export function CountField({ name, label }: FieldProps) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={countRules(t)}>
      <NumberInput style={{ width: '100%' }} aria-label={label} />
    </Form.Item>
  );
}

export function PastDateField({ name, label, required }: FieldProps) {
  const { t } = useTranslation();
  const requiredRule = useRequiredRule(required);
  return (
    <Form.Item name={name} label={label} rules={[...requiredRule, notInFutureRule(t)]}>
      <DatePicker style={{ width: '100%' }} aria-label={label} />
    </Form.Item>
  );
}

export function DateField({ name, label, required }: FieldProps) {
  const rules = useRequiredRule(required);
  return (
    <Form.Item name={name} label={label} rules={rules}>
      <DatePicker style={{ width: '100%' }} aria-label={label} />
    </Form.Item>
  );
}

/** A choice among records (an account, people, team members), searchable by their labels. */
export function PickField({ name, label, required, options, multiple = false }: FieldProps & { options: { value: string; label: string }[]; multiple?: boolean }) {
  const rules = useRequiredRule(required);
  return (
    <Form.Item name={name} label={label} rules={rules}>
      <Select mode={multiple ? 'multiple' : undefined} showSearch={{ optionFilterProp: 'label' }} aria-label={label} options={options} />
    </Form.Item>
  );
}
