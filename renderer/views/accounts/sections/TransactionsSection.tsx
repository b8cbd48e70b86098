import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Divider, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/domain/common';
import { CountField, MoneyField } from '../../../components/fields';
import { MoneyInput, moneyRules, notInFutureRule } from '../../../components/formFields';
import { RfmSummary } from './RfmSummary';
import { SectionCard } from './SectionCard';

/** Transaction metrics (seed 000's multi-indicator view) and the purchases that feed RFM. */
export function TransactionsSection({ currency }: { currency: string }) {
  const { t } = useTranslation();
  const money = (name: 'cumulativeSales' | 'profit' | 'averageDeal' | 'arrears') => (
    <Col span={8}>
      <MoneyField name={['transactions', name]} label={t(`account.fields.${name}`)} currency={currency} allowNegative={name === 'profit'} />
    </Col>
  );
  return (
    <SectionCard id="section-transactions" title={t('account.sections.transactions')}>
      <Row gutter={16}>
        {money('cumulativeSales')}
        {money('profit')}
        {money('averageDeal')}
        <Col span={8}>
          <CountField name={['transactions', 'collectionPeriodDays']} label={t('account.fields.collectionPeriodDays')} />
        </Col>
        {money('arrears')}
      </Row>
      <Divider titlePlacement="start" plain>
        {t('account.sections.purchases')}
      </Divider>
      <Form.List name="purchases">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row gutter={8} key={field.key}>
                <Form.Item name={[field.name, 'id']} hidden>
                  <Input />
                </Form.Item>
                <Col span={10}>
                  <Form.Item name={[field.name, 'date']} rules={[{ required: true, message: t('problems.required') }, notInFutureRule(t)]}>
                    <DatePicker style={{ width: '100%' }} aria-label={`${t('account.fields.purchaseDate')} ${index + 1}`} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name={[field.name, 'amount']} rules={[{ required: true, message: t('problems.required') }, ...moneyRules(t, currency)]}>
                    <MoneyInput currency={currency} aria-label={`${t('account.fields.purchaseAmount')} ${index + 1}`} />
                  </Form.Item>
                </Col>
                <Col span={2}>
                  <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('common.remove')} ${index + 1}`} onClick={() => remove(field.name)} />
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} block onClick={() => add({ id: newId(), date: null, amount: null })}>
              {t('account.addPurchase')}
            </Button>
          </>
        )}
      </Form.List>
      <div style={{ marginTop: 12 }}>
        <RfmSummary currency={currency} />
      </div>
    </SectionCard>
  );
}
