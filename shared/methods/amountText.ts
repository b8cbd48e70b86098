/**
 * Amounts as people type or paste them from Excel/WPS: "1,234.50", "¥12,000", "１２３" (full-width),
 * "12万", "1.5亿", "(1,200)" for a negative, spaces anywhere. Returns the amount in major units, or a
 * reason code the UI turns into a message. Minor units are the caller's business (money.ts), so a
 * currency's decimals are checked where the currency is known.
 */
export type AmountParse = { ok: true; value: number } | { ok: false; code: 'not_a_number' };

const UNIT: Record<string, number> = { 万: 10_000, 亿: 100_000_000, k: 1_000, K: 1_000 };

export function parseAmountText(input: string): AmountParse {
  let text = input
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[，]/g, ',')
    .replace(/[．]/g, '.')
    .replace(/[－]/g, '-')
    .replace(/\s+/g, '')
    .replace(/^[¥￥$€£]|^(CNY|RMB|USD|EUR|HKD|JPY|GBP|SGD)/i, '')
    .replace(/元$/, '');
  let sign = 1;
  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised) {
    sign = -1;
    text = parenthesised[1] ?? '';
  }
  if (text.startsWith('-')) {
    sign = -sign;
    text = text.slice(1);
  }
  text = text.replace(/^[¥￥$€£]/, '');
  let multiplier = 1;
  const unit = text.at(-1);
  if (unit !== undefined && unit in UNIT) {
    multiplier = UNIT[unit] ?? 1;
    text = text.slice(0, -1);
  }
  // Thousands separators only in groups of three, so "1,2" is refused rather than read as 12.
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(text)) return { ok: false, code: 'not_a_number' };
  const value = Number(text.replace(/,/g, '')) * multiplier;
  if (!Number.isFinite(value)) return { ok: false, code: 'not_a_number' };
  // Units scale decimals ("1.5万" = 15000): round away binary noise at 1e-9 of a unit.
  return { ok: true, value: sign * (multiplier === 1 ? value : Math.round(value * 1e6) / 1e6) };
}
