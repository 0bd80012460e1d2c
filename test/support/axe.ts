import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core, run inside the page by playwright: the accessibility rules (WCAG 2.x A and AA, and axe's best
// practices) over the page as the user sees it. Serious and critical findings fail a test; the others are
// reported by axe but left to review.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FAILING = new Set(['serious', 'critical']);

export interface AxeFinding {
  page: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

declare global {
  interface Window {
    axe?: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> };
  }
}

/** Serious and critical findings on the page as it is now (axe injected when it is not there yet). */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the debugging protocol: the app's Content Security Policy (script-src 'self') refuses an inline script tag.
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(AXE_SOURCE);
  const where = new URL(page.url()).pathname;
  const { violations } = await page.evaluate(() => window.axe!.run(document, { resultTypes: ['violations'] }));
  return violations
    .filter((v) => FAILING.has(v.impact ?? ''))
    .map((v) => ({ page: where, rule: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ').trim()})` : ''}`) }));
}

/** Fails with each serious or critical finding on the page as it is now, named by page, rule and element. */
export async function expectAccessible(page: Page): Promise<void> {
  const findings = await axeFindings(page);
  expect(describe(findings)).toEqual([]);
}

function describe(findings: AxeFinding[]): string[] {
  return findings.map((f) => `${f.page}: ${f.impact} ${f.rule} (${f.help}) at ${f.targets.join(', ')}`);
}

/**
 * Checks every page the test visits: after each navigation of the main frame (a link followed inside the app
 * too), once the page has its heading, axe runs over it. Call `expectNoFindings()` at the end of the test.
 * A page left before it was checked is listed in `unchecked`, not failed: the test moved on faster than axe.
 */
export function auditEveryPage(page: Page) {
  const findings: AxeFinding[] = [];
  const checked: string[] = [];
  const unchecked: string[] = [];
  let queue = Promise.resolve();
  const check = (path: string) => {
    queue = queue.then(async () => {
      try {
        await page.locator('h1').first().waitFor({ timeout: 30_000 });
        if (new URL(page.url()).pathname !== path) return void unchecked.push(path);
        findings.push(...(await axeFindings(page)));
        checked.push(path);
      } catch {
        unchecked.push(path);
      }
    });
  };
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) check(new URL(frame.url()).pathname);
  });
  return {
    checked,
    unchecked,
    findings,
    /** Waits for the checks under way: call before leaving a page that must be checked, not only listed as unchecked. */
    async settled(): Promise<void> {
      await queue;
    },
    /** Waits for the checks under way, then fails with every serious or critical finding met. */
    async expectNoFindings(): Promise<void> {
      await queue;
      expect(describe(findings)).toEqual([]);
    },
  };
}
