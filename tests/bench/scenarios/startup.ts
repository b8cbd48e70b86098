/**
 * App start: from navigation to the shell being usable (sidebar visible), how much JavaScript the
 * first screen loads, and the long tasks on the way. Median of several fresh page loads.
 */
import type { Figure, Scenario } from '../harness';

const RUNS = 5;

export const startupScenario: Scenario = {
  name: 'app start (empty workspace)',
  run: async ({ newPage, baseUrl }) => {
    const shellMs: number[] = [];
    const longest: number[] = [];
    const scriptKb: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const page = await newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __long: number[] };
        w.__long = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(baseUrl);
      await page.getByRole('navigation').first().waitFor();
      const figures = await page.evaluate(() => {
        const scripts = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')) as PerformanceResourceTiming[];
        return {
          now: performance.now(),
          longest: Math.max(0, ...(window as unknown as { __long: number[] }).__long),
          scriptKb: scripts.reduce((sum, e) => sum + e.decodedBodySize, 0) / 1024,
        };
      });
      shellMs.push(figures.now);
      longest.push(figures.longest);
      scriptKb.push(figures.scriptKb);
      await page.context().close();
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
    const result: Figure[] = [
      { name: `navigation → sidebar visible (median of ${RUNS})`, value: median(shellMs), unit: 'ms' },
      { name: 'longest main-thread task while starting (median)', value: median(longest), unit: 'ms' },
      { name: 'JavaScript loaded for the first screen', value: Math.round(median(scriptKb)), unit: 'KB' },
    ];
    return result;
  },
};
