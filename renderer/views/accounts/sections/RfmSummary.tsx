/**
 * The account's RFM (seed 000), computed live from the purchases being edited: the three scores,
 * how the weighted score is made, the VIP level and the RFM class with what it means.
 */
import { Alert, Descriptions, Form, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../../../shared/domain/common';
import { formatMoney, toMinorUnits } from '../../../../shared/domain/money';
import { rfmSettingsSchema } from '../../../../shared/domain/rfmSettings';
import { computeRfm, type Purchase } from '../../../../shared/methods/rfm';
import { useSettings } from '../../../data/hooks/workspaceHooks';

interface PurchaseRow {
  date?: Dayjs | null;
  amount?: number | null;
}

const DEFAULT_RFM = rfmSettingsSchema.parse({});

/** Rows with a date and a valid amount; half-typed rows are left out until they are complete. */
export function purchasesOf(rows: readonly PurchaseRow[] | undefined, currency: string): Purchase[] {
  return (rows ?? []).flatMap((row) => {
    const amount = typeof row.amount === 'number' ? toMinorUnits(row.amount, currency) : null;
    return row.date && amount !== null && amount >= 0 ? [{ date: row.date.format('YYYY-MM-DD'), amount }] : [];
  });
}

export function RfmSummary({ currency }: { currency: string }) {
  const { t, i18n } = useTranslation();
  const rows = Form.useWatch<PurchaseRow[] | undefined>('purchases');
  const settings = useSettings();
  const standards = settings?.rfm ?? DEFAULT_RFM;
  const rfm = computeRfm(purchasesOf(rows, currency), todayIsoDate(), standards);
  if (!rfm) return <Typography.Paragraph type="secondary">{t('rfm.none')}</Typography.Paragraph>;
  const amount = formatMoney(rfm.monetary, currency, i18n.language);
  const { weights } = standards;
  return (
    <Alert
      type="info"
      showIcon={false}
      data-testid="rfm-summary"
      title={
        <Descriptions size="small" column={1} colon>
          <Descriptions.Item label={t('rfm.title')}>
            {t('rfm.scores', { r: rfm.r, f: rfm.f, m: rfm.m })} ·{' '}
            {t('rfm.formula', { r: rfm.r, wr: weights.r, f: rfm.f, wf: weights.f, m: rfm.m, wm: weights.m, score: rfm.score })}
          </Descriptions.Item>
          <Descriptions.Item label={t('rfm.vipLabel')}>
            <Tag color="gold">{rfm.vip}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('rfm.classLabel')}>
            <Tag color="blue">{t(`rfm.classes.${rfm.rfmClass}`)}</Tag> {t(`rfm.meanings.${rfm.rfmClass}`)}
          </Descriptions.Item>
        </Descriptions>
      }
      description={t('rfm.facts', { days: rfm.daysSinceLast, count: rfm.frequency, window: standards.windowDays, amount })}
    />
  );
}
