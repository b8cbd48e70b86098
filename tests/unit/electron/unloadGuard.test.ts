import { describe, expect, it } from 'vitest';
import { guardUnload } from '../../../electron/unloadGuard';
import { resources } from '../../../shared/i18n';

function fakeContents() {
  let listener: ((event: { preventDefault(): void }) => void) | null = null;
  return {
    contents: { on: (_event: 'will-prevent-unload', l: (event: { preventDefault(): void }) => void) => (listener = l) },
    /** The page asked to stay; true when the close goes on anyway. */
    fire: () => {
      let leaves = false;
      listener?.({ preventDefault: () => (leaves = true) });
      return leaves;
    },
  };
}

describe('closing the window with unsaved typing', () => {
  it('asks in the user language; "stay" keeps the window, "leave" closes it', () => {
    const asked: string[] = [];
    let answer = 1;
    const { contents, fire } = fakeContents();
    guardUnload(contents, {
      ask: (question) => {
        asked.push(`${question.title} [${question.buttons.join(' / ')}]`);
        return answer;
      },
      messages: () => resources['zh-CN'],
    });
    expect(fire()).toBe(false);
    expect(asked).toEqual(['还有没保存的输入 [离开 / 留下继续编辑]']);
    answer = 0;
    expect(fire()).toBe(true);
  });
});
