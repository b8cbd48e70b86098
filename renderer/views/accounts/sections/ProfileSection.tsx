import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { DECISION_PROCESS_TYPES, PROCUREMENT_HABITS, URGENCY_LEVELS } from '../../../../shared/domain/codes';
import { CodeField, MoneyField, TextAreaField, TextField } from '../../../components/fields';
import { SectionCard } from './SectionCard';

/** 客户画像 (seed 003): background, product coverage, needs analysis, decision process, competition, sources. */
export function ProfileSection({ currency }: { currency: string }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="section-profile" title={t('account.sections.profile')}>
      <Row gutter={16}>
        <Col span={24}>
          <TextAreaField name={['profile', 'background']} label={t('account.fields.background')} />
        </Col>
        <Col span={12}>
          <TextField name={['profile', 'productCoverage', 'compatibleDomains']} label={t('account.fields.compatibleDomains')} maxLength={500} />
        </Col>
        <Col span={12}>
          <TextField name={['profile', 'productCoverage', 'mainDomain']} label={t('account.fields.mainDomain')} />
        </Col>
        <Col span={12}>
          <TextAreaField name={['profile', 'needs', 'interestPoints']} label={t('account.fields.interestPoints')} />
        </Col>
        <Col span={12}>
          <TextAreaField name={['profile', 'needs', 'desiredOutcome']} label={t('account.fields.desiredOutcome')} />
        </Col>
        <Col span={12}>
          <TextAreaField name={['profile', 'needs', 'reasonsToBuy']} label={t('account.fields.reasonsToBuy')} />
        </Col>
        <Col span={12}>
          <TextAreaField name={['profile', 'needs', 'reasonsNotToBuy']} label={t('account.fields.reasonsNotToBuy')} />
        </Col>
        <Col span={12}>
          <CodeField name={['profile', 'needs', 'urgency']} label={t('account.fields.urgency')} group="urgency" codes={URGENCY_LEVELS} />
        </Col>
        <Col span={12}>
          <CodeField name={['profile', 'decisionProcessType']} label={t('account.fields.decisionProcessType')} group="decisionProcessType" codes={DECISION_PROCESS_TYPES} />
        </Col>
        <Col span={8}>
          <TextField name={['profile', 'decisionCycle']} label={t('account.fields.decisionCycle')} maxLength={100} placeholder={t('account.placeholders.decisionCycle')} />
        </Col>
        <Col span={8}>
          <MoneyField name={['profile', 'typicalBudget']} label={t('account.fields.typicalBudget')} currency={currency} />
        </Col>
        <Col span={8}>
          <CodeField name={['profile', 'procurementHabit']} label={t('account.fields.procurementHabit')} group="procurementHabit" codes={PROCUREMENT_HABITS} />
        </Col>
        <Col span={12}>
          <TextAreaField name={['profile', 'competition']} label={t('account.fields.competition')} />
        </Col>
        <Col span={12}>
          <TextAreaField name={['profile', 'informationSources']} label={t('account.fields.informationSources')} />
        </Col>
      </Row>
    </SectionCard>
  );
}
