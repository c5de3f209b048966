/**
 * Test support (never bundled): the tests every list element (shared/list-controller.ts) must pass, run by
 * each element's own test file with its tag, route and a factory of API items: the loading, results, empty,
 * error and stale states, axe in each of them in fi, sv and en, paging or "show more" with the keyboard and
 * where focus goes, what the one status line announces, `heading-level`, and an error said once. The
 * element-specific rendering is tested in those files.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { UiLocale } from '../i18n.js';
import { COMMON_MESSAGES } from '../messages.js';
import {
  $,
  $$,
  calls,
  deferred,
  expectOutagesToKeepData,
  expectSaidOnce,
  itRegistersOnce,
  focused,
  goStale,
  headingLevel,
  hostPage,
  json,
  problemAnswer,
  restoreFetch,
  settled,
  stubFetch,
  type Responder,
} from './fetch-stub.js';

export interface ListSuite<Item> {
  tag: string;
  /** The API route of the list, e.g. `organisations`. */
  route: string;
  /** Item `n` as the API gives it; its title (in `[part="title"]`) is `title(n)`. */
  item(n: number): Item;
  title(n: number): string;
  /** More `meta` of the element's responses, e.g. facets. */
  meta?: Record<string, unknown>;
  /** Previous / next pages, or "show more" (pages appended). */
  paging: 'pages' | 'show-more';
  /** With "show more": the node focused when item `index` is the first new one. */
  focusedItem?(el: HTMLElement, index: number): Element | undefined;
  /** Attributes of every element the suite mounts, e.g. `page-size="12"` or `limit="12" paged`. */
  attributes: string;
  /** An attribute that starts another query, with its value: [name, value]. */
  requery: [string, string];
  /**
   * What the status line says in each UI language with 57 results, 12 per page: on the first page, after
   * the next page or "show more", for the other query (3 results) and with none.
   */
  announcements: Record<UiLocale, { first: string; next: string; requery: string; empty: string }>;
  /** How many levels item titles are below the results heading (event-list: 2, under its day headings). */
  titleDepth?: number;
  /** Imports the element's module a second time, as a host page that loads the script twice. */
  importAgain(): Promise<unknown>;
}

type ListElement = HTMLElement & { reload(): void; updateComplete: Promise<boolean> } & import('lit').LitElement;

const LANGS = ['fi', 'sv', 'en'] satisfies UiLocale[];
const TOTAL = 57;
const PAGE_SIZE = 12;

export const statusLine = (el: HTMLElement) => $(el, '[role="status"]')!;
const statusOf = (el: HTMLElement) => statusLine(el).textContent!.trim();
const titles = (el: HTMLElement) => $$(el, '[part="title"]').map((title) => title.textContent!.replace(/\s+/g, ' ').trim());
/** Nodes a screen reader hears as live: there must be one, the status line. */
const liveRegions = (el: HTMLElement) => $$(el, '[role="status"], [role="alert"], [role="log"], [aria-live]');

/**
 * The texts the status line takes while `action` runs and the list settles, each once, without the text it
 * had before: what a screen reader announces.
 */
export async function announcementsDuring(el: ListElement, action: () => Promise<unknown>): Promise<string[]> {
  const status = statusLine(el);
  const said: string[] = [statusOf(el)];
  const record = () => {
    const text = statusOf(el);
    if (text !== said.at(-1)) said.push(text);
  };
  const observer = new MutationObserver(record);
  observer.observe(status, { childList: true, characterData: true, subtree: true });
  try {
    await action();
    await settled(el);
    observer.takeRecords();
    record();
  } finally {
    observer.disconnect();
  }
  return said.slice(1);
}

export function describeListElement<Item>(suite: ListSuite<Item>): void {
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
  const body = (numbers: number[], meta: { page?: number; total?: number } = {}) => {
    const total = meta.total ?? TOTAL;
    return {
      data: numbers.map((n) => suite.item(n)),
      meta: { page: meta.page ?? 1, pageSize: PAGE_SIZE, total, pageCount: Math.ceil(total / PAGE_SIZE), ...suite.meta },
    };
  };
  /** 57 results, 12 a page; the other query has 3. */
  const answer: Responder = (url) => {
    if (url.searchParams.get(suite.requery[0]) === suite.requery[1]) return json(body([101, 102, 103], { total: 3 }));
    const page = Number(url.searchParams.get('page'));
    return json(body(range((page - 1) * PAGE_SIZE + 1, Math.min(page * PAGE_SIZE, TOTAL)), { page }));
  };
  const create = (lang: UiLocale, more = '', parentNode?: HTMLElement) =>
    fixture<ListElement>(`<${suite.tag} api="https://cms.test" lang="${lang}" ${suite.attributes} ${more}></${suite.tag}>`, { parentNode });
  const mount = async (lang: UiLocale = 'fi', more = '') => {
    const el = await create(lang, more);
    await settled(el);
    return el;
  };
  const pagerButton = (el: HTMLElement) =>
    $<HTMLButtonElement>(el, suite.paging === 'pages' ? '[data-page="next"]' : '[part="show-more"]')!;
  const firstPage = range(1, PAGE_SIZE).map(suite.title);
  const secondPage = range(PAGE_SIZE + 1, 2 * PAGE_SIZE).map(suite.title);
  const pressNext = async (el: ListElement) => {
    pagerButton(el).focus();
    await sendKeys({ press: 'Enter' });
  };
  const failure = (lang: UiLocale, reason: string) => `${COMMON_MESSAGES[lang].errorTitle} ${reason}`;

  describe(`<${suite.tag}>: the states every list shares`, () => {
    beforeEach(() => {
      sessionStorage.clear();
      history.replaceState(null, '', location.pathname);
    });
    afterEach(() => restoreFetch());

    itRegistersOnce(suite.tag, suite.importAgain);

    it('asks for the first page, shows it, and says how many there are', async () => {
      stubFetch(answer);
      const el = await mount();
      const request = calls[0]!.url;
      expect(request.origin + request.pathname).to.equal(`https://cms.test/api/kumppani/${suite.route}`);
      expect(request.searchParams.get('page')).to.equal('1');
      expect(request.searchParams.get('pageSize')).to.equal(String(PAGE_SIZE));
      expect(titles(el)).to.deep.equal(firstPage);
      expect(statusOf(el)).to.equal(suite.announcements.fi.first);
      expect(liveRegions(el)).to.have.length(1);
    });

    it('shows the empty state and says so in the status line', async () => {
      stubFetch(() => json(body([], { total: 0 })));
      const el = await mount();
      expect($(el, '[part="empty"]')).to.exist;
      expect($(el, '[part="list"]')).to.not.exist;
      expect(statusOf(el)).to.equal(suite.announcements.fi.empty);
    });

    for (const lang of LANGS) {
      it(`says an error once in ${lang}: seen in the error block, announced by the status line; Tab and Enter retry`, async () => {
        let fail = true;
        stubFetch((url, signal) => (fail ? problemAnswer(503) : answer(url, signal)));
        const el = await mount(lang);
        const message = failure(lang, COMMON_MESSAGES[lang].errorHttp.replace('{status}', '503'));
        expect($(el, '[part="list"]')).to.not.exist;
        expect(statusOf(el)).to.equal(message);
        expectSaidOnce(el, COMMON_MESSAGES[lang].errorTitle);
        expect(liveRegions(el)).to.have.length(1);
        await expect(el).to.be.accessible();

        fail = false;
        const retry = $<HTMLButtonElement>(el, '[part="error"] [part="retry-button"]')!;
        retry.focus();
        await sendKeys({ press: 'Enter' });
        await settled(el);
        expect($(el, '[part="error"]')).to.not.exist;
        expect(titles(el)).to.deep.equal(firstPage);
        expect(statusOf(el)).to.equal(suite.announcements[lang].first);
        // The retry button went with the error: focus is on the results heading, not lost to the page.
        expect(focused(el)?.id).to.equal('results-heading');
      });
    }

    it('shows an error, not a blank box, for a response that does not match the contract or is not JSON', async () => {
      stubFetch(() => json({ data: [{ title: 'no id, no slug' }], meta: {} }));
      const el = await mount();
      expect($(el, '[part="error"]')!.textContent).to.contain(COMMON_MESSAGES.fi.errorMalformed);
      expect(statusOf(el)).to.equal(failure('fi', COMMON_MESSAGES.fi.errorMalformed));
      stubFetch(() => Promise.resolve(new Response('<html>proxy error page</html>')));
      el.reload();
      await settled(el);
      expect($(el, '[part="retry-button"]')).to.exist;
      expect(statusOf(el)).to.equal(failure('fi', COMMON_MESSAGES.fi.errorMalformed));
    });

    it('aborts a slower request when another query starts, and shows only the newer result', async () => {
      stubFetch((url, signal) =>
        url.searchParams.get(suite.requery[0]) === suite.requery[1] ? answer(url, signal) : deferred(signal, body([1]), 2000),
      );
      const el = await create('fi');
      el.setAttribute(...suite.requery);
      await settled(el);
      expect(calls).to.have.length(2);
      expect(calls[0]!.signal.aborted).to.be.true;
      expect(calls[1]!.signal.aborted).to.be.false;
      expect(titles(el)).to.deep.equal([101, 102, 103].map(suite.title));
    });

    it('shows the last good response with a notice when the CMS is down, and says in the status line that it may be out of date', async () => {
      stubFetch(answer);
      const el = await mount();
      await expectOutagesToKeepData(el, () => titles(el));
      el.reload();
      await settled(el);
      await goStale(el);
      expect(titles(el)).to.deep.equal(firstPage);
      expect(statusOf(el)).to.equal(COMMON_MESSAGES.fi.staleStatus.replace('{status}', suite.announcements.fi.first));
      expect($(el, '[part="error"]')).to.not.exist;
    });

    for (const lang of LANGS) {
      it(`${suite.paging === 'pages' ? 'pages' : 'shows more'} with Enter in ${lang}: focus moves on, and the status line announces it once`, async () => {
        stubFetch(answer);
        const el = await mount(lang);
        const pageChange = oneEvent(el, 'kumppani-page-change');
        const said = await announcementsDuring(el, () => pressNext(el));
        expect((await pageChange).detail.page).to.equal(2);
        expect(calls.at(-1)!.url.searchParams.get('page')).to.equal('2');
        expect(said, 'one announcement, with the new count and page').to.deep.equal([suite.announcements[lang].next]);
        if (suite.paging === 'pages') {
          expect(titles(el)).to.deep.equal(secondPage);
          expect(focused(el)?.id).to.equal('results-heading');
        } else {
          expect(titles(el)).to.deep.equal([...firstPage, ...secondPage]);
          expect(focused(el)).to.equal(suite.focusedItem!(el, PAGE_SIZE));
        }
        expect(liveRegions(el)).to.have.length(1);
      });
    }

    for (const lang of LANGS) {
      it(`announces the count of another query once in ${lang}, from its first page`, async () => {
        stubFetch(answer);
        const el = await mount(lang);
        await pressNext(el);
        await settled(el);
        const said = await announcementsDuring(el, async () => el.setAttribute(...suite.requery));
        expect(said).to.deep.equal([suite.announcements[lang].requery]);
        expect(calls.at(-1)!.url.searchParams.get('page')).to.equal('1');
        expect(titles(el)).to.deep.equal([101, 102, 103].map(suite.title));
      });
    }

    if (suite.paging === 'show-more')
      it('keeps the items shown when "show more" fails, says the failure, and loads that page on retry', async () => {
        let fail = false;
        stubFetch((url, signal) => (fail ? problemAnswer(503) : answer(url, signal)));
        const el = await mount();
        fail = true;
        await pressNext(el);
        await settled(el);
        expect(titles(el)).to.deep.equal(firstPage);
        expect($(el, '[part="error"]')).to.exist;
        expect($(el, '[part="show-more"]')).to.not.exist;
        expect(statusOf(el)).to.contain('503');
        // The button pressed is gone: focus moves to the retry button that took its place.
        const retry = $<HTMLButtonElement>(el, '[part="error"] [part="retry-button"]')!;
        expect(focused(el)).to.equal(retry);
        fail = false;
        await sendKeys({ press: 'Enter' });
        await settled(el);
        expect(calls.at(-1)!.url.searchParams.get('page')).to.equal('2');
        expect(titles(el)).to.deep.equal([...firstPage, ...secondPage]);
        expect(focused(el)).to.equal(suite.focusedItem!(el, PAGE_SIZE));
      });

    it('keeps the stale notice while items from the kept copy are shown, and its retry brings them fresh', async () => {
      stubFetch(answer);
      const el = await mount();
      await goStale(el);
      await pressNext(el);
      await settled(el);
      expect(statusOf(el)).to.contain(suite.announcements.fi.next);
      if (suite.paging === 'pages') {
        // The next page replaces the kept one: nothing old is left.
        expect(titles(el)).to.deep.equal(secondPage);
        expect($(el, '[part="stale-notice"]')).to.not.exist;
        return;
      }
      // The first page still comes from the kept copy.
      expect(titles(el)).to.deep.equal([...firstPage, ...secondPage]);
      $<HTMLButtonElement>(el, '[part="stale-notice"] [part="retry-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(calls.at(-1)!.url.searchParams.get('page')).to.equal('1');
      expect(titles(el)).to.deep.equal(firstPage);
      expect($(el, '[part="stale-notice"]')).to.not.exist;
      expect(focused(el)?.id).to.equal('results-heading');
    });

    it('puts its headings at heading-level (1–6, default 2) and the titles below it; other values give 2', async () => {
      stubFetch(answer);
      const depth = suite.titleDepth ?? 1;
      for (const [attribute, level] of [
        ['', 2],
        ['heading-level="1"', 1],
        ['heading-level="4"', 4],
        ['heading-level="6"', 6],
        ['heading-level="0"', 2],
        ['heading-level="7"', 2],
        ['heading-level="kolme"', 2],
      ] as const) {
        const el = await mount('fi', attribute);
        const heading = $(el, '#results-heading')!.textContent!.trim();
        expect(await headingLevel(heading), `${attribute || 'no attribute'}: the results heading`).to.equal(level);
        expect(await headingLevel(titles(el)[0]!), `${attribute || 'no attribute'}: a title`).to.equal(Math.min(6, level + depth));
        if (depth > 1) {
          const group = $(el, '[part="group-heading"]')!.textContent!.trim();
          expect(await headingLevel(group), `${attribute || 'no attribute'}: a group heading`).to.equal(Math.min(6, level + 1));
        }
        el.remove();
      }
    });

    for (const scheme of ['light', 'dark'] as const)
      for (const lang of LANGS) {
        it(`is accessible in ${lang} on a ${scheme} page while loading, with results, stale, on the next page, empty and on error, with one live region`, async () => {
          let respond: Responder = (url, signal) => deferred(signal, body(range(1, PAGE_SIZE)), 300);
          stubFetch((url, signal) => respond(url, signal));
          const el = await create(lang, '', hostPage(scheme));
          expect(el.dataset.scheme, 'the palette of the page behind it').to.equal(scheme);
          const check = async (state: string) => {
            expect(liveRegions(el), state).to.have.length(1);
            await expect(el).to.be.accessible();
          };
          expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('true');
          expect($(el, '.placeholder'), 'space reserved while loading').to.exist;
          expect(statusOf(el)).to.equal(COMMON_MESSAGES[lang].loading);
          await check('loading');
          await settled(el);
          await check('results');
          await goStale(el);
          await check('stale');
          respond = answer;
          el.reload();
          await settled(el);
          await pressNext(el);
          await settled(el);
          await check('next page');
          respond = () => json(body([], { total: 0 }));
          el.setAttribute(...suite.requery);
          await settled(el);
          expect($(el, '[part="empty"]')).to.exist;
          await check('empty');
          respond = () => problemAnswer(500);
          el.setAttribute(suite.requery[0], 'muu'); // a new URL, so nothing cached for it
          await settled(el);
          expect($(el, '[part="error"]')).to.exist;
          await check('error');
        });
      }
  });
}
