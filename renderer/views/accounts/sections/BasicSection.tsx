import { AutoComplete, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account';
import {
  ACCOUNT_TIERS,
  DEVELOPMENT_STAGES,
  LIFECYCLE_STAGES,
  MANAGEMENT_PHASES,
  MATRIX_QUADRANTS,
  PURCHASE_PATTERNS,
} from '../../../../shared/domain/codes';
import type { TeamMember } from '../../../../shared/domain/team';
import { CodeField, TextAreaField } from '../../../components/fields';
import { SectionCard } from './SectionCard';
import { CLEARABLE } from '../../../components/clearable';

interface Props {
  accountId: string | null;
  accounts: readonly Account[];
  team: readonly TeamMember[];
}

/** Accounts that may become the parent: not this one and not any of its descendants. */
function parentCandidates(accounts: readonly Account[], accountId: string | null): Account[] {
  if (accountId === null) return [...accounts];
  const excluded = new Set([accountId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of accounts) {
      if (a.parentId !== null && excluded.has(a.parentId) && !excluded.has(a.id)) {
        excluded.add(a.id);
        grew = true;
      }
    }
  }
  return accounts.filter((a) => !excluded.has(a.id));
}

const distinct = (values: string[]) => [...new Set(values.filter((v) => v !== ''))].sort().map((value) => ({ value }));

export function BasicSection({ accountId, accounts, team }: Props) {
  const { t } = useTranslation();
  return (
    <SectionCard id="section-basic" title={t('account.sections.basic')}>
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="name" label={t('account.fields.name')} rules={[{ required: true, whitespace: true, message: t('problems.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <CodeField name="tier" label={t('account.fields.tier')} group="tier" codes={ACCOUNT_TIERS} allowClear={false} />
        </Col>
        <Col span={12}>
          <Form.Item name="parentId" label={t('account.fields.parent')}>
            <Select
              allowClear={CLEARABLE}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('account.placeholders.selectAccount')}
              aria-label={t('account.fields.parent')}
              options={parentCandidates(accounts, accountId).map((a) => ({ value: a.id, label: a.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="industry" label={t('account.fields.industry')}>
            <AutoComplete options={distinct(accounts.map((a) => a.industry))} aria-label={t('account.fields.industry')} maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="region" label={t('account.fields.region')}>
            <AutoComplete options={distinct(accounts.map((a) => a.region))} aria-label={t('account.fields.region')} maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="ownerId" label={t('account.fields.owner')} extra={team.length === 0 ? t('account.noTeam') : undefined}>
            <Select
              allowClear={CLEARABLE}
              placeholder={t('account.placeholders.selectOwner')}
              aria-label={t('account.fields.owner')}
              options={team.map((m) => ({ value: m.id, label: m.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <CodeField name="developmentStage" label={t('account.fields.developmentStage')} group="developmentStage" codes={DEVELOPMENT_STAGES} />
        </Col>
        <Col span={12}>
          <CodeField name="purchasePattern" label={t('account.fields.purchasePattern')} group="purchasePattern" codes={PURCHASE_PATTERNS} />
        </Col>
        <Col span={12}>
          <CodeField name="lifecycleStage" label={t('account.fields.lifecycleStage')} group="lifecycleStage" codes={LIFECYCLE_STAGES} />
        </Col>
        <Col span={12}>
          <CodeField name="managementPhase" label={t('account.fields.managementPhase')} group="managementPhase" codes={MANAGEMENT_PHASES} />
        </Col>
        <Col span={12}>
          <CodeField name="quadrantOverride" label={t('account.fields.quadrantOverride')} group="matrixQuadrant" codes={MATRIX_QUADRANTS} />
        </Col>
        <Col span={24}>
          <TextAreaField name="notes" label={t('account.fields.notes')} minRows={2} maxRows={6} />
        </Col>
      </Row>
    </SectionCard>
  );
}
