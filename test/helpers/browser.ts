/**
 * Headless Debian Chromium for the end-to-end suites, driven by puppeteer-core (no browser download).
 * Collects each page's console errors and failed requests, so a test can assert that a page ran cleanly,
 * and runs axe-core inside pages.
 */
import { readFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    // The machine has no internet: without these flags Chromium keeps trying Google's services.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Every Kumppani element, as a selector. */
export const WIDGETS = 'partner-directory, event-list, blog-feed, programme-list, organisation-detail, event-detail, post-article';

/**
 * Resolves once the page has a widget matching `selector` and every one of them has finished loading: it
 * shows cards (a detail element: its item), its empty, not-found or error state.
 */
export async function widgetsSettled(page: Page, selector = WIDGETS, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (widgets: string) => {
      const elements = [...document.querySelectorAll(widgets)];
      return (
        elements.length > 0 &&
        elements.every((element) => {
          const root = element.shadowRoot;
          return Boolean(
            root &&
            !root.querySelector('[aria-busy="true"]') &&
            root.querySelector('[part~="card"], [part~="article"], [part~="empty"], [part~="not-found"], [part~="error"]'),
          );
        })
      );
    },
    { timeout },
    selector,
  );
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests seen so far. */
  problems: string[];
}

export async function openPage(browser: Browser, viewport = { width: 1200, height: 900 }): Promise<WatchedPage> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error instanceof Error ? error.message : String(error)}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  return { page, problems };
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the whole page, shadow roots included, or on the part of it that
 * `selector` names.
 */
export async function axeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (part: string | null) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const axe = (window as any).axe;
    const context = part ? document.querySelector(part) : document;
    if (!context) throw new Error(`axe: nothing matches ${part}`);
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return result.violations.map((violation: any) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node: { target: unknown }) => JSON.stringify(node.target)),
    }));
  }, selector ?? null);
}

/** The text of an element's shadow root (what a reader sees), whitespace collapsed. */
export function shadowText(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Logs `account` in to the Strapi admin at `baseUrl` and waits for its main navigation. */
export async function logIn(page: Page, baseUrl: string, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.waitForSelector('input[name="email"]');
  await page.type('input[name="email"]', account.email);
  await page.type('input[name="password"]', account.password);
  await page.click('button[type="submit"]');
  // The home page's main navigation has a link to the Content Manager for every admin.
  await page.waitForSelector('nav a[href$="/content-manager"]', { timeout: 30_000 });
}
