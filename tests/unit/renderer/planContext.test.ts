import { describe, expect, it } from 'vitest';
import { codeFromLabel, codeLabels } from '../../../renderer/views/plan/planContext';

describe('funnel stages in the seed’s words', () => {
  it('shows 线索 → 商机 → 验证商机 → 标前引导 → 投标 → 谈判签约 → 赢单 / 丢单', () => {
    expect(codeLabels('funnelStage', 'zh-CN')).toEqual(['线索', '商机', '验证商机', '标前引导', '投标', '谈判签约', '赢单', '丢单']);
  });

  it('reads the new words, the codes, English, and the words of sheets kept from before', () => {
    for (const [text, code] of [
      ['验证商机', 'VALIDATED'],
      ['标前引导', 'PRE_BID'],
      ['谈判签约', 'NEGOTIATION'],
      ['需求确认', 'VALIDATED'],
      ['投标准备', 'PRE_BID'],
      ['商务谈判', 'NEGOTIATION'],
      ['Negotiation & signing', 'NEGOTIATION'],
      ['negotiation', 'NEGOTIATION'],
      ['PRE_BID', 'PRE_BID'],
    ] as const)
      expect(codeFromLabel('funnelStage', text), text).toBe(code);
    expect(codeFromLabel('funnelStage', '随便写的')).toBeNull();
  });
});
