import { describe, expect, it } from 'vitest';
import { shortAccountName } from '../../../renderer/views/matrix/shortName';

describe('short account names on the matrix bubbles', () => {
  it('drops the legal-form tail and keeps at most eight characters', () => {
    expect(shortAccountName('示例客户1号（集团）有限公司')).toBe('示例客户1号');
    expect(shortAccountName('中国移动通信集团陕西有限公司')).toBe('中国移动通信集…');
    expect(shortAccountName('华为技术股份有限公司')).toBe('华为技术');
    expect(shortAccountName('Acme Co., Ltd.')).toBe('Acme');
    expect(shortAccountName('有限公司')).toBe('有限公司');
  });
});
