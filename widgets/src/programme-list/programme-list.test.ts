import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ProgrammeSummary } from '@kumppani/contract';
import './programme-list.js';
import type { ProgrammeList } from './programme-list.component.js';
import { MESSAGES } from './programme-list.messages.js';
import { $, $$, calls, focused, json, langOf, restoreFetch, settled, stubFetch, type Responder } from '../shared/testing/fetch-stub.js';
import { jsonLdOf, ldScripts, listedThings } from '../shared/testing/json-ld.js';
import { describeListElement } from '../shared/testing/list-suite.js';

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
});

describe('<programme-list> structured data and links', () => {
  it('describes the programmes shown as an ItemList of Projects in its light DOM, one script through "show more"', async () => {
    stubFetch(pagedResponder(3));
    const el = await mount(html`<programme-list api="https://cms.test" lang="fi" limit="2"></programme-list>`);
    expect(await listedThings(el)).to.deep.equal([
      [1, 'Project', 'Hanke 1'],
      [2, 'Project', 'Hanke 2'],
    ]);
    const first = (await jsonLdOf(el)).itemListElement[0]!.item;
    expect(first).to.deep.include({
      url: 'https://hanke-1.test/',
      foundingDate: '2025-01-01',
      dissolutionDate: '2027-12-31',
      parentOrganization: { '@type': 'Organization', name: 'SOSTE' },
    });
    $<HTMLButtonElement>(el, '[part="show-more"]')!.click();
    await settled(el);
    expect(await listedThings(el)).to.deep.equal([
      [1, 'Project', 'Hanke 1'],
      [2, 'Project', 'Hanke 2'],
      [3, 'Project', 'Hanke 3'],
    ]);
    el.remove();
    expect(await ldScripts(el), 'removed with the element').to.be.empty;
  });

  it('writes no structured data with no-structured-data', async () => {
    stubFetch(() => json(listBody([programme(1)])));
    const el = await mount(html`<programme-list api="https://cms.test" lang="fi" no-structured-data></programme-list>`);
    expect(titles(el)).to.deep.equal(['Hanke 1']);
    expect(await ldScripts(el)).to.be.empty;
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

describeListElement({
  tag: 'programme-list',
  route: 'programmes',
  item: (n) => programme(n),
  title: (n) => `Hanke ${n}`,
  paging: 'show-more',
  // The link of the first new programme's name, so that Enter opens it.
  focusedItem: (el, index) => $$(el, '[part="title"]')[index]?.querySelector('a') ?? undefined,
  attributes: 'limit="12"',
  requery: ['region', 'uusimaa'],
  announcements: {
    fi: { first: 'Näytetään 12 / 57 hanketta', next: 'Näytetään 24 / 57 hanketta', requery: '3 hanketta', empty: MESSAGES.fi.noResults },
    sv: { first: 'Visar 12 av 57 projekt', next: 'Visar 24 av 57 projekt', requery: '3 projekt', empty: MESSAGES.sv.noResults },
    en: {
      first: 'Showing 12 of 57 programmes',
      next: 'Showing 24 of 57 programmes',
      requery: '3 programmes',
      empty: MESSAGES.en.noResults,
    },
  },
  importAgain: () => import('./programme-list.js?again' as string),
});
