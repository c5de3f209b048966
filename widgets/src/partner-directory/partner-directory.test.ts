import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MAX_TEXT_QUERY, type OrganisationSummary } from '@kumppani/contract';
import './partner-directory.js';
import type { PartnerDirectory } from './partner-directory.component.js';
import { MESSAGES } from './partner-directory.messages.js';
import { $, $$, calls, focused, json, langOf, restoreFetch, settled, stubFetch } from '../shared/testing/fetch-stub.js';
import { jsonLdOf, ldScripts, listedThings } from '../shared/testing/json-ld.js';
import { organisationSummary } from '../shared/testing/items.js';
import { describeListElement } from '../shared/testing/list-suite.js';

// ---- a stubbed API ---------------------------------------------------------------------------------

const organisation = organisationSummary;

function listBody(items: OrganisationSummary[], meta: { page?: number; pageCount?: number; total?: number } = {}) {
  return {
    data: items,
    meta: {
      page: meta.page ?? 1,
      pageSize: 12,
      total: meta.total ?? items.length,
      pageCount: meta.pageCount ?? 1,
      facets: {
        region: [
          { value: 'vantaa-kerava', label: 'Vantaa ja Kerava', count: 3 },
          { value: 'helsinki', label: 'Helsinki', count: 2 },
        ],
        topic: [{ value: 'mielenterveys', label: 'Mielenterveys', count: 4 }],
        kind: [
          { value: 'association', label: 'Yhdistys', count: 5 },
          { value: 'foundation', label: 'Säätiö', count: 1 },
        ],
      },
    },
  };
}

// ---- helpers ---------------------------------------------------------------------------------------

const statusText = (el: PartnerDirectory) => $(el, '[role="status"]')!.textContent!.trim();
const cardTitles = (el: PartnerDirectory) => $$(el, '[part="title"]').map((title) => title.textContent!.trim());

async function mount(template = html`<partner-directory api="https://cms.test" lang="fi"></partner-directory>`): Promise<PartnerDirectory> {
  const el = await fixture<PartnerDirectory>(template);
  await settled(el);
  return el;
}

beforeEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname);
});
afterEach(() => {
  restoreFetch();
});

// ---- tests -----------------------------------------------------------------------------------------

describe('<partner-directory>', () => {
  it('requests the API with locale, paging and facets, and renders cards', async () => {
    stubFetch(() => json(listBody([organisation(1), organisation(2, { kind: 'foundation', logo: null })])));
    const el = await mount();
    const request = calls[0]!.url;
    expect(request.origin + request.pathname).to.equal('https://cms.test/api/kumppani/organisations');
    expect(request.searchParams.get('locale')).to.equal('fi');
    expect(request.searchParams.get('facets')).to.equal('true');
    expect(request.searchParams.get('page')).to.equal('1');
    expect(cardTitles(el)).to.deep.equal(['Järjestö 1', 'Järjestö 2']);
    expect(statusText(el)).to.equal('2 toimijaa');
    expect($(el, '[part="kind"]')!.textContent).to.equal('Yhdistys');
    expect($$(el, '[part="kind"]')[1]!.textContent).to.equal('Säätiö');
    expect($<HTMLImageElement>(el, 'img')!.alt).to.equal('Järjestö 1 logo');
    // Without item-href the name links to the website.
    expect($<HTMLAnchorElement>(el, '[part="title"] a')!.href).to.equal('https://jarjesto-1.test/');
    expect($$(el, 'fieldset legend').map((legend) => legend.textContent)).to.deep.equal(['Alue', 'Aihe', 'Toimijan tyyppi']);
    // Sorted with the Finnish collator, counts in the label.
    expect($$(el, 'fieldset')[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Alue Helsinki (2) Vantaa ja Kerava (3)');
    await expect(el).to.be.accessible();
  });

  it("keeps its text styles and card boxes under a host page's aggressive reset", async () => {
    // What some CSS frameworks ship: the universal rule matches the element itself and beats :host.
    const reset = document.createElement('style');
    reset.textContent =
      'html { font-size: 62.5% } body { font-size: 1.6rem } * { margin: 0; padding: 0; border: 0; box-sizing: content-box; font: inherit; color: #000; line-height: 1; }';
    document.head.append(reset);
    try {
      stubFetch(() => json(listBody([organisation(1), organisation(2), organisation(3)])));
      const el = await mount(
        html`<partner-directory
          api="https://cms.test"
          lang="fi"
          style="width: 40em; --kumppani-color-text: rgb(1, 2, 3)"
        ></partner-directory>`,
      );
      const card = $(el, '[part="card"]')!;
      const style = getComputedStyle(card);
      expect(style.boxSizing).to.equal('border-box');
      expect(style.color).to.equal('rgb(1, 2, 3)');
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(1.5, 0.01);
      // Cards stay inside their list: a content-box card with padding and border would overflow its cell.
      const list = $(el, '[part="list"]')!.getBoundingClientRect();
      const cards = $$(el, '[part="card"]');
      expect(cards).to.have.length(3);
      for (const each of cards) expect(each.getBoundingClientRect().right).to.be.at.most(list.right + 0.5);
    } finally {
      reset.remove();
    }
  });

  it('builds links from item-href and keeps the website as a second link', async () => {
    stubFetch(() => json(listBody([organisation(1)])));
    const el = await mount(html`<partner-directory api="https://cms.test" lang="fi" item-href="/jarjestot/{slug}"></partner-directory>`);
    expect($<HTMLAnchorElement>(el, '[part="title"] a')!.getAttribute('href')).to.equal('/jarjestot/jarjesto-1');
    expect($<HTMLAnchorElement>(el, '[part="website"]')!.href).to.equal('https://jarjesto-1.test/');
  });

  it('restricts the query by preset filters and hides their groups', async () => {
    stubFetch(() => json(listBody([organisation(1)])));
    const el = await mount(
      html`<partner-directory api="https://cms.test" lang="fi" region="vantaa-kerava" kind="association,foundation"></partner-directory>`,
    );
    expect(calls[0]!.url.searchParams.get('region')).to.equal('vantaa-kerava');
    expect(calls[0]!.url.searchParams.get('kind')).to.equal('association,foundation');
    expect($$(el, 'fieldset legend').map((legend) => legend.textContent)).to.deep.equal(['Aihe']);
  });

  it('debounces typing, then searches; focus stays in the field', async () => {
    stubFetch(() => json(listBody([organisation(1)])));
    const el = await mount();
    const filterChange = oneEvent(el, 'kumppani-filter-change');
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ type: 'mielen' });
    await aTimeout(100);
    expect(calls).to.have.length(1); // still typing: no request yet
    const { detail } = await filterChange;
    expect(detail.q).to.equal('mielen');
    await settled(el);
    expect(calls).to.have.length(2);
    expect(calls[1]!.url.searchParams.get('q')).to.equal('mielen');
    expect(focused(el)?.id).to.equal('search');
  });

  it('takes no longer search than the API accepts (maxlength), also from the URL', async () => {
    stubFetch(() => json(listBody([organisation(1)])));
    const el = await mount();
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    expect(input.maxLength).to.equal(MAX_TEXT_QUERY);
    input.focus();
    await sendKeys({ type: 'x'.repeat(MAX_TEXT_QUERY + 5) });
    input.form!.requestSubmit();
    await settled(el);
    expect(calls.at(-1)!.url.searchParams.get('q')).to.have.length(MAX_TEXT_QUERY);
    history.replaceState(null, '', `?pd-q=${'y'.repeat(MAX_TEXT_QUERY + 50)}`);
    const restored = await mount(html`<partner-directory api="https://cms.test" lang="fi" url-state="pd"></partner-directory>`);
    expect(calls.at(-1)!.url.searchParams.get('q')).to.equal('y'.repeat(MAX_TEXT_QUERY));
    expect($<HTMLInputElement>(restored, 'input[type="search"]')!.value).to.have.length(MAX_TEXT_QUERY);
  });

  it('ticks a filter with Space, queries it, keeps focus on the checkbox, and is accessible filtered', async () => {
    // Like the real API, counts are of the filtered matches: after ticking Helsinki, Vantaa drops out and
    // Espoo appears before Helsinki, so the ticked checkbox moves from the first place to the second.
    stubFetch((url) => {
      const body = listBody([organisation(1)]);
      if (url.searchParams.get('region') === 'helsinki')
        body.meta.facets.region = [
          { value: 'helsinki', label: 'Helsinki', count: 2 },
          { value: 'espoo', label: 'Espoo', count: 1 },
        ];
      return json(body);
    });
    const el = await mount();
    const helsinki = $$(el, 'input[type="checkbox"]').find((box) => (box as HTMLInputElement).value === 'helsinki') as HTMLInputElement;
    helsinki.focus();
    const filterChange = oneEvent(el, 'kumppani-filter-change');
    await sendKeys({ press: 'Space' });
    const { detail } = await filterChange;
    expect(detail.filters.region).to.deep.equal(['helsinki']);
    await settled(el);
    expect(calls.at(-1)!.url.searchParams.get('region')).to.equal('helsinki');
    const regionBoxes = $$(el, 'input[name="region"]') as HTMLInputElement[];
    expect(regionBoxes.map((box) => [box.value, box.checked])).to.deep.equal([
      ['espoo', false],
      ['helsinki', true],
    ]);
    const active = focused(el) as HTMLInputElement;
    expect(active.value).to.equal('helsinki');
    expect(active.checked).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('pages with Enter, moves focus to the results heading, and fires kumppani-page-change', async () => {
    stubFetch((url) => {
      const page = Number(url.searchParams.get('page'));
      return json(listBody([organisation(page * 10)], { page, pageCount: 2, total: 13 }));
    });
    const el = await mount();
    expect(statusText(el)).to.equal('13 toimijaa, sivu 1 / 2');
    const next = $<HTMLButtonElement>(el, '[data-page="next"]')!;
    next.focus();
    const pageChange = oneEvent(el, 'kumppani-page-change');
    await sendKeys({ press: 'Enter' });
    expect((await pageChange).detail.page).to.equal(2);
    await settled(el);
    expect(calls.at(-1)!.url.searchParams.get('page')).to.equal('2');
    expect(cardTitles(el)).to.deep.equal(['Järjestö 20']);
    expect(focused(el)?.id).to.equal('results-heading');
    expect($<HTMLButtonElement>(el, '[data-page="next"]')!.disabled).to.be.true;
    expect($(el, '[part="pagination"]')!.textContent).to.contain('Sivu 2 / 2');
    await expect(el).to.be.accessible();
  });

  it('opens an item with Enter and fires a cancelable kumppani-select with the item', async () => {
    stubFetch(() => json(listBody([organisation(1)])));
    const el = await mount(html`<partner-directory api="https://cms.test" lang="fi" item-href="#org-{slug}"></partner-directory>`);
    const link = $<HTMLAnchorElement>(el, '[part="title"] a')!;
    link.focus();
    let selected: OrganisationSummary | undefined;
    el.addEventListener('kumppani-select', (event) => {
      selected = event.detail.item as OrganisationSummary;
      event.preventDefault();
    });
    await sendKeys({ press: 'Enter' });
    expect(selected?.slug).to.equal('jarjesto-1');
    expect(location.hash).to.equal(''); // prevented: no navigation
    expect(focused(el)).to.equal(link);
  });

  it('keeps the view in the URL with url-state and restores it', async () => {
    stubFetch(() => json(listBody([organisation(1)])));
    history.replaceState(null, '', '?pd-q=apu&pd-topic=mielenterveys');
    const el = await mount(html`<partner-directory api="https://cms.test" lang="fi" url-state="pd"></partner-directory>`);
    expect(calls[0]!.url.searchParams.get('q')).to.equal('apu');
    expect(calls[0]!.url.searchParams.get('topic')).to.equal('mielenterveys');
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('apu');
    const kind = $<HTMLInputElement>(el, 'input[name="kind"][value="association"]')!;
    kind.click();
    await settled(el);
    expect(new URLSearchParams(location.search).get('pd-kind')).to.equal('association');
  });

  it('marks items whose language differs from the UI language', async () => {
    stubFetch(() => json(listBody([organisation(1, { locale: 'fi' }), organisation(2, { locale: 'sv' })])));
    const el = await mount(html`<partner-directory api="https://cms.test" lang="sv"></partner-directory>`);
    const cards = $$(el, '[part="card"]');
    expect(cards[0]!.getAttribute('lang')).to.equal('fi');
    expect(cards[1]!.hasAttribute('lang')).to.be.false;
    expect(calls[0]!.url.searchParams.get('locale')).to.equal('sv');
    // Region names come in the requested (UI) language, like the kind.
    for (const part of ['.regions', '[part="kind"]']) expect(langOf(cards[0]!.querySelector(part)), part).to.equal('sv');
  });

  it("marks the name in the website link's hidden text with the item's language", async () => {
    stubFetch(() => json(listBody([organisation(1), organisation(2, { locale: 'sv', name: 'Förening 2' })])));
    const el = await mount(html`<partner-directory api="https://cms.test" lang="fi" item-href="/jarjestot/{slug}"></partner-directory>`);
    const [finnish, swedish] = $$(el, '[part="website"]');
    expect(swedish!.textContent).to.equal('Verkkosivut: Förening 2');
    expect(langOf(swedish!)).to.equal('fi');
    expect(langOf(swedish!.querySelector('.visually-hidden > *'))).to.equal('sv');
    expect(langOf(finnish!.querySelector('.visually-hidden > *'))).to.be.null;
  });

  it('takes the UI language from the closest [lang] ancestor, else fi', async () => {
    stubFetch(() => json(listBody([organisation(1)])));
    const wrapper = await fixture(html`<div lang="en-GB"><partner-directory api="https://cms.test"></partner-directory></div>`);
    const el = wrapper.querySelector('partner-directory')!;
    await settled(el);
    expect($(el, 'label[for="search"]')!.textContent).to.equal('Search organisations');
    expect(calls[0]!.url.searchParams.get('locale')).to.equal('en');
    const unsupported = await fixture(html`<div lang="de"><partner-directory api="https://cms.test"></partner-directory></div>`);
    const fallback = unsupported.querySelector('partner-directory')!;
    await settled(fallback);
    expect($(fallback, 'label[for="search"]')!.textContent).to.equal('Hae järjestöjä');
  });

  it('marks its Finnish texts as Finnish on a page in another language, and items relative to them', async () => {
    stubFetch(() => json(listBody([organisation(1), organisation(2, { locale: 'sv' })])));
    for (const page of ['se', 'de']) {
      const wrapper = await fixture(
        html`<div lang=${page}>
          <partner-directory api="https://cms.test"><p slot="header">Searvvit</p></partner-directory>
        </div>`,
      );
      const el = wrapper.querySelector('partner-directory')!;
      await settled(el);
      expect($(el, 'label[for="search"]')!.textContent).to.equal('Hae järjestöjä');
      for (const selector of [
        'label[for="search"]',
        'fieldset legend',
        '#results-heading',
        '[role="status"]',
        '[part="pagination"], [part="list"]',
      ])
        expect(langOf($(el, selector)), selector).to.equal('fi');
      // The host's own content keeps the page's language.
      expect(langOf($(el, 'slot[name="header"]'))).to.be.null;
      const cards = $$(el, '[part="card"]');
      expect(langOf(cards[0]!)).to.equal('fi');
      expect(cards[1]!.getAttribute('lang')).to.equal('sv');
    }
    // On a page in a UI language the texts inherit it: nothing is marked.
    const finnish = await fixture(html`<div lang="fi-FI"><partner-directory api="https://cms.test"></partner-directory></div>`);
    const el = finnish.querySelector('partner-directory')!;
    await settled(el);
    expect(langOf($(el, 'label[for="search"]'))).to.be.null;
    expect(langOf($(el, '[role="status"]'))).to.be.null;
  });
});

describe('<partner-directory> structured data and links', () => {
  it('describes the page shown as an ItemList of Organizations in its light DOM, replaced when paging', async () => {
    stubFetch((url) => {
      const page = Number(url.searchParams.get('page'));
      return json({
        ...listBody([organisation(page * 10), organisation(page * 10 + 1)], { page, pageCount: 2, total: 4 }),
      });
    });
    const el = await mount();
    // pageSize 12 in the response: page 1 holds positions 1–12, page 2 starts at 13.
    expect(await listedThings(el)).to.deep.equal([
      [1, 'Organization', 'Järjestö 10'],
      [2, 'Organization', 'Järjestö 11'],
    ]);
    const first = (await jsonLdOf(el)).itemListElement[0]!.item;
    expect(first).to.deep.include({ url: 'https://jarjesto-10.test/', description: 'Kuvaus 10' });
    expect(first.areaServed).to.deep.equal([{ '@type': 'AdministrativeArea', name: 'Vantaa ja Kerava' }]);
    $<HTMLButtonElement>(el, '[data-page="next"]')!.click();
    await settled(el);
    expect(await listedThings(el), 'replaced, not added to').to.deep.equal([
      [13, 'Organization', 'Järjestö 20'],
      [14, 'Organization', 'Järjestö 21'],
    ]);
    el.remove();
    expect(await ldScripts(el), 'removed with the element').to.be.empty;
  });

  it('writes no structured data with no-structured-data, nor on an error', async () => {
    stubFetch(() => json(listBody([organisation(1)])));
    const el = await mount(html`<partner-directory api="https://cms.test" lang="fi" no-structured-data></partner-directory>`);
    expect(cardTitles(el)).to.deep.equal(['Järjestö 1']);
    expect(await ldScripts(el)).to.be.empty;
    el.noStructuredData = false;
    await el.updateComplete;
    expect(await listedThings(el)).to.have.length(1);
    restoreFetch();
    stubFetch(() => json({}, 500));
    el.pageSize = 5;
    await settled(el);
    expect($(el, '[part="error"]')).to.exist;
    expect(await ldScripts(el), 'the error replaces the list, and its description').to.be.empty;
  });

  it('links a name through item-href, else its public page (with the website beside it), else its website, else not at all', async () => {
    const page = 'https://www.test/jarjestot/jarjesto-1';
    stubFetch(() => json(listBody([organisation(1, { url: page }), organisation(2), organisation(3, { website: null })])));
    const withTemplate = await mount(
      html`<partner-directory api="https://cms.test" lang="fi" item-href="/omat/{slug}"></partner-directory>`,
    );
    expect($$(withTemplate, '[part="title"] a').map((link) => link.getAttribute('href'))).to.deep.equal([
      '/omat/jarjesto-1',
      '/omat/jarjesto-2',
      '/omat/jarjesto-3',
    ]);
    const el = await mount();
    const [paged, websiteOnly, neither] = $$(el, '[part="card"]');
    expect(paged!.querySelector('[part="title"] a')!.getAttribute('href')).to.equal(page);
    expect(paged!.querySelector<HTMLAnchorElement>('[part="website"]')!.href).to.equal('https://jarjesto-1.test/');
    expect(websiteOnly!.querySelector<HTMLAnchorElement>('[part="title"] a')!.href).to.equal('https://jarjesto-2.test/');
    expect(websiteOnly!.querySelector('[part="website"]'), 'not twice').to.be.null;
    expect(neither!.querySelector('[part="title"] a')).to.be.null;
    expect(neither!.querySelector('[part="title"]')!.textContent).to.equal('Järjestö 3');
    await expect(el).to.be.accessible();
  });
});

describe('<partner-directory> regions of a card', () => {
  const area = (slug: string, name: string) => ({ slug, code: slug, kind: 'collaborative_area', name });
  const areas = [
    area('yta-etela-suomi', 'Etelä-Suomi'),
    area('yta-ita-suomi', 'Itä-Suomi'),
    area('yta-sisa-suomi', 'Sisä-Suomi'),
    area('yta-lansi-suomi', 'Länsi-Suomi'),
    area('yta-pohjois-suomi', 'Pohjois-Suomi'),
  ];
  const helsinki = { slug: 'helsinki', code: '91', kind: 'city', name: 'Helsinki' };

  for (const [lang, country] of [
    ['fi', 'Koko Suomi'],
    ['sv', 'Hela Finland'],
    ['en', 'All of Finland'],
  ] as const) {
    it(`says "${country}" in ${lang} for an organisation that serves every collaborative area, and names the regions otherwise`, async () => {
      stubFetch(() =>
        json(listBody([organisation(1, { regions: [helsinki, ...areas] }), organisation(2, { regions: [helsinki, ...areas.slice(1)] })])),
      );
      const el = await mount(html`<partner-directory api="https://cms.test" lang=${lang}></partner-directory>`);
      expect($$(el, '.regions').map((line) => line.textContent)).to.deep.equal([
        country,
        'Helsinki, Itä-Suomi, Sisä-Suomi, Länsi-Suomi, Pohjois-Suomi',
      ]);
    });
  }

  it('says "Koko Suomi" for every wellbeing services county with Helsinki, but not without Helsinki', async () => {
    const counties = Array.from({ length: 21 }, (_, n) => ({
      slug: `county-${n}`,
      code: String(n),
      kind: 'wellbeing_services_county',
      name: `Alue ${n}`,
    }));
    stubFetch(() => json(listBody([organisation(1, { regions: [...counties, helsinki] }), organisation(2, { regions: counties })])));
    const el = await mount(html`<partner-directory api="https://cms.test" lang="fi"></partner-directory>`);
    const lines = $$(el, '.regions').map((line) => line.textContent);
    expect(lines[0]).to.equal('Koko Suomi');
    expect(lines[1]).to.equal(counties.map((county) => county.name).join(', '));
  });
});

describe('<partner-directory> with fallback content', () => {
  it('writes its JSON-LD beside the fallback link, which stays in the light DOM but is not rendered', async () => {
    stubFetch(() => json(listBody([organisation(1)])));
    const el = await mount(
      html`<partner-directory api="https://cms.test" lang="fi"><a href="https://www.example.fi/jarjestot/">Katso kumppanihakemisto</a></partner-directory>`,
    );
    expect(await listedThings(el)).to.deep.equal([[1, 'Organization', 'Järjestö 1']]);
    const fallback = el.querySelector('a')!;
    expect(fallback.parentNode).to.equal(el);
    expect(fallback.getClientRects()).to.have.length(0);
  });
});

describeListElement({
  tag: 'partner-directory',
  route: 'organisations',
  item: (n) => organisation(n),
  title: (n) => `Järjestö ${n}`,
  meta: { facets: listBody([]).meta.facets },
  paging: 'pages',
  attributes: 'page-size="12"',
  requery: ['region', 'uusimaa'],
  announcements: {
    fi: { first: '57 toimijaa, sivu 1 / 5', next: '57 toimijaa, sivu 2 / 5', requery: '3 toimijaa', empty: MESSAGES.fi.noResults },
    sv: { first: '57 aktörer, sida 1 av 5', next: '57 aktörer, sida 2 av 5', requery: '3 aktörer', empty: MESSAGES.sv.noResults },
    en: {
      first: '57 organisations, page 1 of 5',
      next: '57 organisations, page 2 of 5',
      requery: '3 organisations',
      empty: MESSAGES.en.noResults,
    },
  },
  importAgain: () => import('./partner-directory.js?again' as string),
});
