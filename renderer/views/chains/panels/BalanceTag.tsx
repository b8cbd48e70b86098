/** How the support balance and each KP's state read, the same in the toolbar, the panel and comparisons. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SupportBalance } from '../../../../shared/methods/decisionChainHealth';

export { keyPersonState, type KeyPersonState } from '../../../../shared/methods/decisionChainHealth';

const COLORS: Record<SupportBalance['status'], string> = { AHEAD: 'green', BEHIND: 'red', EVEN: 'default' };

/** "Support ahead by 4" (summary, in the toolbar) or "Ahead by 4" (under the panel's heading). */
export function BalanceTag({ balance, summary = false, large = false }: { balance: SupportBalance; summary?: boolean; large?: boolean }) {
  const { t } = useTranslation();
  const text =
    balance.status === 'AHEAD'
      ? t(summary ? 'chain.health.summaryAhead' : 'chain.health.ahead', { margin: balance.margin })
      : balance.status === 'BEHIND'
        ? t(summary ? 'chain.health.summaryBehind' : 'chain.health.behind', { margin: -balance.margin })
        : t(summary ? 'chain.health.summaryEven' : 'chain.health.even');
  return (
    <Tag color={COLORS[balance.status]} style={large ? { fontSize: 14, padding: '2px 8px' } : undefined}>
      {text}
    </Tag>
  );
}
