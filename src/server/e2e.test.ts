/**
 * End to end in a real browser: Debian's Chromium (never a downloaded one)
 * drives the web UI of `isnad serve` over a base ingested from the fixtures.
 * Screenshots of each page go to test-output/e2e/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { analyse } from '../pipeline/analyse.js';
import { openStore, type Store } from '../store/index.js';
import { ingestFolder } from './fixture-base.js';
import { startServer, type RunningServer } from './server.js';
import { DEFAULT_WEB_ROOT } from './static.js';

const CHROMIUM = process.env['ISNAD_CHROMIUM'] ?? '/usr/bin/chromium';
const FIXTURES = fileURLToPath(new URL('../../src/server/fixtures/', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(REPO, 'test-output', 'e2e');
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing: install it with apt-get install -y chromium`;

let store: Store;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
let profile: string;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await page.screenshot({ path: join(SHOTS, `${name}-full.png`), fullPage: true });
}

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** One attribute of every matching element, read in one go (no race with a re-render). */
async function attributes(selector: string, name: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els, attr) => els.map((e) => e.getAttribute(attr) ?? ''), name);
}

describe('web UI in Chromium', { skip }, () => {
  before(async () => {
    if (!existsSync(join(DEFAULT_WEB_ROOT, 'index.html'))) {
      const vite = await import('vite');
      await vite.build({ configFile: join(REPO, 'web', 'vite.config.ts'), logLevel: 'warn' });
    }
    mkdirSync(SHOTS, { recursive: true });
    store = await openStore(':memory:');
    const r = await ingestFolder(store, FIXTURES, analyse);
    assert.equal(r.failed, 0);
    server = await startServer(store, { analyse, webRoot: DEFAULT_WEB_ROOT, port: 0, host: '127.0.0.1' });
    profile = mkdtempSync(join(tmpdir(), 'isnad-chromium-'));
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1360, height: 900 },
      locale: 'ar',
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
  });

  after(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test('search, the founding example with Haftar and the Reuters attribution, his entity page', async () => {
    await page.goto(server.url);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    const fontReady = await page.evaluate('document.fonts.ready.then(() => document.fonts.check(\'16px "Noto Naskh Arabic"\', "حفتر"))');
    assert.equal(fontReady, true, 'the bundled Arabic font is loaded');
    const family = await page.evaluate('getComputedStyle(document.body).fontFamily');
    assert.match(String(family), /Noto Naskh Arabic/);

    await page.fill('input[type=search]', 'حفتر روسيا');
    await page.press('input[type=search]', 'Enter');
    await page.waitForURL(/\?q=/);
    const hit = page.locator('.hit', { hasText: 'تقارير: حفتر طلب من روسيا' });
    await hit.waitFor();
    assert.ok((await hit.locator('mark').count()) > 0, 'the snippet marks the match');
    await shot('1-search');

    await hit.locator('a.hit-title').click();
    await page.waitForURL(/\/doc\/[0-9a-f]{64}$/);
    const persons = page.locator('article a.ent[data-entity-type="PER"]');
    await persons.first().waitFor();
    const names = (await persons.allTextContents()).map(squash);
    assert.ok(names.includes('خليفة حفتر'), `persons highlighted: ${names.join('، ')}`);
    const reuters = page.locator('li.attr[data-source*="رويترز"]');
    assert.ok((await reuters.count()) >= 1, 'a Reuters attribution is drawn');
    const first = reuters.first();
    assert.ok((await first.locator('.attr-content').textContent())?.includes('حفتر'));
    assert.ok(['assert', 'none'].includes((await first.locator('[data-stance]').getAttribute('data-stance')) ?? ''));
    await first.hover();
    assert.ok((await page.locator('article .in-content').count()) > 0, 'hovering an attribution marks its content in the text');
    assert.ok((await page.locator('article .qty').count()) > 0, 'quantities marked');
    assert.ok((await page.locator('article .time').count()) > 0, 'times marked');
    await page.mouse.move(0, 0);
    await shot('2-article');

    await page.locator('article a.ent[data-entity-type="PER"]', { hasText: 'خليفة' }).first().click();
    await page.waitForURL(/\/entity\/\d+$/);
    await page.locator('.entity-head h2').waitFor();
    assert.equal(squash(await page.locator('.entity-head h2').textContent()), 'خليفة حفتر');
    await page.locator('[data-testid=network] canvas').first().waitFor();
    assert.ok((await page.locator('.timeline rect.bar').count()) >= 2, 'timeline over the dated documents');
    assert.ok((await page.locator('.mentions li').count()) >= 2, 'mentions across documents');
    await page.waitForTimeout(300);
    await shot('3-entity');
  });

  test('events explorer and the analyse box', async () => {
    await page.goto(`${server.url}events`);
    await page.locator('.events-table tbody tr').first().waitFor();
    await page.selectOption('.events-page select >> nth=0', 'REQUEST');
    await page.click('.events-page button[type=submit]');
    await page.waitForURL(/type=REQUEST/);
    // The table re-renders with the filtered rows: wait until only those remain.
    // A function, not a string: a string predicate is evaluated with eval, which the page's CSP forbids.
    await page.waitForFunction(() => {
      type Cell = { getAttribute(name: string): string | null };
      const doc = (globalThis as unknown as { document: { querySelectorAll(selector: string): ArrayLike<Cell> } }).document;
      const cells = Array.from(doc.querySelectorAll('.events-table tbody [data-event-type]'));
      return cells.length > 0 && cells.every((c) => c.getAttribute('data-event-type') === 'REQUEST');
    });
    const types = await attributes('.events-table tbody [data-event-type]', 'data-event-type');
    assert.ok(types.length > 0 && types.every((t) => t === 'REQUEST'), `types: ${types.join(',')}`);
    await shot('4-events');

    await page.goto(`${server.url}analyse`);
    await page.fill('textarea', 'قال المتحدث باسم الأمم المتحدة إن المنظمة ستقدم مساعدات بقيمة 5 ملايين دولار إلى ليبيا.');
    await page.click('.analyse-page button[type=submit]');
    await page.locator('article a.ent').first().waitFor();
    const types2 = await attributes('article a.ent', 'data-entity-type');
    assert.ok(types2.length >= 2, `entities: ${types2.join(',')}`);
    assert.ok((await page.locator('article .qty').count()) >= 1);
    await shot('5-analyse');
  });
});
