/**
 * The account page's header: who the account is (tier, quadrant as set and as computed, RFM, owner,
 * lifecycle stage) and its year in money (target, weighted pipeline, won, coverage, overdue). Compact
 * amounts carry the exact one on hover.
 */
import { Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain/account';
import type { AccountTier } from '../../../shared/domain/codes';
import { formatMoney, formatMoneyShown, formatPercent } from '../../../shared/domain/money';
import type { Settings } from '../../../shared/domain/settings';
import type { AccountHeadline } from './accountPageModel';

const TIER_COLORS: Record<AccountTier, string> = { STRATEGIC: 'magenta', TOP: 'volcano', KEY: 'blue', REGULAR: 'default' };

interface Props {
  account: Account;
  headline: AccountHeadline | undefined;
  ownerName: string | null;
  parentName: string | null;
  settings: Settings;
}

export function AccountHeader({ account, headline, ownerName, parentName, settings }: Props) {
  const { t, i18n } = useTranslation();
  const money = (minor: number) => formatMoneyShown(minor, settings.currency, i18n.language, settings.moneyDisplay);
  const exact = (minor: number) => formatMoney(minor, settings.currency, i18n.language);
  const kpi = (testId: string, title: string, minor: number | null, alert = false) => (
    <Col xs={12} md={8} lg={4}>
      <Statistic
        data-testid={testId}
        title={title}
        value={minor === null ? '…' : money(minor)}
        styles={alert && minor !== null && minor > 0 ? { content: { color: '#cf1322' } } : undefined}
        formatter={(shown) => <span title={minor === null ? undefined : exact(minor)}>{shown}</span>}
      />
    </Col>
  );
  const f = headline?.figures;
  const quadrant = headline?.quadrantOverride ?? headline?.computedQuadrant ?? null;

  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex align="baseline" gap={12} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {account.name}
        </Typography.Title>
        {parentName && <Typography.Text type="secondary">{t('accountPage.header.parent', { name: parentName })}</Typography.Text>}
      </Flex>
      <Flex gap={8} wrap style={{ marginTop: 8 }} aria-label={t('accountPage.header.tags')} role="group">
        <Tag color={TIER_COLORS[account.tier]}>{t(`codes.tier.${account.tier}`)}</Tag>
        {headline && (
          <Tag color="geekblue" data-testid="account-quadrant">
              {quadrant ? t(`codes.matrixQuadrant.${quadrant}`) : t('accountPage.header.potentialUnknown')}
              {headline.quadrantOverride && headline.computedQuadrant && headline.computedQuadrant !== headline.quadrantOverride
                ? ` · ${t('accountPage.header.computedQuadrant', { quadrant: t(`codes.matrixQuadrant.${headline.computedQuadrant}`) })}`
                : ''}
          </Tag>
        )}
        {headline?.rfm && (
          <Tag color="gold" title={t('rfm.scores', { r: headline.rfm.r, f: headline.rfm.f, m: headline.rfm.m })}>
            {headline.rfm.vip} · {t(`rfm.classes.${headline.rfm.rfmClass}`)}
          </Tag>
        )}
        <Tag>{t('accountPage.header.owner', { name: ownerName ?? t('common.none') })}</Tag>
        <Tag>{t('accountPage.header.stage', { stage: account.lifecycleStage ? t(`codes.lifecycleStage.${account.lifecycleStage}`) : t('common.none') })}</Tag>
        {headline?.potential && (
          <Tag data-testid="account-potential" title={exact(headline.potential.amount)}>
            {t('accountPage.header.potential', { amount: money(headline.potential.amount), source: t(`accountPage.potentialSource.${headline.potential.source}`) })}
          </Tag>
        )}
      </Flex>
      <Row gutter={[16, 8]} style={{ marginTop: 12 }} role="group" aria-label={t('accountPage.header.figures', { year: settings.planYear })}>
        {kpi('account-target', t('accountPage.header.target', { year: settings.planYear }), f ? f.target : null)}
        {kpi('account-weighted', t('accountPage.header.weighted'), f ? f.weighted : null)}
        {kpi('account-won', t('accountPage.header.won'), f ? f.won : null)}
        <Col xs={12} md={8} lg={4}>
          <Statistic data-testid="account-coverage" title={t('accountPage.header.coverage')} value={f ? (f.coverage === null ? t('common.none') : formatPercent(f.coverage)) : '…'} />
        </Col>
        {kpi('account-overdue', t('accountPage.header.overdue'), f ? f.overdue : null, true)}
        <Col xs={12} md={8} lg={4}>
          <Statistic data-testid="account-open-deals" title={t('accountPage.header.openDeals')} value={f ? f.openOpportunities : '…'} />
        </Col>
      </Row>
    </Card>
  );
}
