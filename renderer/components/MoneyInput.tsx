/**
 * The one input for an amount of money, in every editor. It reads what the plan grid reads — the way
 * managers write amounts: `1,200,000`, `80万`, `1.5亿`, `¥12,000`, full-width digits (shared/methods/
 * amountText.ts) — and, while the text is not plain digits, shows beside it the amount it understood
 * (`= ¥800,000.00`). Text it cannot read is handed to the form as NaN, which the money rules refuse
 * with a message at the field: never silently a different number (antd's number input kept "80" of
 * "80万"). On leaving the field the text is written out in full, grouped by thousands.
 */
import { Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, minorDigits, toMinorUnits } from '../../shared/domain/money';
import { parseAmountText } from '../../shared/methods/amountText';
import { currencySymbol } from './currencySymbol';

/** A typed amount in major units: null for an empty field, NaN for text that is not an amount. */
export function readMoneyText(text: string): number | null {
  if (text.trim() === '') return null;
  const parsed = parseAmountText(text);
  return parsed.ok ? parsed.value : Number.NaN;
}

/** An amount as the field shows it once typed: digits grouped by thousands, the currency's decimals only when there are any. */
export function moneyFieldText(value: number | null | undefined, currency: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const digits = minorDigits(currency);
  return new Intl.NumberFormat('en', { minimumFractionDigits: 0, maximumFractionDigits: Math.max(digits, 6), useGrouping: true }).format(value);
}

const PLAIN = /^\s*-?[\d,]*(\.\d*)?\s*$/;

type Props = {
  currency: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
} & Omit<React.ComponentProps<typeof Input>, 'value' | 'onChange' | 'prefix' | 'suffix'>;

export function MoneyInput({ currency, value, onChange, onBlur, style, ...props }: Props) {
  const { i18n } = useTranslation();
  const [text, setText] = useState(() => moneyFieldText(value, currency));
  // A value set from outside (the form loaded, reset, or an undo) replaces the text, unless the text
  // already means it — typing "80万" must not turn into "800,000" under the cursor. (Adjusted while
  // rendering, React's way for state that follows a prop.)
  const [shownFor, setShownFor] = useState(value);
  const readable = value === undefined || value === null || !Number.isNaN(value);
  if (readable && value !== shownFor) {
    setShownFor(value);
    if (readMoneyText(text) !== (value ?? null)) setText(moneyFieldText(value, currency));
  }
  const understood = readMoneyText(text);
  const minor = understood === null || Number.isNaN(understood) ? null : toMinorUnits(understood, currency);
  const explain = !PLAIN.test(text) && minor !== null ? `= ${formatMoney(minor, currency, i18n.language)}` : undefined;
  return (
    <Input
      inputMode="decimal"
      style={{ width: '100%', ...style }}
      prefix={currencySymbol(currency, i18n.language)}
      suffix={explain ? <span aria-live="polite">{explain}</span> : <span />}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange?.(readMoneyText(event.target.value));
      }}
      onBlur={(event) => {
        if (understood !== null && !Number.isNaN(understood)) setText(moneyFieldText(understood, currency));
        onBlur?.(event);
      }}
      {...props}
    />
  );
}
