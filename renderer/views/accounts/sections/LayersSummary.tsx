/**
 * The business and relationship layers of the five-layer model, as they stand: the account's open
 * opportunities (count, amount, weighted by stage) and its decision chain (people, support balance,
 * KP coverage), each with a link to its own view.
 */
import { Button, Col, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { todayIsoDate } from '../../../../shared/domain/common';
import { formatMoney } from '../../../../shared/domain/money';
import { DEFAULT_STAGE_PROBABILITIES } from '../../../../shared/domain/settings';
import { decisionChainHealth } from '../../../../shared/methods/decisionChainHealth';
import { useStoredChain } from '../../../data/hooks/decisionChainHooks';
import { useAccountOpportunities, useSettings } from '../../../data/hooks/workspaceHooks';
import { BalanceTag, keyPersonState } from '../../chains/panels/BalanceTag';

export function LayersSummary({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const chain = useStoredChain(accountId);
  const opportunities = useAccountOpportunities(accountId);
  const settings = useSettings();
  const currency = settings?.currency ?? 'CNY';
  const probabilities = settings?.stageProbabilities ?? DEFAULT_STAGE_PROBABILITIES;
  const open = useMemo(() => (opportunities ?? []).filter((o) => o.stage !== 'WON' && o.stage !== 'LOST'), [opportunities]);
  const amount = open.reduce((sum, o) => sum + o.amount, 0);
  const weighted = open.reduce((sum, o) => sum + Math.round((o.amount * probabilities[o.stage]) / 100), 0);
  const health = useMemo(() => decisionChainHealth(chain?.stakeholders ?? [], { today: todayIsoDate(), coldAfterDays: settings?.coldAfterDays ?? 30 }), [chain, settings?.coldAfterDays]);

  return (
    <Row gutter={16} data-testid="layers-summary">
      <Col span={12}>
        <Typography.Text strong>{t('account.summary.business')}</Typography.Text>
        <Space size={24} style={{ display: 'flex', margin: '8px 0' }}>
          <Statistic title={t('account.summary.openOpportunities')} value={open.length} />
          <Statistic title={t('account.summary.pipeline')} value={formatMoney(amount, currency, i18n.language)} />
          <Statistic title={t('account.summary.weighted')} value={formatMoney(weighted, currency, i18n.language)} />
        </Space>
        <Button size="small" onClick={() => void navigate(`/opportunities?account=${accountId}`)}>
          {t('account.summary.openBoard')}
        </Button>
      </Col>
      <Col span={12}>
        <Typography.Text strong>{t('account.summary.relationship')}</Typography.Text>
        <div style={{ margin: '8px 0' }}>
          <Typography.Text type="secondary">{t('chain.health.people', { people: health.peopleCount, seats: health.placeholderCount })}</Typography.Text>
          <div style={{ marginTop: 6 }}>
            <BalanceTag balance={health.balance} summary />
            {health.keyPeople.map((kp) => (
              <Tag key={kp.role}>{t('chain.health.kpChip', { role: kp.role, state: t(`chain.health.${keyPersonState(kp)}`) })}</Tag>
            ))}
          </div>
        </div>
        <Button size="small" onClick={() => void navigate(`/chains/${accountId}`)}>
          {t('chain.open')}
        </Button>
      </Col>
    </Row>
  );
}
