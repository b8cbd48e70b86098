import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyFieldText, readMoneyText } from '../../../renderer/components/MoneyInput';

describe('the one money input', () => {
  it('reads what managers write, as the plan grid does', () => {
    expect(readMoneyText('80万')).toBe(800_000);
    expect(readMoneyText('1.5亿')).toBe(150_000_000);
    expect(readMoneyText('200万')).toBe(2_000_000);
    expect(readMoneyText('¥12,000')).toBe(12_000);
    expect(readMoneyText('1,200,000')).toBe(1_200_000);
    expect(readMoneyText('  ')).toBeNull();
  });

  it('text it cannot read is NaN (refused by the rules), never another number', () => {
    for (const text of ['80万元整', '12x', '1,2', 'abc', '八十万']) expect(readMoneyText(text)).toBeNaN();
  });

  it('property: an amount written out by the field, in 万 or in 亿 reads back as the same amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), (fen) => {
        const yuan = fen / 100;
        expect(readMoneyText(moneyFieldText(yuan, 'CNY'))).toBe(yuan);
        expect(readMoneyText(`${(yuan / 10_000).toFixed(6)}万`)).toBeCloseTo(yuan, 2);
        expect(readMoneyText(`${(yuan / 100_000_000).toFixed(10)}亿`)).toBeCloseTo(yuan, 2);
      }),
    );
  });
});
