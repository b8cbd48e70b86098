/**
 * Field widgets and rules shared by the forms. Numbers are validated with a message at the field
 * (never clamped silently): negative values, too many decimals for the currency, fractions where a
 * count is expected. Selects of coded values take their labels from i18n.
 */
import { Select } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../shared/domain/common';
import { toMinorUnits } from '../../shared/domain/money';
import { CLEARABLE } from './clearable';
import { looseT } from '../i18n/looseT';

/** A rule from a check that returns the message to show, or null when the value is fine. */
export function checkRule(check: (value: unknown) => string | null): Rule {
  return {
    validator: (_, value: unknown) => {
      const message = check(value);
      return message === null ? Promise.resolve() : Promise.reject(new Error(message));
    },
  };
}

export function moneyRules(t: TFunction, currency: string, options: { allowNegative?: boolean } = {}): Rule[] {
  return [
    checkRule((value: unknown) => {
      if (value === null || value === undefined || value === '') return null;
      if (typeof value !== 'number' || Number.isNaN(value)) return t('form.notAnAmount');
      if (!options.allowNegative && value < 0) return t('form.negative');
      if (toMinorUnits(value, currency) === null) return t('form.tooManyDecimals');
      return null;
    }),
  ];
}

export function countRules(t: TFunction): Rule[] {
  return [
    checkRule((value: unknown) => {
      if (value === null || value === undefined) return null;
      if (typeof value !== 'number' || Number.isNaN(value)) return t('form.notANumber');
      if (value < 0) return t('form.negative');
      if (!Number.isInteger(value)) return t('problems.not_integer');
      return null;
    }),
  ];
}

export function notInFutureRule(t: TFunction): Rule {
  return checkRule((value) => (dayjs.isDayjs(value) && value.format('YYYY-MM-DD') > todayIsoDate() ? t('problems.date_in_future') : null));
}

export { currencySymbol } from './currencySymbol';
export { MoneyInput } from './MoneyInput';

export type CodeGroup =
  | 'tier'
  | 'developmentStage'
  | 'purchasePattern'
  | 'lifecycleStage'
  | 'managementPhase'
  | 'urgency'
  | 'decisionProcessType'
  | 'procurementHabit'
  | 'barrierType'
  | 'barrierStatus'
  | 'barrierStrategy'
  | 'teamRole'
  | 'powerLayer'
  | 'stakeholderFunction'
  | 'buyingRole'
  | 'coachStrength'
  | 'coverage'
  | 'linkKind'
  | 'matrixQuadrant'
  | 'funnelStage'
  | 'purchaseScene'
  | 'activityKind'
  | 'activityPurpose'
  | 'callOutcome'
  | 'installmentStage'
  | 'serviceLevel';

/** A select over stable codes, labelled in the current language. */
export function CodeSelect({
  group,
  codes,
  allowClear = true,
  ...props
}: { group: CodeGroup; codes: readonly string[] } & Omit<React.ComponentProps<typeof Select<string>>, 'options'>) {
  const { t } = useTranslation();
  // `codes.<group>.<code>` exists for every code of every group (tests/unit/shared/i18n.test.ts);
  // the typed t() cannot relate a group and code chosen at run time.
  const label = looseT(t);
  return (
    <Select<string>
      allowClear={allowClear === true ? CLEARABLE : allowClear}
      placeholder={t('common.notSet')}
      options={codes.map((code) => ({ value: code, label: label(`codes.${group}.${code}`) }))}
      {...props}
    />
  );
}
