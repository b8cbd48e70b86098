import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { DesktopBridge, SaveFileRequest } from '../../../shared/bridge/contract';
import { safeFileName } from '../../../shared/bridge/fileNames';
import { saveFileRequestSchema } from '../../../shared/bridge/schemas';
import { saveBlob } from '../../../renderer/platform/fileAccess';

const accepted = (name: string) => saveFileRequestSchema.safeParse({ suggestedName: name, kind: 'png', bytes: new Uint8Array() }).success;

describe('file names offered in Save dialogs', () => {
  it('keeps what people typed readable and makes it a name the bridge accepts', () => {
    expect(safeFileName('中国移动/陕西分公司 决策链.png')).toBe('中国移动-陕西分公司 决策链.png');
    expect(safeFileName('A: "B" *C*?.xlsx')).toBe('A- -B- -C--.xlsx');
    expect(safeFileName('CON.png')).toBe('_CON.png');
    expect(safeFileName('报告. ')).toBe('报告');
    expect(safeFileName('  ')).toBe('keyplan');
    expect(safeFileName(`${'客'.repeat(300)}.pdf`)).toMatch(/^客{196}\.pdf$/);
  });

  it('property: whatever a person typed, the result is accepted by the bridge', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (typed) => accepted(safeFileName(typed))));
  });
});

describe('saving a file through the desktop bridge', () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it('offers a safe name for an account whose name holds / : " * (the chart export of 中国移动/陕西分公司)', async () => {
    const requests: SaveFileRequest[] = [];
    const bridge: Pick<DesktopBridge, 'saveFile'> = {
      saveFile: (request) => {
        requests.push(request);
        return Promise.resolve(accepted(request.suggestedName) ? { saved: true, name: request.suggestedName } : { saved: false });
      },
    };
    (globalThis as { window?: unknown }).window = { keyplan: bridge };
    expect(await saveBlob(new Blob(['png']), '中国移动/陕西分公司: "决策链"*.png', 'png')).toEqual({ saved: true, name: '中国移动-陕西分公司- -决策链--.png' });
    expect(requests.map((r) => r.suggestedName)).toEqual(['中国移动-陕西分公司- -决策链--.png']);
  });
});
