/**
 * The chain's health at a glance — who leads on support weight and how each key role stands — at
 * the head of the side panel, live as the chain changes (it used to crowd the toolbar onto two lines).
 */
import { Flex, Tag } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainHealth } from '../../../../shared/methods/decisionChainHealth';
import { BalanceTag, keyPersonState } from './BalanceTag';

function HealthSummaryView({ health }: { health: ChainHealth }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4} align="center" className="kp-health-summary" data-testid="health-summary" aria-live="polite">
      <BalanceTag balance={health.balance} summary />
      {health.keyPeople.map((kp) => {
        const state = keyPersonState(kp);
        return (
          <Tag key={kp.role} color={state === 'kpGood' ? 'green' : state === 'kpMissing' ? 'red' : 'orange'}>
            {t('chain.health.kpChip', { role: kp.role, state: t(`chain.health.${state}`) })}
          </Tag>
        );
      })}
    </Flex>
  );
}

export const HealthSummary = memo(HealthSummaryView);
