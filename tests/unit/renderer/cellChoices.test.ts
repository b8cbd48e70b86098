import { describe, expect, it } from 'vitest';
import { choiceStep, matchingChoices, sortedNames } from '../../../renderer/views/plan/cellChoices';

const stages = ['考察期', '形成期', '稳定期', '退化期'];

describe('cell pick lists', () => {
  it('list every choice when nothing is typed, names starting with the text before names containing it', () => {
    expect(matchingChoices(stages, '')).toEqual(stages);
    expect(matchingChoices(stages, '期')).toEqual(stages);
    expect(matchingChoices(['华东电网', '国网华东分部', '华北电力'], '华')).toEqual(['华东电网', '华北电力', '国网华东分部']);
    expect(matchingChoices(stages, '签约')).toEqual([]);
  });

  it('match ignoring case, width and surrounding spaces, and stop at the limit', () => {
    expect(matchingChoices(['Stability', 'Decline'], ' ＳＴＡ ')).toEqual(['Stability']);
    const many = Array.from({ length: 5000 }, (_, i) => `示例客户${i + 1}号`);
    expect(matchingChoices(many, '示例', 50)).toHaveLength(50);
    expect(matchingChoices(many, '4999号')).toEqual(['示例客户4999号']);
  });

  it('sort names in the locale order (pinyin for Chinese, numbers by value) once per map', () => {
    const team = new Map([
      ['a', { name: '王经理' }],
      ['b', { name: '李工' }],
      ['c', { name: '张总' }],
    ]);
    expect(sortedNames(team, 'zh-CN')).toEqual(['李工', '王经理', '张总']);
    expect(sortedNames(team, 'zh-CN')).toBe(sortedNames(team, 'zh-CN'));
    const accounts = new Map([['x', { name: '客户10号' }], ['y', { name: '客户2号' }], ['z', { name: '客户2号' }]]);
    expect(sortedNames(accounts, 'zh-CN')).toEqual(['客户2号', '客户10号']);
  });

  it('keys: ↓/↑ move within the list, Enter and Tab pick the highlighted choice, Esc and Alt+↑ close', () => {
    expect(choiceStep('ArrowDown', false, -1, 4)).toEqual({ kind: 'highlight', index: 0 });
    expect(choiceStep('ArrowDown', false, 3, 4)).toEqual({ kind: 'highlight', index: 3 });
    expect(choiceStep('ArrowUp', false, 0, 4)).toEqual({ kind: 'highlight', index: 0 });
    expect(choiceStep('Enter', false, 2, 4)).toEqual({ kind: 'pick', index: 2 });
    expect(choiceStep('Tab', false, 1, 4)).toEqual({ kind: 'pick', index: 1 });
    expect(choiceStep('Escape', false, 1, 4)).toEqual({ kind: 'close' });
    expect(choiceStep('ArrowUp', true, 1, 4)).toEqual({ kind: 'close' });
    // Nothing highlighted or nothing listed: the editor saves what was typed (and validates it).
    expect(choiceStep('Enter', false, -1, 4)).toBeNull();
    expect(choiceStep('ArrowDown', false, -1, 0)).toBeNull();
    // Alt+Enter is a new line in a multi-line cell, not a pick.
    expect(choiceStep('Enter', true, 1, 4)).toBeNull();
  });
});
