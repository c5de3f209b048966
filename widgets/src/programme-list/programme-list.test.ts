import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ProgrammeSummary } from '@kumppani/contract';
import type { UiLocale } from '../shared/i18n.js';
import './programme-list.js';
import type { ProgrammeList } from './programme-list.component.js';
import {
  $,
  $$,
  calls,
  deferred,
  expectOutagesToKeepData,
  focused,
  goStale,
  json,
  langOf,
  restoreFetch,
  settled,
  stubFetch,
  type Responder,
} from '../shared/testing/fetch-stub.js';
import { jsonLdOf, ldScripts, listedThings } from '../shared/testing/json-ld.js';

// ---- a stubbed API ---------------------------------------------------------------------------------

function programme(n: number, overrides: Partial<ProgrammeSummary> = {}): ProgrammeSummary {
  return {
    id: `id-${n}`,
    slug: `hanke-${n}`,
    locale: 'fi',
    name: `Hanke ${n}`,
    description: `Kuvaus ${n}`,
    administrator: { slug: 'soste', name: 'SOSTE', locale: 'fi', url: null },
    partners: [
      { slug: 'mieli', name: 'MIELI', locale: 'fi', url: null },
      { slug: 'ehyt', name: 'EHYT', locale: 'fi', url: null },
    ],
    regions: [{ slug: 'vantaa-kerava', code: '01', kind: 'wellbeing_services_county', name: 'Vantaa ja Kerava' }],
    topics: [],
    startDate: '2025-01-01',
    endDate: '2027-12-31',
    status: 'active',
    website: `https://hanke-${n}.test/`,
    url: null,
    updatedAt: '2026-05-01T10:00:00+03:00',
    ...overrides,
  };
}

function listBody(items: ProgrammeSummary[], meta: { page?: number; pageCount?: number; total?: number } = {}) {
  return { data: items, meta: { page: meta.page ?? 1, pageSize: 10, total: meta.total ?? items.length, pageCount: meta.pageCount ?? 1 } };
}

/** Pages of `size` programmes out of `total`, numbered from 1 across pages, as the API would answer. */
function pagedResponder(total: number): Responder {
  return (url) => {
    const page = Number(url.searchParams.get('page'));
    const size = Number(url.searchParams.get('pageSize'));
    const items = Array.from({ length: Math.max(0, Math.min(size, total - (page - 1) * size)) }, (_, i) =>
      programme((page - 1) * size + i + 1),
    );
    return json(listBody(items, { page, total, pageCount: Math.ceil(total / size) }));
  };
}

// ---- helpers ---------------------------------------------------------------------------------------

const statusText = (el: ProgrammeList) => $(el, '[role="status"]')!.textContent!.trim();
const titles = (el: ProgrammeList) => $$(el, '[part="title"]').map((title) => title.textContent!.trim());
const textOf = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();

async function mount(template = html`<programme-list api="https://cms.test" lang="fi"></programme-list>`): Promise<ProgrammeList> {
  const el = await fixture<ProgrammeList>(template);
  await settled(el);
  return el;
}

beforeEach(() => {
  sessionStorage.clear();
});
afterEach(() => {
  restoreFetch();
});

// ---- tests -----------------------------------------------------------------------------------------

describe('<programme-list>', () => {
  it('is registered once even when its module runs twice', async () => {
    const registered = customElements.get('programme-list');
    expect(registered).to.exist;
    // A second copy of the script (a host loading it twice) must neither throw nor replace the class.
    await import('./programme-list.js?again' as string);
    expect(customElements.get('programme-list')).to.equal(registered);
  });

  it('requests programmes with the attribute filters, locale and limit, and renders them', async () => {
    stubFetch(() => json(listBody([programme(1), programme(2, { administrator: null, partners: [], regions: [], status: 'planned' })])));
    const el = await mount(
      html`<programme-list
        api="https://cms.test"
        lang="sv"
        region="vantaa-kerava,helsinki"
        organisation="soste"
        status="active, planned"
        topic="mielenterveys"
        limit="5"
      ></programme-list>`,
    );
    const request = calls[0]!.url;
    expect(request.origin + request.pathname).to.equal('https://cms.test/api/kumppani/programmes');
    expect(request.searchParams.get('region')).to.equal('vantaa-kerava,helsinki');
    expect(request.searchParams.get('organisation')).to.equal('soste');
    expect(request.searchParams.get('status')).to.equal('active,planned');
    expect(request.searchParams.get('topic')).to.equal('mielenterveys');
    expect(request.searchParams.get('locale')).to.equal('sv');
    expect(request.searchParams.get('pageSize')).to.equal('5');
    expect(request.searchParams.get('page')).to.equal('1');
    expect(titles(el)).to.deep.equal(['Hanke 1', 'Hanke 2']);
    expect(statusText(el)).to.equal('2 projekt');
    const [first, second] = $$(el, '[part="card"]');
    const facts = (card: HTMLElement) => [...card.querySelectorAll('dl > div')].map((row) => [...row.children].map(textOf).join(' '));
    expect(facts(first!)).to.deep.equal([
      'Status Pågår',
      'Genomförandetid 1 jan. 2025 – 31 dec. 2027',
      'Huvudman SOSTE',
      'Partner MIELI, EHYT',
      'Områden Vantaa ja Kerava',
    ]);
    expect(facts(second!)).to.deep.equal(['Status Planeras', 'Genomförandetid 1 jan. 2025 – 31 dec. 2027']);
    // Without item-href the name links to the website.
    expect(first!.querySelector<HTMLAnchorElement>('[part="title"] a')!.href).to.equal('https://hanke-1.test/');
    await expect(el).to.be.accessible();
  });

  it('formats the period in Helsinki time with <time datetime>, "ongoing" without an end', async () => {
    const zones: (string | undefined)[] = [];
    const RealDateTimeFormat = Intl.DateTimeFormat;
    Intl.DateTimeFormat = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      zones.push(options?.timeZone);
      return new RealDateTimeFormat(locales, options);
    } as typeof Intl.DateTimeFormat;
    try {
      stubFetch(() => json(listBody([programme(1), programme(2, { endDate: null }), programme(3, { startDate: null })])));
      for (const [lang, expected] of [
        ['fi', ['1.1.2025 – 31.12.2027', '1.1.2025 – toistaiseksi', '31.12.2027 asti']],
        ['sv', ['1 jan. 2025 – 31 dec. 2027', '1 jan. 2025 – tills vidare', 'till och med 31 dec. 2027']],
        ['en', ['1 Jan 2025 – 31 Dec 2027', '1 Jan 2025 – ongoing', 'until 31 Dec 2027']],
      ] as const) {
        const el = await mount(html`<programme-list api="https://cms.test" lang=${lang}></programme-list>`);
        expect($$(el, '[part="period"]').map(textOf)).to.deep.equal(expected);
        expect($$(el, '[part="period"]')[0]!.querySelectorAll('time')[1]!.getAttribute('datetime')).to.equal('2027-12-31');
      }
    } finally {
      Intl.DateTimeFormat = RealDateTimeFormat;
    }
    expect(zones.length).to.be.greaterThan(0);
    expect(zones.every((zone) => zone === 'Europe/Helsinki')).to.be.true;
  });

  it('says every status in words', async () => {
    stubFetch(() =>
      json(listBody((['planned', 'active', 'completed', 'cancelled'] as const).map((status, i) => programme(i, { status })))),
    );
    const el = await mount(html`<programme-list api="https://cms.test" lang="en"></programme-list>`);
    expect($$(el, '[part="programme-status"]').map(textOf)).to.deep.equal(['Planned', 'Ongoing', 'Completed', 'Cancelled']);
  });

  it('builds links from item-href and keeps the website as a second link named with the programme', async () => {
    stubFetch(() => json(listBody([programme(1)])));
    const el = await mount(html`<programme-list api="https://cms.test" lang="fi" item-href="/hankkeet/{slug}"></programme-list>`);
    expect($(el, '[part="title"] a')!.getAttribute('href')).to.equal('/hankkeet/hanke-1');
    expect(textOf($(el, '[part="website"]'))).to.equal('Verkkosivut: Hanke 1');
  });

  it('marks programmes whose language differs from the UI language', async () => {
    stubFetch(() => json(listBody([programme(1, { locale: 'fi', url: null }), programme(2, { locale: 'en' })])));
    const el = await mount(html`<programme-list api="https://cms.test" lang="en"></programme-list>`);
    const cards = $$(el, '[part="card"]');
    expect(cards[0]!.getAttribute('lang')).to.equal('fi');
    expect(cards[1]!.hasAttribute('lang')).to.be.false;
    expect(cards[0]!.querySelector('[part="period"]')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    // Region names come in the requested (UI) language.
    const regions = [...cards[0]!.querySelectorAll('dd')].find((dd) => dd.previousElementSibling!.textContent === 'Regions')!;
    expect(langOf(regions)).to.equal('en');
  });

  it('marks its Finnish texts as Finnish on a page in another language, but not the heading the host gives', async () => {
    stubFetch(() => json(listBody([programme(1), programme(2, { locale: 'en' })])));
    const wrapper = await fixture(html`<div lang="de"><programme-list api="https://cms.test" heading="Projekte"></programme-list></div>`);
    const el = wrapper.querySelector('programme-list')!;
    await settled(el);
    expect(langOf($(el, '[role="status"]'))).to.equal('fi');
    expect(langOf($(el, '#results-heading > *'))).to.equal('de');
    const cards = $$(el, '[part="card"]');
    expect(langOf(cards[0]!)).to.equal('fi');
    expect(cards[1]!.getAttribute('lang')).to.equal('en');
    expect(langOf(cards[1]!.querySelector('[part="period"]'))).to.equal('fi');
  });

  it('shows the empty state', async () => {
    stubFetch(() => json(listBody([], { total: 0, pageCount: 0 })));
    const el = await mount();
    expect($(el, '[part="empty"]')).to.exist;
    expect($(el, '[part="list"]')).to.not.exist;
    expect($(el, '[part="show-more"]')).to.not.exist;
    expect(statusText(el)).to.equal('Valinnoilla ei löytynyt yhtään hanketta.');
  });

  it('shows an error with a retry button that recovers', async () => {
    let fail = true;
    stubFetch(() => (fail ? json({ type: 'x', title: 'down', status: 503 }, 503) : json(listBody([programme(1)]))));
    const el = await mount();
    expect($(el, '[part="error"]')!.textContent).to.contain('503');
    expect($(el, '[part="list"]')).to.not.exist;
    fail = false;
    $<HTMLButtonElement>(el, '[part="error"] button')!.click();
    await settled(el);
    expect($(el, '[part="error"]')).to.not.exist;
    expect(titles(el)).to.deep.equal(['Hanke 1']);
    expect(calls).to.have.length(2);
  });

  it('shows an error state for a malformed response', async () => {
    stubFetch(() => json({ data: [{ name: 'no id', status: 'unknown' }], meta: {} }));
    const el = await mount();
    expect($(el, '[part="error"]')!.textContent).to.contain('odottamattoman muotoinen');
    expect($(el, '[part="retry-button"]')).to.exist;
    expect(statusText(el)).to.equal('Tietojen haku epäonnistui.');
  });

  it('aborts a slow request when its region changes and renders only the newer result', async () => {
    stubFetch((url, signal) =>
      url.searchParams.get('region') === 'helsinki' ? json(listBody([programme(2)])) : deferred(signal, listBody([programme(1)]), 2000),
    );
    const el = await fixture<ProgrammeList>(
      html`<programme-list api="https://cms.test" lang="fi" region="vantaa-kerava"></programme-list>`,
    );
    el.setAttribute('region', 'helsinki');
    await settled(el);
    expect(calls).to.have.length(2);
    expect(calls[0]!.signal.aborted).to.be.true;
    expect(calls[1]!.signal.aborted).to.be.false;
    expect(titles(el)).to.deep.equal(['Hanke 2']);
  });

  it('shows the last good response with a notice when the CMS is down', async () => {
    stubFetch(() => json(listBody([programme(1)])));
    (await mount()).remove();
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const el = await mount();
    expect(titles(el)).to.deep.equal(['Hanke 1']);
    expect($(el, '[part="stale-notice"]')!.textContent).to.contain('vanhentuneet');
    // The status line, a live region, says it too: the notice is not announced.
    expect(statusText(el)).to.match(/\(tiedot voivat olla vanhentuneita\)$/);
    expect($(el, '[part="error"]')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('keeps the last good response through a 5xx or a 429 answer, but not through a 400', async () => {
    stubFetch(() => json(listBody([programme(1)])));
    const el = await mount();
    await expectOutagesToKeepData(el, () => titles(el));
  });

  it('shows more with Tab and Enter: loads the next page, appends it and focuses the first new programme', async () => {
    stubFetch(pagedResponder(5));
    const el = await mount(html`<programme-list api="https://cms.test" lang="fi" limit="2"></programme-list>`);
    expect(statusText(el)).to.equal('Näytetään 2 / 5 hanketta');
    // From the last card's link, Tab reaches "show more".
    $$(el, '[part="title"] a').at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('show-more');
    const pageChange = oneEvent(el, 'kumppani-page-change');
    await sendKeys({ press: 'Enter' });
    expect((await pageChange).detail.page).to.equal(2);
    await settled(el);
    expect(calls.at(-1)!.url.searchParams.get('page')).to.equal('2');
    expect(titles(el)).to.deep.equal(['Hanke 1', 'Hanke 2', 'Hanke 3', 'Hanke 4']);
    expect(focused(el)?.textContent).to.equal('Hanke 3');
    expect(statusText(el)).to.equal('Näytetään 4 / 5 hanketta');
    await expect(el).to.be.accessible();
    // The last page: the button goes away, the count says all are shown.
    $<HTMLButtonElement>(el, '[part="show-more"]')!.click();
    await settled(el);
    expect(titles(el)).to.have.length(5);
    expect($(el, '[part="show-more"]')).to.not.exist;
    expect(statusText(el)).to.equal('5 hanketta');
    expect(focused(el)?.textContent).to.equal('Hanke 5');
  });

  it('focuses the new heading when the first new programme has no link', async () => {
    stubFetch((url) =>
      url.searchParams.get('page') === '2'
        ? json(listBody([programme(2, { website: null })], { page: 2, pageCount: 2, total: 2 }))
        : json(listBody([programme(1)], { pageCount: 2, total: 2 })),
    );
    const el = await mount(html`<programme-list api="https://cms.test" lang="fi" limit="1"></programme-list>`);
    $<HTMLButtonElement>(el, '[part="show-more"]')!.click();
    await settled(el);
    expect(focused(el)?.getAttribute('part')).to.equal('title');
    expect(focused(el)?.textContent).to.equal('Hanke 2');
  });

  it('keeps the loaded programmes when "show more" fails, and retries that page', async () => {
    let fail = false;
    const pages = pagedResponder(4);
    stubFetch((url, signal) => (fail ? json({}, 500) : pages(url, signal)));
    const el = await mount(html`<programme-list api="https://cms.test" lang="fi" limit="2"></programme-list>`);
    fail = true;
    $<HTMLButtonElement>(el, '[part="show-more"]')!.click();
    await settled(el);
    expect(titles(el)).to.deep.equal(['Hanke 1', 'Hanke 2']);
    expect($(el, '[part="error"]')!.textContent).to.contain('500');
    fail = false;
    $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
    await settled(el);
    expect(calls.at(-1)!.url.searchParams.get('page')).to.equal('2');
    expect(titles(el)).to.deep.equal(['Hanke 1', 'Hanke 2', 'Hanke 3', 'Hanke 4']);
  });

  it('starts again from the first page when a filter attribute changes', async () => {
    stubFetch(pagedResponder(4));
    const el = await mount(html`<programme-list api="https://cms.test" lang="fi" limit="2"></programme-list>`);
    $<HTMLButtonElement>(el, '[part="show-more"]')!.click();
    await settled(el);
    el.setAttribute('status', 'completed');
    await settled(el);
    expect(calls.at(-1)!.url.searchParams.get('page')).to.equal('1');
    expect(calls.at(-1)!.url.searchParams.get('status')).to.equal('completed');
    expect(titles(el)).to.deep.equal(['Hanke 1', 'Hanke 2']);
  });

  it('opens a programme with Enter and fires a cancelable kumppani-select with the item', async () => {
    stubFetch(() => json(listBody([programme(1)])));
    const el = await mount(html`<programme-list api="https://cms.test" lang="fi" item-href="#hanke-{slug}"></programme-list>`);
    const link = $<HTMLAnchorElement>(el, '[part="title"] a')!;
    link.focus();
    let selected: ProgrammeSummary | undefined;
    el.addEventListener('kumppani-select', (event) => {
      selected = event.detail.item as ProgrammeSummary;
      event.preventDefault();
    });
    await sendKeys({ press: 'Enter' });
    expect(selected?.slug).to.equal('hanke-1');
    expect(location.hash).to.equal('');
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    stubFetch(() => json(listBody([programme(1, { name: 'Hyvinvointialueiden ja järjestöjen yhteistyörakenteiden kehittämisohjelma' })])));
    const wrapper = await fixture(
      html`<div style="width: 320px; font-size: 16px; overflow: auto">
        <programme-list api="https://cms.test" lang="fi"></programme-list>
      </div>`,
    );
    const el = wrapper.firstElementChild as ProgrammeList;
    await settled(el);
    expect($$(el, '[part="card"]')).to.have.length(1);
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
  });

  for (const lang of ['fi', 'sv', 'en'] satisfies UiLocale[]) {
    it(`is accessible in ${lang} while loading, with results, stale, after show more, empty and on error`, async () => {
      let respond: Responder = (_url, signal) =>
        deferred(signal, listBody([programme(1), programme(2, { locale: 'sv', endDate: null })], { pageCount: 2, total: 4 }), 300);
      stubFetch((url, signal) => respond(url, signal));
      const el = await fixture<ProgrammeList>(html`<programme-list api="https://cms.test" lang=${lang} limit="2"></programme-list>`);
      expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '.placeholder')).to.exist; // space reserved while loading
      await expect(el).to.be.accessible();
      await settled(el);
      await expect(el).to.be.accessible();
      await goStale(el);
      await expect(el).to.be.accessible();
      respond = pagedResponder(4);
      $<HTMLButtonElement>(el, '[part="show-more"]')!.click();
      await settled(el);
      expect(titles(el)).to.have.length(4);
      await expect(el).to.be.accessible();
      respond = () => json(listBody([], { total: 0, pageCount: 0 }));
      el.topic = 'ei-mitaan';
      await settled(el);
      expect($(el, '[part="empty"]')).to.exist;
      await expect(el).to.be.accessible();
      respond = () => json({}, 500);
      el.topic = 'virhe'; // a new URL, so nothing cached for it
      await settled(el);
      expect($(el, '[part="error"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  }
});

describe('<programme-list> structured data and links', () => {
  it('describes the programmes shown as an ItemList of Projects in its light DOM, one script through "show more"', async () => {
    stubFetch(pagedResponder(3));
    const el = await mount(html`<programme-list api="https://cms.test" lang="fi" limit="2"></programme-list>`);
    expect(listedThings(el)).to.deep.equal([
      [1, 'Project', 'Hanke 1'],
      [2, 'Project', 'Hanke 2'],
    ]);
    const first = jsonLdOf(el).itemListElement[0]!.item;
    expect(first).to.deep.include({
      url: 'https://hanke-1.test/',
      foundingDate: '2025-01-01',
      dissolutionDate: '2027-12-31',
      parentOrganization: { '@type': 'Organization', name: 'SOSTE' },
    });
    $<HTMLButtonElement>(el, '[part="show-more"]')!.click();
    await settled(el);
    expect(listedThings(el)).to.deep.equal([
      [1, 'Project', 'Hanke 1'],
      [2, 'Project', 'Hanke 2'],
      [3, 'Project', 'Hanke 3'],
    ]);
    el.remove();
    expect(ldScripts(el), 'removed with the element').to.be.empty;
  });

  it('writes no structured data with no-structured-data', async () => {
    stubFetch(() => json(listBody([programme(1)])));
    const el = await mount(html`<programme-list api="https://cms.test" lang="fi" no-structured-data></programme-list>`);
    expect(titles(el)).to.deep.equal(['Hanke 1']);
    expect(ldScripts(el)).to.be.empty;
  });

  it('links a name through item-href, else its public page (with the website beside it), else its website, else not at all', async () => {
    const page = 'https://www.test/hankkeet/hanke-1';
    stubFetch(() => json(listBody([programme(1, { url: page }), programme(2), programme(3, { website: null })])));
    const withTemplate = await mount(html`<programme-list api="https://cms.test" lang="fi" item-href="/omat/{slug}"></programme-list>`);
    expect($$(withTemplate, '[part="title"] a').map((link) => link.getAttribute('href'))).to.deep.equal([
      '/omat/hanke-1',
      '/omat/hanke-2',
      '/omat/hanke-3',
    ]);
    const el = await mount();
    const [paged, websiteOnly, neither] = $$(el, '[part="card"]');
    expect(paged!.querySelector('[part="title"] a')!.getAttribute('href')).to.equal(page);
    expect(paged!.querySelector<HTMLAnchorElement>('[part="website"]')!.href).to.equal('https://hanke-1.test/');
    expect(websiteOnly!.querySelector<HTMLAnchorElement>('[part="title"] a')!.href).to.equal('https://hanke-2.test/');
    expect(websiteOnly!.querySelector('[part="website"]'), 'not twice').to.be.null;
    expect(neither!.querySelector('[part="title"] a')).to.be.null;
    expect(textOf(neither!.querySelector('[part="title"]'))).to.equal('Hanke 3');
    await expect(el).to.be.accessible();
  });
});
