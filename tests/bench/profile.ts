/**
 * Where the time goes: with KEYPLAN_BENCH_PROFILE=<folder>, a scenario can record a CPU profile of
 * the page's main thread around a step (`.cpuprofile`, opens in Chrome DevTools ▸ Performance) and
 * print the functions that took the most time in it. Without the variable it only runs the step.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export async function profiled<T>(page: Page, label: string, step: () => Promise<T>): Promise<T> {
  const folder = process.env.KEYPLAN_BENCH_PROFILE;
  if (!folder) return step();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await step();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  const file = join(folder, `${label}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  printHottest(profile, label, file);
  return result;
}

/** The 15 functions with the most self time (idle and program excluded). */
function printHottest(profile: CpuProfile, label: string, file: string): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') return;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log(`  profile ${label} → ${file}`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${ms.toFixed(0).padStart(7)} ms  ${key}`);
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; type?: string } };
}

/**
 * With KEYPLAN_BENCH_TRACE=<folder>: a Chromium trace of a step, and for every task over 50 ms on the
 * page's main thread what it spent its time on (layout, style, script by function, garbage collection).
 */
export async function traced<T>(page: Page, label: string, step: () => Promise<T>): Promise<T> {
  const folder = process.env.KEYPLAN_BENCH_TRACE;
  const browser = page.context().browser();
  if (!folder || !browser) return step();
  const file = join(folder, `${label}.trace.json`);
  await browser.startTracing(page, { path: file, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
  const result = await step();
  const buffer = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = traceEvents.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  const first = onMain[0]?.ts ?? 0;
  console.log(`  trace ${label} → ${file}: ${tasks.length} tasks over 50 ms on the main thread`);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const parts = new Map<string, number>();
    for (const e of onMain) {
      if (e === task || e.ts < task.ts || e.ts >= end || e.name === 'RunTask') continue;
      const what = e.name === 'FunctionCall' || e.name === 'EvaluateScript' ? `${e.name} ${e.args?.data?.functionName ?? ''} ${(e.args?.data?.url ?? '').split('/').pop() ?? ''}` : e.name === 'EventDispatch' ? `EventDispatch ${e.args?.data?.type ?? ''}` : e.name;
      parts.set(what, (parts.get(what) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([what, ms]) => `${what.trim()} ${ms.toFixed(0)}`);
    console.log(`    +${((task.ts - first) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(0)} ms — ${top.join(' · ')}`);
  }
  return result;
}
