/**
 * The narrow layout of the elements with filters (<partner-directory>, <event-list>): under a container width
 * of about 40em the count comes first and the filters collapse behind one disclosure button. The container is
 * the element, not the viewport: a 240 px sidebar on a 1280 px screen is narrow.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { LitElement, TemplateResult } from 'lit';
import '../partner-directory/partner-directory.js';
import '../event-list/event-list.js';
import { COMMON_MESSAGES } from './messages.js';
import { eventSummary, organisationSummary } from './testing/items.js';
import {
  $,
  $$,
  expectSaidOnce,
  focused,
  json,
  problemAnswer,
  restoreFetch,
  settled,
  stubFetch,
  type Responder,
} from './testing/fetch-stub.js';

// ---- a stubbed API ---------------------------------------------------------------------------------

const organisation = (n: number) => organisationSummary(n, { logo: null, website: null, regions: [] });

/** Region counts as the API sends them: by count, areas and counties mixed, each with its kind. */
const REGION_FACETS = [
  { value: 'vantaa-kerava', label: 'Vantaa ja Kerava', kind: 'wellbeing_services_county', count: 9 },
  { value: 'yta-sisa-suomi', label: 'Sisä-Suomen yhteistyöalue', kind: 'collaborative_area', count: 7 },
  { value: 'helsinki', label: 'Helsingin kaupunki', kind: 'city', count: 5 },
  { value: 'yta-etela-suomi', label: 'Etelä-Suomen yhteistyöalue', kind: 'collaborative_area', count: 4 },
  { value: 'ita-uusimaa', label: 'Itä-Uusimaa', kind: 'wellbeing_services_county', count: 2 },
];

const directoryAnswer: Responder = () =>
  json({
    data: [organisation(1), organisation(2)],
    meta: {
      page: 1,
      pageSize: 12,
      total: 2,
      pageCount: 1,
      facets: {
        region: REGION_FACETS,
        topic: [{ value: 'mielenterveys', label: 'Mielenterveys', count: 2 }],
        kind: [{ value: 'association', label: 'Yhdistys', count: 2 }],
      },
    },
  });

const event = (n: number) => eventSummary(n, { description: null, endsAt: null, attendanceMode: 'online', place: null, organisers: [] });

const eventAnswer: Responder = () =>
  json({
    data: [event(1), event(2)],
    meta: {
      page: 1,
      pageSize: 10,
      total: 2,
      pageCount: 1,
      facets: { region: [], topic: [{ value: 'vertaistuki', label: 'Vertaistuki', count: 2 }], mode: [], language: [], free: [] },
    },
  });

// ---- helpers ---------------------------------------------------------------------------------------

const ELEMENTS: { tag: string; element: TemplateResult; answer: Responder; toggleText: string; count: string }[] = [
  {
    tag: 'partner-directory',
    element: html`<partner-directory api="https://cms.test" lang="fi"></partner-directory>`,
    answer: directoryAnswer,
    toggleText: 'Rajaa hakua',
    count: '2 toimijaa',
  },
  {
    tag: 'event-list',
    element: html`<event-list api="https://cms.test" lang="fi" filters="text dates topic mode free"></event-list>`,
    answer: eventAnswer,
    toggleText: 'Rajaa tapahtumia',
    count: '2 tapahtumaa',
  },
];

const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
const toggle = (el: Element) => $<HTMLButtonElement>(el, '[part="filter-toggle"]')!;
const filters = (el: Element) => $(el, '#filters')!;
const shown = (node: Element) => node.checkVisibility();

/** `element` placed in a box `width` wide, loaded, with its filters (the event list's dates arrive in a module of their own). */
async function mountIn(element: TemplateResult, width: string): Promise<LitElement> {
  const box = await fixture(html`<div style=${`width: ${width}`}>${element}</div>`);
  const el = box.firstElementChild as LitElement;
  await settled(el);
  if (el.getAttribute('filters')?.includes('dates'))
    await waitUntil(() => $(el, 'input[name="when"]'), 'the dates filter', { timeout: 3000 });
  return el;
}

/** Presses `key` on the disclosure button: it says whether it is `open`, keeps focus, shows or hides the filters, and axe finds nothing. */
async function pressToggle(el: LitElement, key: 'Enter' | 'Space', open: boolean): Promise<void> {
  const button = toggle(el);
  button.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
  expect(button.getAttribute('aria-expanded')).to.equal(String(open));
  expect(focused(el)).to.equal(button);
  expect(shown(filters(el))).to.equal(open);
  await expect(el).to.be.accessible();
}

afterEach(() => {
  restoreFetch();
});

// ---- tests -----------------------------------------------------------------------------------------

describe('narrow layout of the elements with filters', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  for (const { tag, element, answer, toggleText, count } of ELEMENTS) {
    describe(`<${tag}>`, () => {
      it('in a 240 px sidebar on a wide screen, hides the filters behind a button that opens them with the keyboard', async () => {
        stubFetch(answer);
        const el = await mountIn(element, '240px');
        const button = toggle(el);
        expect(shown(button)).to.be.true;
        expect(shown(filters(el))).to.be.false;
        expect(text(button)).to.equal(toggleText);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(button.getAttribute('aria-controls')).to.equal(filters(el).id);
        await expect(el).to.be.accessible();

        await pressToggle(el, 'Enter', true);

        // The filters come right after the button: Tab reaches them.
        await sendKeys({ press: 'Tab' });
        expect(filters(el).contains(focused(el))).to.be.true;

        const box = $<HTMLInputElement>(el, '#filters input[type="checkbox"]')!;
        box.focus();
        await sendKeys({ press: 'Space' });
        await settled(el);
        expect(box.checked).to.be.true;
        expect(text(button), 'the active filters counted in the name').to.equal(`${toggleText} (1)`);
        expect(shown(filters(el)), 'stays open while choosing').to.be.true;

        await pressToggle(el, 'Space', false);
        await pressToggle(el, 'Space', true);
      });

      it('says the number of results before the filters when narrow, the status line staying the live region', async () => {
        stubFetch(answer);
        const el = await mountIn(element, '240px');
        const countFirst = $(el, '.result-count')!;
        expect(text(countFirst)).to.equal(count);
        // Heard once, from the status line: the count line is only for the eye.
        expect(countFirst.getAttribute('aria-hidden')).to.equal('true');
        expect(shown(countFirst)).to.be.true;
        // In reading order (DOM) and on screen, the count comes before the filters and the results.
        expect(countFirst.compareDocumentPosition(filters(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
        toggle(el).click();
        await el.updateComplete;
        expect(countFirst.getBoundingClientRect().bottom).to.be.at.most(filters(el).getBoundingClientRect().top);
        // The status line says the same: still announced, but shown once.
        const status = $(el, '[role="status"]')!;
        expect(text(status)).to.equal(count);
        expect(status.getBoundingClientRect().width).to.be.at.most(1);
      });

      it('says a failure once in the sidebar: the count line, hidden from screen readers, shows no error text', async () => {
        sessionStorage.clear(); // no copy kept from the tests before: the error itself
        stubFetch(() => problemAnswer(503));
        const el = await mountIn(element, '240px');
        // The directory's filters come with its results, so it has no count line then; the event list keeps its.
        for (const line of $$(el, '.result-count')) {
          expect(line.getAttribute('aria-hidden')).to.equal('true');
          expect(text(line)).to.equal('');
        }
        expectSaidOnce(el, COMMON_MESSAGES.fi.errorTitle);
        await expect(el).to.be.accessible();
      });

      it('shows the filters and the status line, and no button, when wide', async () => {
        stubFetch(answer);
        const el = await mountIn(element, '1000px');
        expect(shown(toggle(el))).to.be.false;
        expect(shown(filters(el))).to.be.true;
        expect(shown($(el, '.result-count')!)).to.be.false;
        expect($(el, '[role="status"]')!.getBoundingClientRect().width).to.be.greaterThan(1);
      });

      it('does not scroll sideways at 320 px, with the filters open', async () => {
        await setViewport({ width: 320, height: 640 });
        try {
          stubFetch(answer);
          const el = await mountIn(element, 'auto');
          toggle(el).click();
          await el.updateComplete;
          expect(shown(filters(el))).to.be.true;
          expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
          expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        } finally {
          await setViewport({ width: 1280, height: 800 });
        }
      });
    });
  }

  describe('<partner-directory> regions', () => {
    const regionGroups = (el: Element) =>
      $$(el, '[part="filter-group"]')
        .find((group) => text(group.querySelector('legend')) === 'Alue')!
        .querySelectorAll('fieldset');
    const grouped = (el: Element) =>
      [...regionGroups(el)].map((group) => [
        text(group.querySelector('legend')),
        [...group.querySelectorAll<HTMLInputElement>('input')].map((box) => box.value),
      ]);

    it('groups the regions in one control: collaborative areas first, then the counties and Helsinki', async () => {
      stubFetch(directoryAnswer);
      const el = await mountIn(html`<partner-directory api="https://cms.test" lang="fi"></partner-directory>`, '240px');
      expect(grouped(el)).to.deep.equal([
        ['Yhteistyöalueet', ['yta-etela-suomi', 'yta-sisa-suomi']],
        ['Hyvinvointialueet ja Helsinki', ['helsinki', 'ita-uusimaa', 'vantaa-kerava']],
      ]);
      toggle(el).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('keeps a ticked area in its group when new counts leave it out', async () => {
      stubFetch((url) =>
        url.searchParams.get('topic')
          ? json({
              data: [],
              meta: { page: 1, pageSize: 12, total: 0, pageCount: 0, facets: { region: REGION_FACETS.slice(0, 1), topic: [], kind: [] } },
            })
          : directoryAnswer(url, new AbortController().signal),
      );
      const el = await mountIn(html`<partner-directory api="https://cms.test" lang="fi"></partner-directory>`, '1000px');
      $<HTMLInputElement>(el, 'input[value="yta-sisa-suomi"]')!.click();
      await settled(el);
      $<HTMLInputElement>(el, 'input[value="mielenterveys"]')!.click();
      await settled(el);
      expect(grouped(el)).to.deep.equal([
        ['Yhteistyöalueet', ['yta-sisa-suomi']],
        ['Hyvinvointialueet ja Helsinki', ['vantaa-kerava']],
      ]);
    });

    it('lists the regions without groups when the API does not say their kinds', async () => {
      stubFetch(async (url, signal) => {
        const body = await (await directoryAnswer(url, signal)).json();
        body.meta.facets.region = REGION_FACETS.map(({ kind: _kind, ...facet }) => facet);
        return json(body);
      });
      const el = await mountIn(html`<partner-directory api="https://cms.test" lang="fi"></partner-directory>`, '1000px');
      expect(regionGroups(el)).to.have.length(0);
      expect($$(el, 'input[name="region"]')).to.have.length(REGION_FACETS.length);
    });
  });
});
