import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/domain/common';
import { toMinorUnits } from '../../../../shared/domain/money';
import { estimatePurchasePotential } from '../../../../shared/methods/purchasePotential';
import { formatMoney } from '../../../../shared/domain/money';
import { checkRule, MoneyInput, moneyRules } from '../../../components/formFields';
import type { AccountFormValues } from '../accountFormModel';
import { SectionCard } from './SectionCard';
import { NumberInput } from '../../../components/NumberInput';

/** 潜力分析 (seed 002): purchase drivers × driver quantity × expected purchase per unit. */
export function PotentialSection({ currency }: { currency: string }) {
  const { t, i18n } = useTranslation();
  const drivers = Form.useWatch<AccountFormValues['purchaseDrivers'] | undefined>('purchaseDrivers') ?? [];
  const potential = estimatePurchasePotential(
    drivers.map((d) => ({
      quantity: typeof d?.quantity === 'number' && d.quantity >= 0 ? d.quantity : 0,
      purchasePerUnit: typeof d?.purchasePerUnit === 'number' ? (toMinorUnits(d.purchasePerUnit, currency) ?? 0) : 0,
    })),
  );
  return (
    <SectionCard
      id="section-potential"
      title={t('account.sections.potential')}
      extra={<Statistic title={t('account.fields.estimatedPotential')} value={formatMoney(potential, currency, i18n.language)} styles={{ content: { fontSize: 16 } }} />}
    >
      <Form.List name="purchaseDrivers">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row gutter={8} key={field.key} align="top">
                <Form.Item name={[field.name, 'id']} hidden>
                  <Input />
                </Form.Item>
                <Col span={6}>
                  <Form.Item name={[field.name, 'name']} label={index === 0 ? t('account.fields.driverName') : undefined} rules={[{ required: true, whitespace: true, message: t('problems.required') }]}>
                    <Input maxLength={100} aria-label={`${t('account.fields.driverName')} ${index + 1}`} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item
                    name={[field.name, 'quantity']}
                    label={index === 0 ? t('account.fields.driverQuantity') : undefined}
                    rules={[checkRule((v) => (typeof v === 'number' && v < 0 ? t('form.negative') : null))]}
                  >
                    <NumberInput style={{ width: '100%' }} aria-label={`${t('account.fields.driverQuantity')} ${index + 1}`} />
                  </Form.Item>
                </Col>
                <Col span={3}>
                  <Form.Item name={[field.name, 'unit']} label={index === 0 ? t('account.fields.driverUnit') : undefined}>
                    <Input maxLength={20} aria-label={`${t('account.fields.driverUnit')} ${index + 1}`} />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name={[field.name, 'purchasePerUnit']} label={index === 0 ? t('account.fields.driverPerUnit') : undefined} rules={moneyRules(t, currency)}>
                    <MoneyInput currency={currency} aria-label={`${t('account.fields.driverPerUnit')} ${index + 1}`} />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name={[field.name, 'decisionMakers']} label={index === 0 ? t('account.fields.driverDecisionMakers') : undefined}>
                    <Input maxLength={500} aria-label={`${t('account.fields.driverDecisionMakers')} ${index + 1}`} />
                  </Form.Item>
                </Col>
                <Col span={1} style={{ paddingTop: index === 0 ? 30 : 0 }}>
                  <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('common.remove')} ${index + 1}`} onClick={() => remove(field.name)} />
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} block onClick={() => add({ id: newId(), name: '', quantity: null, unit: '', purchasePerUnit: null, decisionMakers: '' })}>
              {t('account.addDriver')}
            </Button>
          </>
        )}
      </Form.List>
    </SectionCard>
  );
}
