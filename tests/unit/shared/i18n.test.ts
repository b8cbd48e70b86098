import { describe, expect, it } from 'vitest';
import { resources, pickLanguage } from '../../../shared/i18n';
import { PROBLEM_CODES } from '../../../shared/fileFormat/problems';

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

describe('language resources', () => {
  const zh = leaves(resources['zh-CN']);
  const en = leaves(resources.en);

  it('zh-CN and en have exactly the same keys, none empty', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of [...zh, ...en]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same interpolation placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of en) expect(placeholders(zh.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('translate every problem code', () => {
    for (const code of PROBLEM_CODES) {
      expect(en.has(`problems.${code}`), code).toBe(true);
    }
  });

  it('the Chinese texts are Chinese', () => {
    expect(zh.get('nav.accounts')).toBe('客户');
    expect(zh.get('codes.tier.STRATEGIC')).toBe('战略客户');
  });

  it('first start follows the system language', () => {
    expect(pickLanguage(['zh-CN', 'en-US'])).toBe('zh-CN');
    expect(pickLanguage(['zh-TW'])).toBe('zh-CN');
    expect(pickLanguage(['en-GB', 'zh-CN'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
