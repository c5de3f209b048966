import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PostSummary } from '@kumppani/contract';
import './blog-feed.js';
import type { BlogFeed } from './blog-feed.component.js';
import { MESSAGES } from './blog-feed.messages.js';
import { $, $$, calls, focused, json, langOf, restoreFetch, settled, stubFetch } from '../shared/testing/fetch-stub.js';
import { jsonLdOf, ldScripts, listedThings } from '../shared/testing/json-ld.js';
import { describeListElement } from '../shared/testing/list-suite.js';

// ---- a stubbed API ---------------------------------------------------------------------------------

function post(n: number, overrides: Partial<PostSummary> = {}): PostSummary {
  return {
    id: `id-${n}`,
    slug: `kirjoitus-${n}`,
    locale: 'fi',
    title: `Kirjoitus ${n}`,
    lead: `Ingressi ${n}`,
    heroImage: { url: `https://cms.test/uploads/hero-${n}.jpg`, alt: `Kuva ${n}`, width: 1200, height: 675 },
    authors: [
      { slug: 'anna-aho', name: 'Anna Aho', roleTitle: 'Suunnittelija' },
      { slug: 'bo-berg', name: 'Bo Berg', roleTitle: null },
    ],
    blog: { slug: 'kadet-sotessa', name: 'Kädet Sotessa', url: null },
    tags: ['kumppanuus'],
    topics: [],
    publishedDate: '2026-05-04T09:00:00+03:00',
    canonicalUrl: `https://blogi.test/kirjoitus-${n}`,
    source: null,
    url: null,
    updatedAt: '2026-05-04T09:00:00+03:00',
    ...overrides,
  };
}

function listBody(items: PostSummary[], meta: { page?: number; pageCount?: number; total?: number } = {}) {
  return { data: items, meta: { page: meta.page ?? 1, pageSize: 6, total: meta.total ?? items.length, pageCount: meta.pageCount ?? 1 } };
}

// ---- helpers ---------------------------------------------------------------------------------------

const statusText = (el: BlogFeed) => $(el, '[role="status"]')!.textContent!.trim();
const titles = (el: BlogFeed) => $$(el, '[part="title"]').map((title) => title.textContent!.trim());

async function mount(template = html`<blog-feed api="https://cms.test" lang="fi"></blog-feed>`): Promise<BlogFeed> {
  const el = await fixture<BlogFeed>(template);
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

describe('<blog-feed>', () => {
  it('requests the posts of its blogs and tags in the content locale, limited, and renders them', async () => {
    stubFetch(() => json(listBody([post(1), post(2)])));
    const el = await mount(
      html`<blog-feed api="https://cms.test" lang="sv" blog="kadet-sotessa, muut" tag="kumppanuus" limit="3"></blog-feed>`,
    );
    const request = calls[0]!.url;
    expect(request.origin + request.pathname).to.equal('https://cms.test/api/kumppani/posts');
    expect(request.searchParams.get('blog')).to.equal('kadet-sotessa,muut');
    expect(request.searchParams.get('tag')).to.equal('kumppanuus');
    expect(request.searchParams.get('locale')).to.equal('sv');
    expect(request.searchParams.get('pageSize')).to.equal('3');
    expect(request.searchParams.get('page')).to.equal('1');
    expect(titles(el)).to.deep.equal(['Kirjoitus 1', 'Kirjoitus 2']);
    expect(statusText(el)).to.equal('2 inlägg');
    expect($(el, 'h3 a')!.getAttribute('href')).to.equal('https://blogi.test/kirjoitus-1');
    expect($<HTMLImageElement>(el, '[part="image"]')!.alt).to.equal('Kuva 1');
    expect($(el, '[part="lead"]')!.textContent).to.equal('Ingressi 1');
    expect($(el, '[part="authors"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Skribenter: Anna Aho och Bo Berg');
    await expect(el).to.be.accessible();
  });

  it('links the RSS and Atom feeds of the same blogs, tags and locale', async () => {
    stubFetch(() => json(listBody([post(1)])));
    const el = await mount(html`<blog-feed api="https://cms.test" lang="en" blog="kadet-sotessa" tag="kumppanuus,sote"></blog-feed>`);
    const links = $$(el, '[part="feed-link"]') as HTMLAnchorElement[];
    expect(links.map((link) => link.textContent)).to.deep.equal(['RSS feed', 'Atom feed']);
    const [rss, atom] = links.map((link) => new URL(link.href));
    expect(rss!.origin + rss!.pathname).to.equal('https://cms.test/api/kumppani/feeds/posts.rss');
    expect(atom!.origin + atom!.pathname).to.equal('https://cms.test/api/kumppani/feeds/posts.atom');
    for (const feed of [rss!, atom!]) {
      expect(feed.searchParams.get('blog')).to.equal('kadet-sotessa');
      expect(feed.searchParams.get('tag')).to.equal('kumppanuus,sote');
      expect(feed.searchParams.get('locale')).to.equal('en');
      expect(feed.searchParams.has('page')).to.be.false; // the feed routes take no paging
    }
    expect(links[0]!.type).to.equal('application/rss+xml');
    expect(links[1]!.type).to.equal('application/atom+xml');
  });

  it('formats the date in Helsinki time and says it in <time datetime>', async () => {
    // 22:30 UTC on 30 April is already 1 May in Helsinki (UTC+3).
    stubFetch(() => json(listBody([post(1, { publishedDate: '2026-04-30T22:30:00Z' })])));
    for (const [lang, expected] of [
      ['fi', '1. toukokuuta 2026'],
      ['sv', '1 maj 2026'],
      ['en', '1 May 2026'],
    ] as const) {
      const el = await mount(html`<blog-feed api="https://cms.test" lang=${lang}></blog-feed>`);
      const time = $(el, 'time')!;
      expect(time.textContent).to.equal(expected);
      expect(time.getAttribute('datetime')).to.equal('2026-05-01');
    }
  });

  it('falls back to item-href without a canonical URL, and treats an empty alt as decorative', async () => {
    stubFetch(() =>
      json(
        listBody([
          post(1, { canonicalUrl: null, heroImage: { url: 'https://cms.test/h.jpg', alt: '', width: null, height: null } }),
          post(2, { canonicalUrl: null }),
        ]),
      ),
    );
    const el = await mount(html`<blog-feed api="https://cms.test" lang="fi" item-href="/blogi/{slug}"></blog-feed>`);
    expect($(el, 'h3 a')!.getAttribute('href')).to.equal('/blogi/kirjoitus-1');
    const image = $<HTMLImageElement>(el, '[part="image"]')!;
    expect(image.getAttribute('alt')).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('names each read-more link with its title', async () => {
    stubFetch(() => json(listBody([post(1), post(2)])));
    const el = await mount();
    const more = $$(el, '[part="read-more"]');
    expect(more.map((link) => link.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Lue lisää: Kirjoitus 1',
      'Lue lisää: Kirjoitus 2',
    ]);
  });

  it('marks posts whose language differs from the UI language', async () => {
    stubFetch(() => json(listBody([post(1, { locale: 'fi' }), post(2, { locale: 'sv' })])));
    const el = await mount(html`<blog-feed api="https://cms.test" lang="sv"></blog-feed>`);
    const cards = $$(el, '[part="card"]');
    expect(cards[0]!.getAttribute('lang')).to.equal('fi');
    expect(cards[1]!.hasAttribute('lang')).to.be.false;
    // The UI words inside a Finnish card stay Swedish.
    expect(cards[0]!.querySelector('[part="read-more"]')!.getAttribute('lang')).to.equal('sv');
  });

  it('marks its Finnish texts as Finnish on a page in another language, but not the heading the host gives', async () => {
    stubFetch(() => json(listBody([post(1), post(2, { locale: 'sv' })])));
    const wrapper = await fixture(
      html`<div lang="se">
        <blog-feed api="https://cms.test"></blog-feed><blog-feed api="https://cms.test" heading="Ođđasat"></blog-feed>
      </div>`,
    );
    const [el, withHeading] = [...wrapper.querySelectorAll('blog-feed')] as BlogFeed[];
    await settled(el!);
    await settled(withHeading!);
    for (const selector of ['#results-heading', '[role="status"]', '[part="feeds"]'])
      expect(langOf($(el!, selector)), selector).to.equal('fi');
    const cards = $$(el!, '[part="card"]');
    expect(langOf(cards[0]!)).to.equal('fi');
    expect(cards[1]!.getAttribute('lang')).to.equal('sv');
    expect(langOf($(withHeading!, '#results-heading > *'))).to.equal('se');
    expect(langOf($(withHeading!, '[role="status"]'))).to.equal('fi');
  });

  it('switches the layout by attribute and says how many of all posts it shows', async () => {
    stubFetch(() => json(listBody([post(1), post(2)], { total: 40, pageCount: 20 })));
    const el = await mount(html`<blog-feed api="https://cms.test" lang="en" limit="2"></blog-feed>`);
    expect(el.getAttribute('layout')).to.equal('list');
    expect(getComputedStyle($(el, '.card')!).flexDirection).to.equal('row');
    el.layout = 'grid';
    await el.updateComplete;
    expect(el.getAttribute('layout')).to.equal('grid');
    expect(getComputedStyle($(el, '.card')!).flexDirection).to.equal('column');
    expect(statusText(el)).to.equal('Showing the latest 2 of 40 posts');
    expect($(el, '[part="pagination"]')).to.not.exist; // not paged
  });

  it('reaches the read-more link with Tab and opens it with Enter, firing a cancelable kumppani-select', async () => {
    stubFetch(() => json(listBody([post(1)])));
    const el = await mount();
    $(el, 'h3 a')!.focus();
    await sendKeys({ press: 'Tab' });
    const more = focused(el) as HTMLAnchorElement;
    expect(more.getAttribute('part')).to.equal('read-more');
    let selected: PostSummary | undefined;
    el.addEventListener('kumppani-select', (event) => {
      selected = event.detail.item as PostSummary;
      event.preventDefault();
    });
    const before = location.href;
    await sendKeys({ press: 'Enter' });
    expect(selected?.slug).to.equal('kirjoitus-1');
    expect(location.href).to.equal(before); // prevented: no navigation
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    stubFetch(() =>
      json(
        listBody([
          post(1, {
            title: 'Hyvinvointialueiden ja järjestöjen yhteistyörakenteiden kehittämisohjelma',
            authors: [{ slug: 'a', name: 'Anna-Maria Aaltonen-Björkqvist', roleTitle: null }],
          }),
        ]),
      ),
    );
    const wrapper = await fixture(
      html`<div style="width: 320px; font-size: 16px; overflow: auto"><blog-feed api="https://cms.test" lang="fi"></blog-feed></div>`,
    );
    const el = wrapper.firstElementChild as BlogFeed;
    await settled(el);
    expect($$(el, '[part="card"]')).to.have.length(1);
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
  });
});

describe('<blog-feed> structured data and links', () => {
  it('describes the posts shown as an ItemList of BlogPostings in its light DOM, replaced when paging', async () => {
    stubFetch((url) => {
      const page = Number(url.searchParams.get('page'));
      return json(
        listBody([post(page * 10, { url: `https://blogi.test/sivu/${page * 10}` }), post(page * 10 + 1)], { page, pageCount: 2, total: 8 }),
      );
    });
    const el = await mount(html`<blog-feed api="https://cms.test" lang="fi" paged></blog-feed>`);
    expect(await listedThings(el)).to.deep.equal([
      [1, 'BlogPosting', 'Kirjoitus 10'],
      [2, 'BlogPosting', 'Kirjoitus 11'],
    ]);
    const first = (await jsonLdOf(el)).itemListElement[0]!.item;
    expect(first).to.deep.include({
      // The canonical URL wins over the public page.
      url: 'https://blogi.test/kirjoitus-10',
      datePublished: '2026-05-04T09:00:00+03:00',
      dateModified: '2026-05-04T09:00:00+03:00',
      description: 'Ingressi 10',
    });
    expect(first.author).to.deep.equal([
      { '@type': 'Person', name: 'Anna Aho', jobTitle: 'Suunnittelija' },
      { '@type': 'Person', name: 'Bo Berg' },
    ]);
    expect(first.image).to.deep.include({ '@type': 'ImageObject', url: 'https://cms.test/uploads/hero-10.jpg' });
    $<HTMLButtonElement>(el, '[data-page="next"]')!.click();
    await settled(el);
    // pageSize 6 in the response: page 2 starts at position 7.
    expect(await listedThings(el), 'replaced, not added to').to.deep.equal([
      [7, 'BlogPosting', 'Kirjoitus 20'],
      [8, 'BlogPosting', 'Kirjoitus 21'],
    ]);
    el.remove();
    expect(await ldScripts(el), 'removed with the element').to.be.empty;
  });

  it('writes no structured data with no-structured-data', async () => {
    stubFetch(() => json(listBody([post(1)])));
    const el = await mount(html`<blog-feed api="https://cms.test" lang="fi" no-structured-data></blog-feed>`);
    expect(titles(el)).to.deep.equal(['Kirjoitus 1']);
    expect(await ldScripts(el)).to.be.empty;
  });

  it('links a post through its canonical URL, else item-href, else its public page url, else not at all', async () => {
    const page = 'https://www.test/blogi/kirjoitus-2';
    stubFetch(() => json(listBody([post(1), post(2, { canonicalUrl: null, url: page }), post(3, { canonicalUrl: null })])));
    const hrefs = (el: BlogFeed) => $$(el, '[part="title"]').map((title) => title.querySelector('a')?.getAttribute('href') ?? null);
    const withTemplate = await mount(html`<blog-feed api="https://cms.test" lang="fi" item-href="/omat/{slug}"></blog-feed>`);
    expect(hrefs(withTemplate)).to.deep.equal(['https://blogi.test/kirjoitus-1', '/omat/kirjoitus-2', '/omat/kirjoitus-3']);
    const el = await mount();
    expect(hrefs(el)).to.deep.equal(['https://blogi.test/kirjoitus-1', page, null]);
    // A post without a link has no read-more link either.
    expect($$(el, '[part="read-more"]')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it("names a syndicated post's source and tells screen readers that its links lead to the partner's site", async () => {
    const original = 'https://kumppani.test/blogi/alkuperainen';
    const syndicated = post(1, { canonicalUrl: original, source: { name: 'Kumppaniyhdistys ry', url: 'https://kumppani.test/' } });
    stubFetch(() => json(listBody([syndicated, post(2)])));
    for (const [lang, source, hint] of [
      ['fi', 'Lähde: Kumppaniyhdistys ry', '(siirtyy kumppanin sivustolle)'],
      ['sv', 'Källa: Kumppaniyhdistys ry', '(leder till partnerns webbplats)'],
      ['en', 'Source: Kumppaniyhdistys ry', "(leads to the partner's site)"],
    ] as const) {
      const el = await mount(html`<blog-feed api="https://cms.test" lang=${lang}></blog-feed>`);
      const [first, second] = $$(el, '[part="card"]');
      expect(first!.querySelector('[part="source"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(source);
      // In the page's language (inherited from the element, or marked where the post's differs).
      expect(langOf(first!.querySelector('[part="source"]')!) ?? el.lang).to.equal(lang);
      const title = first!.querySelector<HTMLAnchorElement>('[part="title"] a')!;
      expect(title.getAttribute('href')).to.equal(original);
      expect(title.querySelector('.visually-hidden')!.textContent!.trim()).to.equal(hint);
      expect(first!.querySelector('[part="read-more"]')!.textContent).to.contain(hint);
      // A blog's own post names no source and no other site.
      expect(second!.querySelector('[part="source"]')).to.equal(null);
      expect(second!.querySelector('[part="title"] a .visually-hidden')).to.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('asks for only or no syndicated posts, in the list and in its feed links', async () => {
    stubFetch(() => json(listBody([post(1)])));
    for (const [value, expected] of [
      ['only', 'true'],
      ['exclude', 'false'],
      ['', null],
    ] as const) {
      const before = calls.length;
      const el = await mount(html`<blog-feed api="https://cms.test" lang="fi" syndicated=${value}></blog-feed>`);
      expect(calls[before]!.url.searchParams.get('syndicated')).to.equal(expected);
      for (const link of $$(el, '[part="feed-link"]') as HTMLAnchorElement[])
        expect(new URL(link.href).searchParams.get('syndicated')).to.equal(expected);
    }
  });
});

describeListElement({
  tag: 'blog-feed',
  route: 'posts',
  item: (n) => post(n),
  title: (n) => `Kirjoitus ${n}`,
  paging: 'pages',
  attributes: 'limit="12" paged',
  requery: ['tag', 'uusi'],
  announcements: {
    fi: { first: '57 kirjoitusta, sivu 1 / 5', next: '57 kirjoitusta, sivu 2 / 5', requery: '3 kirjoitusta', empty: MESSAGES.fi.noPosts },
    sv: { first: '57 inlägg, sida 1 av 5', next: '57 inlägg, sida 2 av 5', requery: '3 inlägg', empty: MESSAGES.sv.noPosts },
    en: { first: '57 posts, page 1 of 5', next: '57 posts, page 2 of 5', requery: '3 posts', empty: MESSAGES.en.noPosts },
  },
  importAgain: () => import('./blog-feed.js?again' as string),
});
