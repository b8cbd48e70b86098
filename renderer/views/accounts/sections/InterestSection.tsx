import { Col, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SectionCard } from './SectionCard';

/** 利益层 (seed 001): the value we bring — business, personal recognition, strategic. */
export function InterestSection() {
  const { t } = useTranslation();
  const area = { autoSize: { minRows: 2, maxRows: 5 } };
  return (
    <SectionCard id="section-interest" title={t('account.sections.interest')}>
      <Typography.Paragraph type="secondary">{t('account.sections.layersNote')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name={['interest', 'business']} label={t('account.fields.interestBusiness')}>
            <Input.TextArea {...area} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={['interest', 'personalRecognition']} label={t('account.fields.interestPersonal')}>
            <Input.TextArea {...area} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={['interest', 'strategic']} label={t('account.fields.interestStrategic')}>
            <Input.TextArea {...area} />
          </Form.Item>
        </Col>
      </Row>
    </SectionCard>
  );
}
