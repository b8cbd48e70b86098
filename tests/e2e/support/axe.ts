/**
 * axe-core in the page under test. The app's CSP forbids inline scripts, so the library is not added
 * as a script tag: its source is evaluated through the DevTools protocol (Playwright's evaluate), which
 * a page's CSP does not govern. Only what axe rates critical or serious is returned, one line per rule
 * with the first elements it names, so a failing test says what to fix and where.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function seriousViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (loaded !== true) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    interface AxeNode {
      target: string[];
      failureSummary?: string;
    }
    interface AxeResult {
      id: string;
      impact: string | null;
      nodes: AxeNode[];
    }
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeResult[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => `${v.impact ?? ''} ${v.id}: ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 160)}`).join(' | ')}${v.nodes.length > 3 ? ` (+${String(v.nodes.length - 3)} more)` : ''}`);
  });
}
