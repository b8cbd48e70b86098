import { Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { countRules, MoneyInput, moneyRules, notInFutureRule } from '../../../components/formFields';
import { SectionCard } from './SectionCard';

/** 信息层 (seed 001): who the customer is and whether they can buy. */
export function InformationSection({ currency }: { currency: string }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="section-information" title={t('account.sections.information')}>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name={['information', 'founded']} label={t('account.fields.founded')} rules={[notInFutureRule(t)]}>
            <DatePicker style={{ width: '100%' }} aria-label={t('account.fields.founded')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={['information', 'headcount']} label={t('account.fields.headcount')} rules={countRules(t)}>
            <InputNumber<number> style={{ width: '100%' }} aria-label={t('account.fields.headcount')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={['information', 'revenue']} label={t('account.fields.revenue')} rules={moneyRules(t, currency)}>
            <MoneyInput currency={currency} aria-label={t('account.fields.revenue')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={['information', 'procurementBudget']} label={t('account.fields.procurementBudget')} rules={moneyRules(t, currency)}>
            <MoneyInput currency={currency} aria-label={t('account.fields.procurementBudget')} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name={['information', 'mainBusiness']} label={t('account.fields.mainBusiness')}>
            <Input maxLength={2000} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name={['information', 'pastSuppliers']} label={t('account.fields.pastSuppliers')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </Col>
      </Row>
    </SectionCard>
  );
}
