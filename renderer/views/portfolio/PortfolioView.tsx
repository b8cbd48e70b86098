/**
 * 客户总览 — the first screen: accounts by tier and by matrix quadrant, this year's target against floor,
 * weighted pipeline and won, the funnel, overdue collections, milestones and next steps due this week,
 * key people gone cold and renewals coming up. Every figure opens the list behind it. Each card appears
 * as soon as its own records are read.
 */
import { Button, Card, Col, Empty, Row, Skeleton, Statistic, Typography } from 'antd';
import { memo, useCallback, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ACCOUNT_TIERS } from '../../../shared/domain/codes';
import { todayIsoDate } from '../../../shared/domain/common';
import { formatMoney, formatMoneyShown } from '../../../shared/domain/money';
import { useAccountCountsByTier, useSettings } from '../../data/hooks/workspaceHooks';
import { useErrorReporter } from '../../session/useErrorReporter';
import { ChartExportMenu } from '../../components/ChartExportMenu';
import { BarChart, type Bar } from './BarChart';

/** A home chart as SVG for its export menu; the chart code loads on the first export. */
const drawBars = async (bars: readonly Bar[]) => (await import('../../drawing/reportCharts')).listBarsSvg(bars);
import { FirstSteps } from './FirstSteps';
import { StorageNotices } from './StorageNotices';
import type { ListHead } from '../../../shared/methods/homeSummary';
import { useHomeSummary } from './useHomeSummary';
import './portfolio.css';

const TIER_COLORS = { STRATEGIC: '#722ed1', TOP: '#1677ff', KEY: '#13c2c2', REGULAR: '#8c8c8c' } as const;
const QUADRANT_COLORS = { CORE: '#389e0d', GROWTH: '#1677ff', TRACTION: '#d48806', PROBLEM: '#cf1322' } as const;

/** A figure that opens the list behind it (memo: it is redrawn only when its own figure changes). */
const Kpi = memo(function Kpi({ title, value, exact, to, alert = false, testId }: { title: string; value: ReactNode; exact?: string; to: string; alert?: boolean; testId: string }) {
  const navigate = useNavigate();
  const onOpen = () => void navigate(to);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen();
    }
  };
  return (
    <Card size="small" className={alert ? 'kp-kpi kp-kpi--alert' : 'kp-kpi'} role="link" tabIndex={0} onClick={onOpen} onKeyDown={onKey} data-testid={testId}>
      {/* A compact amount carries the exact one on hover. */}
      <Statistic title={title} value={value === undefined ? '…' : (value as string)} formatter={(shown) => <span title={exact}>{shown}</span>} />
    </Card>
  );
});

export function PortfolioView() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const settings = useSettings();
  // The first figures (accounts in total and per tier) come from index counts that read no record.
  // The rest is computed in the home worker, which reads the records there and sends what is shown.
  const tierTotals = useAccountCountsByTier();
  const accountTotal = tierTotals && ACCOUNT_TIERS.reduce((sum, tier) => sum + tierTotals[tier], 0);
  const today = todayIsoDate();
  const reportError = useErrorReporter();
  const { figures, quadrants, stages, overdue, due, cold, renewals: coming } = useHomeSummary(today, reportError);
  const currency = settings?.currency ?? 'CNY';
  // Stable helpers: each card below is redrawn only when its own part of the summary changes.
  // Cards and charts in the units managers think in (万/亿, M/B) unless the workspace asks for exact amounts.
  const display = settings?.moneyDisplay ?? 'compact';
  const money = useCallback((minor: number) => formatMoneyShown(minor, currency, i18n.language, display), [currency, display, i18n.language]);
  const exact = (minor: number | undefined) => (minor === undefined ? undefined : formatMoney(minor, currency, i18n.language));
  const open = useCallback((path: string) => () => void navigate(path), [navigate]);

  const list = useCallback(<T,>(head: ListHead<T> | undefined, render: (item: T, index: number) => ReactNode, more: () => void) => {
    if (!head) return <Skeleton active paragraph={{ rows: 3 }} />;
    if (head.count === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portfolio.nothing')} />;
    return (
      <>
        <ul className="kp-home-list">{head.items.map(render)}</ul>
        {head.count > head.items.length && (
          <Button type="link" size="small" onClick={more}>
            {t('portfolio.more', { count: head.count })}
          </Button>
        )}
      </>
    );
  }, [t]);

  const targetBars = useMemo(
    (): Bar[] | undefined =>
      figures && [
        { key: 'target', label: t('portfolio.target'), value: figures.target, display: money(figures.target), color: '#1677ff', onOpen: open('/plan') },
        { key: 'floor', label: t('portfolio.floor'), value: figures.floor, display: money(figures.floor), color: '#69b1ff', onOpen: open('/plan') },
        { key: 'weighted', label: t('portfolio.weighted'), value: figures.weighted, display: money(figures.weighted), color: '#d48806', onOpen: open('/opportunities') },
        { key: 'won', label: t('portfolio.won'), value: figures.won, display: money(figures.won), color: '#389e0d', onOpen: open('/opportunities') },
      ],
    [figures, money, open, t],
  );
  const targetCard = useMemo(
    () => (
      <Col xs={24} xl={8}>
        <Card size="small" title={t('portfolio.targetChart')} extra={targetBars && <ChartExportMenu title={t('portfolio.targetChart')} draw={() => drawBars(targetBars)} />}>
          {targetBars ? (
            <BarChart label={t('portfolio.targetChart')} bars={targetBars} />
          ) : (
            <Skeleton active paragraph={{ rows: 3 }} />
          )}
        </Card>
      </Col>
    ),
    [targetBars, t],
  );

  const tierBars = useMemo(
    (): Bar[] | undefined =>
      tierTotals &&
      ACCOUNT_TIERS.map((key) => ({ key, label: t(`codes.tier.${key}`), value: tierTotals[key], display: tierTotals[key].toLocaleString(i18n.language), color: TIER_COLORS[key], onOpen: open(`/accounts?tier=${key}`) })),
    [i18n.language, open, t, tierTotals],
  );
  const tierCard = useMemo(
    () => (
      <Col xs={24} md={12} xl={8}>
        <Card size="small" title={t('portfolio.byTier')} extra={tierBars && <ChartExportMenu title={t('portfolio.byTier')} draw={() => drawBars(tierBars)} />}>
          {tierBars ? (
            <BarChart label={t('portfolio.byTier')} bars={tierBars} />
          ) : (
            <Skeleton active paragraph={{ rows: 3 }} />
          )}
        </Card>
      </Col>
    ),
    [t, tierBars],
  );

  const quadrantBars = useMemo(
    (): Bar[] | undefined =>
      quadrants &&
      quadrants.map(({ key, count }) => ({ key, label: t(`codes.matrixQuadrant.${key}`), value: count, display: count.toLocaleString(i18n.language), color: QUADRANT_COLORS[key], onOpen: open('/matrix') })),
    [i18n.language, open, quadrants, t],
  );
  const quadrantCard = useMemo(
    () => (
      <Col xs={24} md={12} xl={8}>
        <Card size="small" title={t('portfolio.byQuadrant')} extra={quadrantBars && <ChartExportMenu title={t('portfolio.byQuadrant')} draw={() => drawBars(quadrantBars)} />}>
          {quadrantBars ? (
            <BarChart label={t('portfolio.byQuadrant')} bars={quadrantBars} />
          ) : (
            <Skeleton active paragraph={{ rows: 3 }} />
          )}
        </Card>
      </Col>
    ),
    [quadrantBars, t],
  );

  const funnelCard = useMemo(
    () => (
      <Col xs={24} xl={8}>
        <Card size="small" title={t('portfolio.funnel')}>
          {stages ? (
            <BarChart
              centered
              label={t('portfolio.funnel')}
              bars={stages.map((s, i) => ({
                key: s.stage,
                label: t(`codes.funnelStage.${s.stage}`),
                value: s.amount,
                display: `${s.count} · ${money(s.amount)}`,
                color: `hsl(${210 - i * 12}, 80%, ${48 + i * 4}%)`,
                onOpen: open('/opportunities'),
              }))}
            />
          ) : (
            <Skeleton active paragraph={{ rows: 3 }} />
          )}
        </Card>
      </Col>
    ),
    [money, open, stages, t],
  );

  const overdueCard = useMemo(
    () => (
      <Col xs={24} md={12} xl={8}>
        <Card size="small" title={t('portfolio.overdueList')}>
          {list(
            overdue,
            (l) => (
              <li key={l.key}>
                <Typography.Text type="danger" className="kp-when">
                  {t('portfolio.overdueDays', { days: l.daysOverdue })}
                </Typography.Text>
                <Typography.Link className="kp-what" onClick={open(`/accounts/${l.accountId}?tab=payments`)}>
                  {l.accountName} · {l.stage ? t(`codes.installmentStage.${l.stage}`) : l.label}
                </Typography.Link>
                <span title={formatMoney(l.outstanding, currency, i18n.language)}>{money(l.outstanding)}</span>
              </li>
            ),
            open('/payments?overdue=1'),
          )}
        </Card>
      </Col>
    ),
    [currency, i18n.language, list, money, open, overdue, t],
  );

  const dueCard = useMemo(
    () => (
      <Col xs={24} md={12} xl={8}>
        <Card size="small" title={t('portfolio.dueList')}>
          {list(
            due,
            (item, i) => (
              <li key={`${item.kind}-${i}`}>
                <span className="kp-when">{item.date.slice(5)}</span>
                <Typography.Link className="kp-what" onClick={open(`/accounts/${item.accountId}?tab=${item.kind === 'milestone' ? 'plan' : 'activities'}`)}>
                  {[t(`portfolio.${item.kind}`), item.accountName, item.text].filter(Boolean).join(' · ')}
                </Typography.Link>
              </li>
            ),
            open('/plan'),
          )}
        </Card>
      </Col>
    ),
    [due, list, open, t],
  );

  const coldCard = useMemo(
    () => (
      <Col xs={24} md={12}>
        <Card size="small" title={t('portfolio.coldList', { days: settings?.coldAfterDays ?? 30 })}>
          {list(
            cold,
            (c) => (
              <li key={c.id}>
                <span className="kp-when">{c.lastContactDate === null ? t('portfolio.neverContacted') : t('portfolio.lastContact', { date: c.lastContactDate })}</span>
                <Typography.Link className="kp-what" onClick={open(`/chains/${c.accountId}`)}>
                  {c.name} · {c.title} · {c.accountName}
                </Typography.Link>
              </li>
            ),
            open('/activities'),
          )}
        </Card>
      </Col>
    ),
    [cold, list, open, settings?.coldAfterDays, t],
  );

  const renewalCard = useMemo(
    () => (
      <Col xs={24} md={12}>
        <Card size="small" title={t('portfolio.renewalList')}>
          {list(
            coming,
            (r) => (
              <li key={r.key}>
                <span className="kp-when">{r.date}</span>
                <Typography.Link className="kp-what" onClick={open(`/accounts/${r.accountId}?tab=renewals`)}>
                  {r.accountName} · {r.need}
                </Typography.Link>
                <span title={formatMoney(r.amount, currency, i18n.language)}>{money(r.amount)}</span>
              </li>
            ),
            open('/payments?tab=renewals'),
          )}
        </Card>
      </Col>
    ),
    [coming, currency, i18n.language, list, money, open, t],
  );

  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('portfolio.title')} <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 400 }}>{settings ? t('portfolio.year', { year: settings.planYear }) : ''}</Typography.Text>
      </Typography.Title>
      <StorageNotices accountTotal={accountTotal} />
      <FirstSteps accountTotal={accountTotal} year={settings?.planYear} />
      <Row gutter={[12, 12]}>
        <Col xs={12} md={8} xl={4}>
          <Kpi testId="kpi-accounts" title={t('portfolio.accounts')} value={accountTotal?.toLocaleString(i18n.language)} to={'/accounts'} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Kpi testId="kpi-target" title={t('portfolio.target')} value={figures && money(figures.target)} exact={exact(figures?.target)} to={'/plan'} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Kpi testId="kpi-weighted" title={t('portfolio.weighted')} value={figures && money(figures.weighted)} exact={exact(figures?.weighted)} to={'/opportunities'} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Kpi
            testId="kpi-overdue"
            title={overdue ? t('portfolio.overdueCount', { count: overdue.count }) : t('portfolio.overdue')}
            value={overdue && money(overdue.total)}
            exact={exact(overdue?.total)}
            alert={(overdue?.count ?? 0) > 0}
            to={'/payments?overdue=1'}
          />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Kpi testId="kpi-cold" title={t('portfolio.goneCold')} value={cold?.count.toLocaleString(i18n.language)} alert={(cold?.count ?? 0) > 0} to={'/activities'} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Kpi testId="kpi-renewals" title={t('portfolio.renewalsSoon')} value={coming?.count.toLocaleString(i18n.language)} to={'/payments?tab=renewals'} />
        </Col>

        {targetCard}
        {tierCard}
        {quadrantCard}
        {funnelCard}
        {overdueCard}
        {dueCard}
        {coldCard}
        {renewalCard}
      </Row>
    </div>
  );
}
