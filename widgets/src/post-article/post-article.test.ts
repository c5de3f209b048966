import { expect, fixture, html } from '@open-wc/testing';
import type { PostDetail as PostData } from '@kumppani/contract';
import './post-article.js';
import type { PostArticle } from './post-article.component.js';
import { MESSAGES } from './post-article.messages.js';
import { $, $$, json, restoreFetch, settled, stubFetch } from '../shared/testing/fetch-stub.js';
import { describeDetailElement, facts } from '../shared/testing/detail-suite.js';

function post(slug: string, title: string, overrides: Partial<PostData> = {}): PostData {
  return {
    id: `id-${slug}`,
    slug,
    locale: 'fi',
    title,
    lead: 'Järjestöt tuovat asukkaiden äänen mukaan.',
    heroImage: {
      url: 'https://cms.test/uploads/hero.jpg',
      alt: 'Ihmisiä pöydän ääressä',
      width: 1200,
      height: 675,
      caption: 'Kumppanuuspöytä kokoontui Tikkurilassa.',
    },
    authors: [
      { slug: 'anna-aho', name: 'Anna Aho', roleTitle: 'Suunnittelija' },
      { slug: 'bo-berg', name: 'Bo Berg', roleTitle: null },
    ],
    blog: { slug: 'kadet-sotessa', name: 'Kädet Sotessa', url: 'https://sivusto.test/blogi' },
    tags: ['kumppanuus', 'sote'],
    topics: [{ slug: 'yhdyspintatyo', name: 'Yhdyspintatyö' }],
    publishedDate: '2026-04-30T22:30:00Z',
    canonicalUrl: null,
    source: null,
    url: `https://sivusto.test/blogi/${slug}`,
    updatedAt: '2026-05-01T10:00:00Z',
    bodyHtml:
      '<p>Ensimmäinen <strong>kappale</strong> ja <a href="https://example.fi/lisaa">linkki</a>.</p><h2>Väliotsikko</h2><ul><li>Kohta</li></ul>',
    relatedPosts: [
      { slug: 'toinen', title: 'Toinen kirjoitus', locale: 'fi', url: 'https://sivusto.test/blogi/toinen' },
      { slug: 'third', title: 'Third post', locale: 'en', url: null },
    ],
    ...overrides,
  };
}

describeDetailElement<PostData>({
  tag: 'post-article',
  schemaType: 'BlogPosting',
  route: 'posts',
  item: post,
  notFound: { fi: MESSAGES.fi.notFound, sv: MESSAGES.sv.notFound, en: MESSAGES.en.notFound },
  importAgain: () => import('./post-article.js?again' as string),
});

async function show(data: PostData, lang = 'fi'): Promise<PostArticle> {
  stubFetch(() => json({ data }));
  const el = await fixture<PostArticle>(html`<post-article api="https://cms.test" lang=${lang} slug=${data.slug}></post-article>`);
  await settled(el);
  return el;
}

const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();

describe('<post-article>', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => restoreFetch());

  it('shows the title, the publication day in Helsinki, the blog and the authors', async () => {
    // 22.30 UTC on 30 April is already 1 May in Helsinki.
    const el = await show(post('a', 'Järjestöt mukana'));
    expect(text($(el, 'h2[part="title"]'))).to.equal('Järjestöt mukana');
    const date = $(el, '[part="date"]')!;
    expect(date.textContent).to.equal('1. toukokuuta 2026');
    expect(date.getAttribute('datetime')).to.equal('2026-05-01');
    expect(text($(el, '[part="meta"]'))).to.equal(
      'Julkaistu 1. toukokuuta 2026 · Blogi: Kädet Sotessa · Kirjoittajat: Anna Aho (Suunnittelija) ja Bo Berg',
    );
    expect($(el, '[part="meta"] a')!.getAttribute('href')).to.equal('https://sivusto.test/blogi');
  });

  it('shows the hero image with its alt text and caption, then the lead', async () => {
    const el = await show(post('a', 'A'));
    const image = $<HTMLImageElement>(el, '[part="figure"] [part="image"]')!;
    expect(image.alt).to.equal('Ihmisiä pöydän ääressä');
    expect($(el, '[part="caption"]')!.textContent).to.equal('Kumppanuuspöytä kokoontui Tikkurilassa.');
    expect($(el, '[part="lead"]')!.textContent).to.equal('Järjestöt tuovat asukkaiden äänen mukaan.');
    const decorative = await show(post('b', 'B', { heroImage: { url: 'https://cms.test/h.jpg', alt: '', width: null, height: null } }));
    expect($(decorative, '[part="image"]')!.getAttribute('alt')).to.equal('');
    expect($(decorative, '[part="caption"]')).to.not.exist;
    await expect(decorative).to.be.accessible();
  });

  it("renders bodyHtml as markup, trusting the CMS's sanitising, while every other field stays text", async () => {
    // The trust boundary: the CMS renders the body from blocks and escapes it (cms/server/src/render/
    // blocks-html.ts, tested on the server); the element renders that HTML as it is, in its shadow root.
    // Plain fields are never parsed as HTML, whatever they hold.
    const el = await show(post('a', '<em>Ei kursiivia</em>', { lead: '<img src=x onerror=alert(1)>' }));
    const body = $(el, '[part="body"]')!;
    expect(body.querySelector('strong')!.textContent).to.equal('kappale');
    expect(body.querySelector('a')!.getAttribute('href')).to.equal('https://example.fi/lisaa');
    expect(body.querySelector('h2')!.textContent).to.equal('Väliotsikko');
    expect($(el, 'h2[part="title"]')!.textContent).to.equal('<em>Ei kursiivia</em>');
    expect($(el, '[part="title"] em')).to.not.exist;
    expect($(el, '[part="lead"]')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect($(el, '[part="lead"] img')).to.not.exist;
    // The body's markup stays inside the element: the host page's document has none of it.
    expect(document.querySelector('strong')).to.be.null;
  });

  it('lists topics and tags, and links the related posts that have a page', async () => {
    const el = await show(post('a', 'A'), 'en');
    expect(facts(el)).to.deep.equal({ Topics: 'Yhdyspintatyö', Tags: 'kumppanuus, sote' });
    const related = $(el, '[part="related"]')!;
    expect(text(related.querySelector('h3'))).to.equal('Read also');
    const items = [...related.querySelectorAll('li')];
    expect(items.map((item) => text(item))).to.deep.equal(['Toinen kirjoitus', 'Third post']);
    expect(items[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://sivusto.test/blogi/toinen');
    expect(items[1]!.querySelector('a')).to.not.exist;
    expect(items[1]!.getAttribute('lang')).to.equal('en');
    const none = await show(post('b', 'B', { relatedPosts: [] }));
    expect($(none, '[part="related"]')).to.not.exist;
  });

  it('links the original when the post was first published on another page, and not on that page itself', async () => {
    const elsewhere = await show(post('a', 'A', { canonicalUrl: 'https://www.soste.fi/blogi/a' }));
    const original = $(elsewhere, '[part="original"]')!;
    expect(text(original)).to.equal('Alkuperäinen julkaisu: www.soste.fi/blogi/a');
    expect(original.querySelector('a')!.getAttribute('href')).to.equal('https://www.soste.fi/blogi/a');
    const here = new URL(location.href);
    here.hash = '#kommentit';
    const onItsPage = await show(post('b', 'B', { canonicalUrl: here.href }));
    expect($(onItsPage, '[part="original"]')).to.not.exist;
    const none = await show(post('c', 'C'));
    expect($(none, '[part="original"]')).to.not.exist;
  });

  it('shows a post without image, lead, authors, blog, topics or tags without empty blocks', async () => {
    const el = await show(
      post('a', 'Pelkkä', { heroImage: null, lead: null, authors: [], blog: null, topics: [], tags: [], relatedPosts: [] }),
    );
    expect(text($(el, '[part="meta"]'))).to.equal('Julkaistu 1. toukokuuta 2026');
    expect($$(el, '[part="figure"], [part="lead"], [part="facts"], [part="related"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    stubFetch(() =>
      json({
        data: post('a', 'Hyvinvointialueiden ja järjestöjen yhteistyörakenteiden kehittämisohjelma', {
          bodyHtml:
            '<p>Pitkäsanaisuusharjoituksenomaisuudellisuudestaankaan</p><pre><code>const x = "a long line of code that would overflow";</code></pre>',
          canonicalUrl: 'https://www.erittain-pitka-verkko-osoite.example.fi/blogi/2026/05/hyvinvointialueiden-ja-jarjestojen',
        }),
      }),
    );
    const wrapper = await fixture(
      html`<div style="width: 320px; font-size: 16px; overflow: auto"><post-article api="https://cms.test" slug="a" lang="fi"></post-article></div>`,
    );
    await settled(wrapper.firstElementChild as PostArticle);
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
  });
});
