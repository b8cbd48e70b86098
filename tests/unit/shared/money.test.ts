import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyCompact, formatMoneyShown, fromMinorUnits, minorDigits, toMinorUnits } from '../../../shared/domain/money';
import { estimatePurchasePotential } from '../../../shared/methods/purchasePotential';

describe('money', () => {
  it('knows the minor digits of the currency', () => {
    expect(minorDigits('CNY')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
  });
  it('converts typed amounts exactly and refuses extra decimals', () => {
    expect(toMinorUnits(20000, 'CNY')).toBe(2_000_000);
    expect(toMinorUnits(0.1 + 0.2, 'CNY')).toBe(30);
    expect(toMinorUnits(12.345, 'CNY')).toBeNull();
    expect(toMinorUnits(1.5, 'JPY')).toBeNull();
    expect(fromMinorUnits(2_000_000, 'CNY')).toBe(20000);
  });
  it('formats for the reader', () => {
    expect(formatMoney(2_000_000, 'CNY', 'zh-CN')).toBe('¥20,000.00');
  });
});

describe('purchase potential (seed 002)', () => {
  it('sums driver quantity × expected purchase per unit', () => {
    // 5,000 subscribers × 30 元 each + 12 sites × 20,000 元 each = 150,000 + 240,000 = 390,000 元
    expect(
      estimatePurchasePotential([
        { quantity: 5000, purchasePerUnit: 3000 },
        { quantity: 12, purchasePerUnit: 2_000_000 },
      ]),
    ).toBe(39_000_000);
    expect(estimatePurchasePotential([])).toBe(0);
  });
});

describe('money in the units managers think in', () => {
  it('counts in 万 and 亿 in Chinese, whole 万 from 100万 up, and in K/M/B in English', () => {
    const zh = (yuan: number) => formatMoneyCompact(yuan * 100, 'CNY', 'zh-CN');
    expect([8_500, 125_000, 24_790_000, 24_795_000, 120_000_000, 1_234_567_890, -3_000_000].map(zh)).toEqual(['¥8,500', '¥12.5万', '¥2,479万', '¥2,480万', '¥1.2亿', '¥12.35亿', '-¥300万']);
    expect(formatMoneyCompact(2_479_000_000, 'CNY', 'en')).toBe('CN¥24.79M');
    expect(formatMoneyCompact(123_456, 'JPY', 'en')).toBe('¥123.46K');
    // Exact when the workspace asks for it.
    expect(formatMoneyShown(2_479_000_000, 'CNY', 'zh-CN', 'exact')).toBe('¥24,790,000.00');
  });
});
