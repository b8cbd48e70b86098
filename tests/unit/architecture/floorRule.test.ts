/** The floors are locked by lint: an import that climbs to a higher room fails, one that goes down passes. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { floorRules } from '../../../eslint.config.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: floorRules });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('the floor rule', () => {
  it('fails an import from a lower room up to a higher one, at any folder depth', async () => {
    expect(await problems('renderer/data/fixture.ts', "import { PlanView } from '../views/plan/PlanView';\nexport { PlanView };\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*renderer\/\{i18n,session,drawing,components,report,workers,transfer,views,reportPage,app\}/),
    ]);
    expect(await problems('renderer/data/repositories/fixture.ts', "import { report } from '../../session/useErrorReporter';\nexport { report };\n")).toHaveLength(1);
    expect(await problems('renderer/views/chains/chart/fixture.ts', "import { App } from '../../../app/AppRoot';\nexport { App };\n")).toHaveLength(1);
  });

  it('passes imports down, within the room, and to shared/', async () => {
    expect(await problems('renderer/views/plan/fixture.ts', "import { db } from '../../data/db';\nimport { x } from './planColumns';\nimport { y } from '../../../shared/report/chainPages';\nexport { db, x, y };\n")).toEqual([]);
    // shared/report is not renderer/report: only a path that climbs exactly to renderer/ names a room.
    expect(await problems('renderer/data/fixture.ts', "import { y } from '../../shared/report/chainPages';\nexport { y };\n")).toEqual([]);
  });
});
