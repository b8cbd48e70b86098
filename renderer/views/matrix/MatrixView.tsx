/**
 * The customer-analysis matrix: every account by relationship level and purchase
 * potential in four quadrants with their tracking strategy, thresholds adjustable here, filters by
 * owner, tier and industry; and a second tab with the eight RFM classes.
 */
import { useSetPrintTitle } from '../../platform/printMode';
import { Card, Flex, Select, Slider, Space, Spin, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_TIERS } from '../../../shared/domain/codes';
import { matrixSettingsSchema, type MatrixSettings } from '../../../shared/domain/matrixSettings';
import { fromMinorUnits, toMinorUnits } from '../../../shared/domain/money';
import { rfmSettingsSchema } from '../../../shared/domain/rfmSettings';
import { useErrorReporter } from '../../session/useErrorReporter';
import { db } from '../../data/db';
import { useChainStandings } from '../../data/hooks/chainStandingHooks';
import { useSettings, useTeamMembers } from '../../data/hooks/workspaceHooks';
import { preloadPlanYearSummary } from '../../data/hooks/potentialHooks';
import { useAccountDigests, useDigestPotentials } from '../../data/hooks/accountDigestHooks';
import { updateSettings } from '../../data/repositories/settingsRepository';
import { MatrixChart } from './MatrixChart';
import { NO_MATRIX_FILTERS, placeAccounts, type MatrixFilters } from '../../../shared/methods/matrixModel';
import { QuadrantLists } from './QuadrantLists';
import { RfmClassesTab } from './RfmClassesTab';
import { NumberInput } from '../../components/NumberInput';
import { MoneyInput } from '../../components/MoneyInput';
import { CLEARABLE } from '../../components/clearable';

const DEFAULT_MATRIX = matrixSettingsSchema.parse({});
const DEFAULT_RFM = rfmSettingsSchema.parse({});

/** The matrix's first reads, started when its address is opened (viewChunks.ts `preloadViewDataAt`). */
export function preloadData(): void {
  useAccountDigests.preload();
  useChainStandings.preload();
  // The settings, then the plan year's summary; a failed read shows where the view reads it again.
  preloadPlanYearSummary().catch(() => undefined);
}

export function MatrixView() {
  const { t } = useTranslation();
  const reportError = useErrorReporter();
  const digests = useAccountDigests();
  const standings = useChainStandings();
  const team = useTeamMembers();
  const settings = useSettings();
  const [filters, setFilters] = useState<MatrixFilters>(NO_MATRIX_FILTERS);
  const matrix = settings?.matrix ?? DEFAULT_MATRIX;
  const currency = settings?.currency ?? 'CNY';
  // While the slider moves, the chart follows at once; the setting is saved when it is let go.
  const [draftRelationship, setDraftRelationship] = useState<number | null>(null);
  const relationshipThreshold = draftRelationship ?? matrix.relationshipThreshold;
  const effective: MatrixSettings = useMemo(() => ({ ...matrix, relationshipThreshold }), [matrix, relationshipThreshold]);

  const potentials = useDigestPotentials(digests, settings?.planYear);
  // Placed once every input is read: an account drawn before its chain or potential is known would jump.
  const placed = useMemo(() => (digests && standings && potentials ? placeAccounts(digests, standings, effective, filters, potentials) : null), [digests, standings, effective, filters, potentials]);
  // Once placed, the tabs stay while a cache is computed again after a change (the chart shows the spinner).
  const [everPlaced, setEverPlaced] = useState(false);
  if (placed && !everPlaced) setEverPlaced(true);
  const industries = useMemo(() => [...new Set((digests ?? []).map((a) => a.industry).filter(Boolean))].sort(), [digests]);

  const save = (changes: Partial<MatrixSettings>) => {
    const next = matrixSettingsSchema.safeParse({ ...matrix, ...changes });
    if (!next.success) return;
    updateSettings(db, { matrix: next.data })
      .then(() => setDraftRelationship(null))
      .catch(reportError);
  };

  const reading = (
    <Flex justify="center" align="center" style={{ height: 500 }}>
      <Spin aria-label={t('matrix.reading')} />
    </Flex>
  );
  const matrixTab = (
    <Flex vertical gap={12}>
      <Flex wrap gap={12} align="center" className="keyplan-no-print">
        <Select mode="multiple" allowClear={CLEARABLE} style={{ minWidth: 160 }} placeholder={t('matrix.filterOwner')} aria-label={t('matrix.filterOwner')} value={filters.ownerIds} options={(team ?? []).map((m) => ({ value: m.id, label: m.name }))} onChange={(ownerIds) => setFilters({ ...filters, ownerIds })} />
        <Select mode="multiple" allowClear={CLEARABLE} style={{ minWidth: 160 }} placeholder={t('matrix.filterTier')} aria-label={t('matrix.filterTier')} value={filters.tiers} options={ACCOUNT_TIERS.map((tier) => ({ value: tier, label: t(`codes.tier.${tier}`) }))} onChange={(tiers) => setFilters({ ...filters, tiers })} />
        <Select mode="multiple" allowClear={CLEARABLE} style={{ minWidth: 160 }} placeholder={t('matrix.filterIndustry')} aria-label={t('matrix.filterIndustry')} value={filters.industries} options={industries.map((i) => ({ value: i, label: i }))} onChange={(chosen) => setFilters({ ...filters, industries: chosen })} />
      </Flex>
      <Flex wrap gap={24} align="center" className="keyplan-no-print">
        <Space>
          <span>{t('matrix.relationshipThreshold')}</span>
          <Slider style={{ width: 160 }} min={1} max={100} value={effective.relationshipThreshold} onChange={setDraftRelationship} onChangeComplete={(value) => save({ relationshipThreshold: value })} ariaLabelForHandle={t('matrix.relationshipThreshold')} />
          <NumberInput
            min={1}
            max={100}
            precision={0}
            value={effective.relationshipThreshold}
            aria-label={t('matrix.relationshipThreshold')}
            onChange={(value) => value !== null && save({ relationshipThreshold: value })}
          />
        </Space>
        <Space>
          <span>{t('matrix.potentialThreshold')}</span>
          <MoneyInput
            currency={currency}
            style={{ width: 200 }}
            value={fromMinorUnits(matrix.potentialThreshold, currency)}
            aria-label={t('matrix.potentialThreshold')}
            onChange={(value) => {
              // Saved once the text reads as a positive amount; unreadable text waits for more typing.
              const minor = value === null || Number.isNaN(value) ? null : toMinorUnits(value, currency);
              if (minor !== null && minor > 0) save({ potentialThreshold: minor });
            }}
          />
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('matrix.thresholdsHint')}
        </Typography.Text>
      </Flex>
      {placed ? (
        <Flex gap={16} wrap>
          <div style={{ flex: '1 1 520px', minWidth: 0 }}>
            <MatrixChart placed={placed} settings={effective} currency={currency} />
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
              {t('matrix.explain')}
            </Typography.Paragraph>
          </div>
          <div style={{ flex: '1 1 420px', minWidth: 0 }}>
            <QuadrantLists placed={placed} />
          </div>
        </Flex>
      ) : (
        // Drawn once, when every input is read: a chart drawn empty first costs a second full draw.
        reading
      )}
    </Flex>
  );

  useSetPrintTitle(t('matrix.title'));
  return (
    <Card title={t('matrix.title')}>
      {digests && digests.length === 0 ? (
        <Typography.Text type="secondary">{t('matrix.empty')}</Typography.Text>
      ) : !everPlaced ? (
        // Until the accounts are first placed, only a spinner: tabs, filters and sliders drawn before
        // the data would hold the reads back (they start once this first draw is on screen), and be
        // drawn again with it when it comes.
        reading
      ) : (
        <Tabs
          items={[
            { key: 'matrix', label: t('matrix.tabMatrix'), children: matrixTab },
            { key: 'rfm', label: t('matrix.tabRfm'), children: <RfmClassesTab standards={settings?.rfm ?? DEFAULT_RFM} /> },
          ]}
        />
      )}
    </Card>
  );
}
