import { describe, expect, it } from 'vitest';
import { parseAmountText } from '../../../shared/methods/amountText';

const value = (text: string) => {
  const parsed = parseAmountText(text);
  return parsed.ok ? parsed.value : parsed.code;
};

describe('amounts as typed or pasted', () => {
  it('reads plain numbers, thousands separators and currency marks', () => {
    expect(value('1200')).toBe(1200);
    expect(value('1,234,567.89')).toBe(1234567.89);
    expect(value('¥12,000')).toBe(12000);
    expect(value('￥ 3 000')).toBe(3000);
    expect(value('12000元')).toBe(12000);
    expect(value('CNY 500')).toBe(500);
  });

  it('reads 万 and 亿 (and k) units, decimals included', () => {
    expect(value('80万')).toBe(800000);
    expect(value('1.5亿')).toBe(150000000);
    expect(value('3.05万')).toBe(30500);
    expect(value('12k')).toBe(12000);
  });

  it('reads full-width digits and Chinese punctuation from WPS', () => {
    expect(value('１２，０００．５')).toBe(12000.5);
  });

  it('reads negatives written with a minus or in accounting brackets', () => {
    expect(value('-1,200')).toBe(-1200);
    expect(value('(1,200)')).toBe(-1200);
  });

  it('refuses text that is not an amount instead of guessing', () => {
    expect(value('一百万')).toBe('not_a_number');
    expect(value('1,2')).toBe('not_a_number');
    expect(value('12..5')).toBe('not_a_number');
    expect(value('')).toBe('not_a_number');
    expect(value('万')).toBe('not_a_number');
    expect(value('1e5')).toBe('not_a_number');
  });
});
