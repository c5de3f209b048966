/**
 * An editor's path to a recurring event in Chromium: on an event's page in the Content Manager the series is a
 * form, not JSON. Weekly on Tuesday, ten times, saved and published, lists ten occurrences in the public API; a
 * rule the server refuses (a thousand occurrences) shows its reason beside the number, and nothing is saved. A
 * new event gets its series on the create page, with its start typed in the date field.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import type { EventSummary, Recurrence } from '@kumppani/contract';
import { seededCms, type SeededCms } from '../helpers/api';
import { axeViolations, launchBrowser, logIn, openPage } from '../helpers/browser';
import { APP_DIR } from '../helpers/strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureAdminBuild } = require(path.join(APP_DIR, 'scripts', 'admin-build.js'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEMO_ADMIN_DEFAULTS } = require(path.join(APP_DIR, 'src', 'demo', 'admin-account.js'));

type Docs = {
  create(params: unknown): Promise<{ documentId: string }>;
  findOne(params: unknown): Promise<{ recurrence: unknown; publishedAt: string | null } | null>;
};

/** A word no demo text has, so that `q` finds this test's event only. */
const WORD = 'sarjalomake';
/** A Tuesday, 17–19 on the Helsinki clock. */
const EVENT = {
  title: `Vertaisryhmä ${WORD}`,
  slug: 'vertaisryhma-sarjalomake',
  startsAt: '2027-03-02T15:00:00.000Z',
  endsAt: '2027-03-02T17:00:00.000Z',
  attendanceMode: 'offline',
};

/** The element of the accessibility tree with this role and name (how a screen reader finds it). */
const ariaSelector = (role: string, name: string) => `::-p-aria([name="${name}"][role="${role}"])`;
const byRole = (page: Page, role: string, name: string) => page.waitForSelector(ariaSelector(role, name));
/** Clicks it, found again when the page has rendered it anew meanwhile. */
const click = (page: Page, role: string, name: string) => page.locator(ariaSelector(role, name)).click();

describe('the series form of an event in the Strapi admin', () => {
  let cms: SeededCms;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let documentId: string;
  const docs = () => cms.strapi.documents('plugin::kumppani.event' as never) as unknown as Docs;
  const storedSeries = async () => (await docs().findOne({ documentId, locale: 'fi', status: 'draft' }))?.recurrence;

  before(async () => {
    ensureAdminBuild({ log: () => {} });
    cms = await seededCms({ admin: true, env: { KUMPPANI_DEMO_ADMIN: 'on' } });
    ({ documentId } = await docs().create({ data: EVENT, locale: 'fi' }));
    browser = await launchBrowser();
    ({ page, problems } = await openPage(browser, { width: 1440, height: 1000 }));
  });
  after(async () => {
    await browser?.close();
    await cms?.close();
  });

  it('saves weekly on Tuesday ten times, whose occurrences the public API lists once published, and shows a refused rule’s reason', async () => {
    await logIn(page, cms.baseUrl, DEMO_ADMIN_DEFAULTS);
    await page.goto(`${cms.baseUrl}/admin/content-manager/collection-types/plugin::kumppani.event/${documentId}?plugins[i18n][locale]=fi`);
    await byRole(page, 'radio', 'Weekly');
    assert.equal(
      await (await byRole(page, 'radio', 'Does not repeat'))!.evaluate((element) => element.getAttribute('aria-checked')),
      'true',
    );

    await click(page, 'radio', 'Weekly');
    // The start's weekday is offered; the editor keeps Tuesday only.
    const tuesday = await byRole(page, 'checkbox', 'Tuesday');
    assert.equal(await tuesday!.evaluate((element) => element.getAttribute('aria-checked')), 'true');
    assert.equal(await (await byRole(page, 'checkbox', 'Monday'))!.evaluate((element) => element.getAttribute('aria-checked')), 'false');
    await page.locator(ariaSelector('spinbutton', 'Number of occurrences')).fill('10');
    // Rows of skipped dates and changed occurrences come and go; the whole form passes axe with them.
    await click(page, 'button', 'Add a skipped date');
    await click(page, 'button', 'Add a changed occurrence');
    await click(page, 'radio', 'Moved');
    await page.waitForSelector('::-p-aria([name="New start (Finnish time)"])');
    assert.deepEqual(await axeViolations(page, '[data-kumppani-series]'), []);
    await click(page, 'button', 'Remove skipped date 1');
    await click(page, 'button', 'Remove changed occurrence 1');

    await click(page, 'button', 'Save');
    const saved: Recurrence = {
      frequency: 'weekly',
      interval: 1,
      weekdays: ['TU'],
      monthlyBy: 'weekday',
      until: null,
      count: 10,
      exceptions: [],
      changes: [],
    };
    await waitFor(async () => JSON.stringify(await storedSeries()) === JSON.stringify(saved), 'the series saved');

    await click(page, 'button', 'Publish');
    await waitFor(async () => Boolean((await docs().findOne({ documentId, locale: 'fi', status: 'published' }))?.publishedAt), 'published');
    const response = await cms.get(`events?q=${WORD}&start=2027-03-01&end=2027-06-30&pageSize=50`);
    assert.equal(response.status, 200, response.text.slice(0, 300));
    const occurrences = (response.json().data as EventSummary[]).map((event) => event.startsAt);
    assert.equal(occurrences.length, 10, JSON.stringify(occurrences));
    assert.equal(occurrences[0], '2027-03-02T15:00:00.000Z');
    // Tuesdays at 17:00 in Helsinki, in summer time from 28 March.
    assert.equal(occurrences[9], '2027-05-04T14:00:00.000Z');

    await page.locator(ariaSelector('spinbutton', 'Number of occurrences')).fill('1000');
    await click(page, 'button', 'Save');
    await page.waitForFunction(() => document.body.textContent!.includes('from 1 to 260'), { timeout: 15_000 });
    const described = await (await byRole(page, 'spinbutton', 'Number of occurrences'))!.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    assert.match(described, /The number of occurrences must be a whole number from 1 to 260/);
    assert.equal((await storedSeries()) && ((await storedSeries()) as Recurrence).count, 10);
    assert.deepEqual(
      problems.filter((problem) => problem.startsWith('exception')),
      [],
    );
  });

  it('creates an event with its series on the Content Manager’s create page', async () => {
    const word = 'luontilomake';
    // The admin enters times on the browser's clock: Helsinki's, as an editor in Finland.
    await page.emulateTimezone('Europe/Helsinki');
    await page.goto(`${cms.baseUrl}/admin/content-manager/collection-types/plugin::kumppani.event/create?plugins[i18n][locale]=fi`);
    await page.locator('input[name="title"]').fill(`Kävelyryhmä ${word}`);
    await page.locator('input[name="slug"]').fill(`kavelyryhma-${word}`);
    // The design system's date field takes the date typed in the admin's format (English: MM/DD/YYYY) on blur.
    // Its label is not tied to the input (Strapi's date-time field): the first date field after the label "Starts".
    const startDate = await page.evaluateHandle(() => {
      let element: Element | null = [...document.querySelectorAll('label')].find((label) => label.textContent!.startsWith('Starts'))!;
      while (element && !element.querySelector('input[role="combobox"]')) element = element.parentElement;
      return element!.querySelector('input[role="combobox"]')!;
    });
    await (startDate as unknown as ElementHandle<HTMLInputElement>).click();
    await page.keyboard.type('03/02/2027');
    await page.keyboard.press('Escape');
    await page.locator('input[name="title"]').click();

    await click(page, 'radio', 'Weekly');
    await page.waitForSelector(`${ariaSelector('checkbox', 'Tuesday')}[aria-checked="true"]`);
    await page.locator(ariaSelector('spinbutton', 'Number of occurrences')).fill('10');
    await click(page, 'button', 'Save');
    await page.waitForFunction(() => /\/plugin::kumppani\.event\/[a-z0-9]{20,}/.test(location.pathname), { timeout: 15_000 });
    await click(page, 'button', 'Publish');

    let occurrences: string[] = [];
    await waitFor(async () => {
      const response = await cms.get(`events?q=${word}&start=2027-03-01&end=2027-06-30&pageSize=50`);
      occurrences = (response.json().data as EventSummary[]).map((event) => event.startsAt);
      return occurrences.length > 0;
    }, 'the published series');
    assert.equal(occurrences.length, 10, JSON.stringify(occurrences));
    // Midnight on Tuesday 2 March in Helsinki, then nine Tuesdays more (summer time from 28 March).
    assert.equal(occurrences[0], '2027-03-01T22:00:00.000Z');
    assert.equal(occurrences[9], '2027-05-03T21:00:00.000Z');
  });
});

async function waitFor(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeout) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
