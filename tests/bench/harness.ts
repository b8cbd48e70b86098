/**
 * Benchmark harness: one Chromium and the built renderer on loopback, scenarios that print
 * figures and ratios against a raw baseline measured in the same run. Never pass/fail on time —
 * these machines are noisy; the numbers are for people to read.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PLAYWRIGHT_CHROMIUM_ARGS, chromiumPath } from '../e2e/support/chromium';
import { startRendererServer } from '../e2e/support/rendererServer';

export interface BenchContext {
  browser: Browser;
  baseUrl: string;
  newPage: (locale?: string) => Promise<Page>;
  /**
   * A page in a browser of its own with an on-disk profile: what people have. `newPage`'s contexts
   * are incognito, kept in memory, so their "durable" writes never reach a disk. Close with
   * `page.context().close()`, which ends that browser.
   */
  newDurablePage: (locale?: string) => Promise<Page>;
}

export interface Figure {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

/** The middle of a scenario's repeated timings (the upper of the two middles when they are even). */
export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Every repeated timing in whole units, printed beside its median: "314 / 268 / 363". */
export const each = (values: readonly number[]): string => values.map((v) => v.toFixed(0)).join(' / ');

export interface Scenario {
  name: string;
  run: (context: BenchContext) => Promise<Figure[]>;
}

export async function runScenarios(scenarios: Scenario[], filter: string | undefined): Promise<void> {
  const server = await startRendererServer();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: PLAYWRIGHT_CHROMIUM_ARGS });
  const context: BenchContext = {
    browser,
    baseUrl: server.url,
    newPage: async (locale = 'zh-CN') => {
      const ctx = await browser.newContext({ locale, viewport: { width: 1400, height: 900 }, acceptDownloads: true });
      const page = await ctx.newPage();
      page.setDefaultTimeout(600_000);
      return page;
    },
    newDurablePage: async (locale = 'zh-CN') => {
      const profile = mkdtempSync(join(tmpdir(), 'keyplan-bench-profile-'));
      const ctx = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: PLAYWRIGHT_CHROMIUM_ARGS, locale, viewport: { width: 1400, height: 900 }, acceptDownloads: true });
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      page.setDefaultTimeout(600_000);
      return page;
    },
  };
  try {
    for (const scenario of scenarios.filter((s) => !filter || s.name.includes(filter))) {
      console.log(`\n== ${scenario.name}`);
      const figures = await scenario.run(context);
      for (const f of figures) console.log(`  ${f.name.padEnd(58)} ${formatValue(f.value).padStart(12)} ${f.unit}${f.note ? `   ${f.note}` : ''}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(value < 10 ? 2 : 0);
}
