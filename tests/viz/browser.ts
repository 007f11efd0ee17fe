/** Headless Debian chromium for the explorer's browser tests and benchmark (WebGL via SwiftShader). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

export async function openBrowser(viewport = { width: 1440, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { headless: true, executablePath: CHROMIUM, args: FLAGS, viewport });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Wait until the ForceAtlas2 worker has stopped moving nodes: the explorer draws first and lays
 * out afterwards, so first its `layoutDone`, then positions that no longer change.
 */
export async function settled(page: Page, timeoutMs = 15_000): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as { kgExplorer?: { layoutDone?: Promise<void> } }).kgExplorer?.layoutDone);
  await page.waitForFunction(
    () => {
      const w = globalThis as unknown as {
        kgExplorer?: { graph: { reduceNodes: (f: (a: number, n: string, x: { x: number; y: number }) => number, i: number) => number } };
        __kgLast?: number;
      };
      const g = w.kgExplorer?.graph;
      if (!g) return false;
      const sum = g.reduceNodes((acc, _n, a) => acc + a.x * 31 + a.y, 0);
      const same = w.__kgLast === sum;
      w.__kgLast = sum;
      return same;
    },
    undefined,
    { timeout: timeoutMs, polling: 700 },
  );
}

/** The page's explorer, typed loosely (the test project has no DOM lib). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Win = { kgExplorer: any; document: any; location: any };

/** Open the explorer at `path` (relative to `base`) and wait until it is ready. */
export async function openExplorer(page: Page, base: string, path = ''): Promise<void> {
  await page.goto(new URL(path, base).toString());
  await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
}

/** Wait for the layout to stop and the camera to finish moving. */
export async function still(page: Page): Promise<void> {
  await settled(page);
  // The layout may stop moving nodes before its run ends; the end re-fits the camera (camera-control.ts).
  await page.evaluate(() => (globalThis as unknown as Win).kgExplorer.layoutDone);
  await page.evaluate(() => (globalThis as unknown as Win).kgExplorer.cameraDone);
  await page.waitForTimeout(100);
}
