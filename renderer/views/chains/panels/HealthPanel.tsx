/** KP coverage, support balance and gaps, live while editing; a gap can be picked out on the chart. */
import { AimOutlined, CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Button, Flex, List, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChainHealth, Gap } from '../../../../shared/methods/decisionChainHealth';
import { BalanceTag } from './BalanceTag';
import { gapText as gapTextOf } from '../../../i18n/gapText';

interface Props {
  health: ChainHealth;
  highlightedGap: string | null;
  onHighlight: (key: string | null, ids: string[]) => void;
}

export function gapKey(gap: Gap): string {
  return [gap.code, 'role' in gap ? gap.role : '', 'layer' in gap ? gap.layer : '', 'function' in gap ? gap.function : ''].join(':');
}

function Mark({ ok, label }: { ok: boolean; label: string }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {ok ? <CheckCircleFilled style={{ color: '#389e0d' }} aria-hidden /> : <CloseCircleFilled style={{ color: '#cf1322' }} aria-hidden />}{' '}
      <span>{label}</span>
      <span className="kp-visually-hidden">{ok ? '✓' : '✗'}</span>
    </span>
  );
}

export function HealthPanel({ health, highlightedGap, onHighlight }: Props) {
  const { t } = useTranslation();
  const { balance } = health;
  const total = balance.support + balance.opposition;
  const gapText = (gap: Gap) => gapTextOf(t, gap);

  return (
    <section aria-label={t('chain.panel.health')}>
      <Typography.Text type="secondary">{t('chain.health.people', { people: health.peopleCount, seats: health.placeholderCount })}</Typography.Text>
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('chain.health.balance')}
      </Typography.Title>
      <div data-testid="support-balance" aria-live="polite">
        <BalanceTag balance={balance} large />
        <Flex justify="space-between" style={{ marginTop: 6 }}>
          <span>{t('chain.health.support', { value: balance.support })}</span>
          <span>{t('chain.health.opposition', { value: balance.opposition })}</span>
        </Flex>
        <Progress percent={total === 0 ? 50 : (balance.support / total) * 100} showInfo={false} strokeColor="#52c41a" railColor="#ff7875" aria-hidden />
      </div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('chain.health.balanceHint')}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('chain.health.kp')}</Typography.Title>
      <table className="kp-health-table" data-testid="kp-coverage">
        <tbody>
          {health.keyPeople.map((kp) => (
            <tr key={kp.role}>
              <th scope="row">{kp.role}</th>
              <td>
                <Mark ok={kp.present} label={t('chain.health.present')} />
              </td>
              <td>
                <Mark ok={kp.contacted} label={t('chain.health.contacted')} />
              </td>
              <td>
                <Mark ok={kp.supportive} label={t('chain.health.supportive')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('chain.health.kpHint')}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('chain.health.gaps')}</Typography.Title>
      {health.gaps.length === 0 ? (
        <Typography.Text type="success">{t('chain.health.noGaps')}</Typography.Text>
      ) : (
        <List
          size="small"
          data-testid="health-gaps"
          dataSource={health.gaps}
          renderItem={(gap) => {
            const key = gapKey(gap);
            const active = highlightedGap === key;
            return (
              <List.Item
                actions={
                  gap.stakeholderIds.length > 0
                    ? [
                        <Button
                          key="show"
                          size="small"
                          type={active ? 'primary' : 'default'}
                          icon={<AimOutlined aria-hidden />}
                          aria-pressed={active}
                          aria-label={`${active ? t('chain.health.clearHighlight') : t('chain.health.highlight')}: ${gapText(gap)}`}
                          onClick={() => onHighlight(active ? null : key, active ? [] : gap.stakeholderIds)}
                        />,
                      ]
                    : []
                }
              >
                {gapText(gap)}
              </List.Item>
            );
          }}
        />
      )}
    </section>
  );
}
