import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/fields';
import { LayersSummary } from './LayersSummary';
import { SectionCard } from './SectionCard';

/** 利益层 (seed 001): the value we bring — business, personal recognition, strategic. */
export function InterestSection({ accountId }: { accountId: string | null }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="section-interest" title={t('account.sections.interest')}>
      <Typography.Paragraph type="secondary">{t('account.sections.layersNote')}</Typography.Paragraph>
      {accountId !== null && (
        <div style={{ marginBottom: 16 }}>
          <LayersSummary accountId={accountId} />
        </div>
      )}
      <Row gutter={16}>
        <Col span={8}>
          <TextAreaField name={['interest', 'business']} label={t('account.fields.interestBusiness')} minRows={2} />
        </Col>
        <Col span={8}>
          <TextAreaField name={['interest', 'personalRecognition']} label={t('account.fields.interestPersonal')} minRows={2} />
        </Col>
        <Col span={8}>
          <TextAreaField name={['interest', 'strategic']} label={t('account.fields.interestStrategic')} minRows={2} />
        </Col>
      </Row>
    </SectionCard>
  );
}
