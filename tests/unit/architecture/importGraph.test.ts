/** The house's shape, read from the code: no two files import each other round a circle. */
import { describe, expect, it } from 'vitest';
import { circles, importGraph } from '../../architecture/importGraph';

const ROOT = new URL('../../../', import.meta.url).pathname;

describe('the import graph', () => {
  const { files, edges } = importGraph(ROOT);

  it('reads the project (a sanity check: the scanner finds files and their imports)', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ from: 'renderer/data/database.ts', to: 'renderer/data/schema.ts' });
  });

  it('has no circle', () => {
    expect(circles(files, edges)).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    expect(circles(['a', 'b', 'c'], [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }, { from: 'b', to: 'c' }])).toEqual([['a', 'b']]);
  });
});
