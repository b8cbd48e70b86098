import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountField, MoneyField, PastDateField, TextAreaField, TextField } from '../../../components/fields';
import { SectionCard } from './SectionCard';

/** 信息层 (seed 001): who the customer is and whether they can buy. */
export function InformationSection({ currency }: { currency: string }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="section-information" title={t('account.sections.information')}>
      <Row gutter={16}>
        <Col span={8}>
          <PastDateField name={['information', 'founded']} label={t('account.fields.founded')} />
        </Col>
        <Col span={8}>
          <CountField name={['information', 'headcount']} label={t('account.fields.headcount')} />
        </Col>
        <Col span={8}>
          <MoneyField name={['information', 'revenue']} label={t('account.fields.revenue')} currency={currency} />
        </Col>
        <Col span={8}>
          <MoneyField name={['information', 'procurementBudget']} label={t('account.fields.procurementBudget')} currency={currency} />
        </Col>
        <Col span={16}>
          <TextField name={['information', 'mainBusiness']} label={t('account.fields.mainBusiness')} maxLength={2000} />
        </Col>
        <Col span={24}>
          <TextAreaField name={['information', 'pastSuppliers']} label={t('account.fields.pastSuppliers')} maxRows={4} />
        </Col>
      </Row>
    </SectionCard>
  );
}
