/**
 * Money conversion between stored minor units (integers) and what people type and read.
 * The number of minor digits comes from the currency (CNY 2, JPY 0), so 12.345 元 is refused
 * rather than silently rounded.
 */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Converts a typed amount to minor units; null when it has more decimals than the currency allows. */
export function toMinorUnits(major: number, currency: string): number | null {
  const digits = minorDigits(currency);
  const scaled = major * 10 ** digits;
  const rounded = Math.round(scaled);
  // Accept binary-float noise (0.1 + 0.2) but not real extra decimals.
  return Math.abs(scaled - rounded) < 1e-6 * Math.max(1, Math.abs(scaled)) ? rounded : null;
}

export function fromMinorUnits(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}

export function formatMoney(minor: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(fromMinorUnits(minor, currency));
}
