import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { DECISION_PROCESS_TYPES, PROCUREMENT_HABITS, URGENCY_LEVELS } from '../../../../shared/domain/codes';
import { CodeSelect, MoneyInput, moneyRules } from '../../../components/formFields';
import { SectionCard } from './SectionCard';

/** 客户画像 (seed 003): background, product coverage, needs analysis, decision process, competition, sources. */
export function ProfileSection({ currency }: { currency: string }) {
  const { t } = useTranslation();
  const area = { autoSize: { minRows: 1, maxRows: 5 } };
  return (
    <SectionCard id="section-profile" title={t('account.sections.profile')}>
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name={['profile', 'background']} label={t('account.fields.background')}>
            <Input.TextArea {...area} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['profile', 'productCoverage', 'compatibleDomains']} label={t('account.fields.compatibleDomains')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['profile', 'productCoverage', 'mainDomain']} label={t('account.fields.mainDomain')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['profile', 'needs', 'interestPoints']} label={t('account.fields.interestPoints')}>
            <Input.TextArea {...area} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['profile', 'needs', 'desiredOutcome']} label={t('account.fields.desiredOutcome')}>
            <Input.TextArea {...area} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['profile', 'needs', 'reasonsToBuy']} label={t('account.fields.reasonsToBuy')}>
            <Input.TextArea {...area} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['profile', 'needs', 'reasonsNotToBuy']} label={t('account.fields.reasonsNotToBuy')}>
            <Input.TextArea {...area} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['profile', 'needs', 'urgency']} label={t('account.fields.urgency')}>
            <CodeSelect group="urgency" codes={URGENCY_LEVELS} aria-label={t('account.fields.urgency')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['profile', 'decisionProcessType']} label={t('account.fields.decisionProcessType')}>
            <CodeSelect group="decisionProcessType" codes={DECISION_PROCESS_TYPES} aria-label={t('account.fields.decisionProcessType')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={['profile', 'decisionCycle']} label={t('account.fields.decisionCycle')}>
            <Input maxLength={100} placeholder={t('account.placeholders.decisionCycle')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={['profile', 'typicalBudget']} label={t('account.fields.typicalBudget')} rules={moneyRules(t, currency)}>
            <MoneyInput currency={currency} aria-label={t('account.fields.typicalBudget')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={['profile', 'procurementHabit']} label={t('account.fields.procurementHabit')}>
            <CodeSelect group="procurementHabit" codes={PROCUREMENT_HABITS} aria-label={t('account.fields.procurementHabit')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['profile', 'competition']} label={t('account.fields.competition')}>
            <Input.TextArea {...area} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['profile', 'informationSources']} label={t('account.fields.informationSources')}>
            <Input.TextArea {...area} />
          </Form.Item>
        </Col>
      </Row>
    </SectionCard>
  );
}
