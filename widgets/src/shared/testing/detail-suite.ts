/**
 * Test support (never bundled): the tests every detail element (shared/detail-element.ts) must pass, run by
 * each element's own test file with its tag, route and a factory of API items. The element-specific
 * rendering is tested in those files.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { UiLocale } from '../i18n.js';
import type { DetailElement, DetailItem } from '../detail-element.js';
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
  hostPage,
  headingLevel,
  json,
  problemAnswer,
  restoreFetch,
  settled,
  stubFetch,
  type Responder,
} from './fetch-stub.js';
import { ldScripts } from './json-ld.js';

export interface DetailSuite<Item extends DetailItem> {
  tag: string;
  /** The schema.org type its structured data gives the item (shared/structured-data.ts). */
  schemaType: 'Organization' | 'Event' | 'BlogPosting';
  /** The API route of the items, e.g. `organisations`. */
  route: string;
  /** An item as the API gives it, with its slug and title. */
  item(slug: string, title: string, overrides?: Partial<Item>): Item;
  /** The "not found" text per UI language. */
  notFound: Record<UiLocale, string>;
  /** Imports the element's module a second time, as a host page that loads the script twice. */
  importAgain(): Promise<unknown>;
}

type Element = DetailElement<DetailItem> & HTMLElement;

/** The text of the item's heading. */
export const headingText = (el: Element) => $(el, '[part~="title"]')?.textContent?.trim();
export const statusLine = (el: Element) => $(el, '[role="status"]')!;
/** Each fact as label → value, whitespace collapsed, the items of a list separated by " | ". */
export const facts = (el: Element) =>
  Object.fromEntries(
    $$(el, '[part="facts"] > div').map((row) => {
      const dd = row.querySelector('dd')!;
      const items = [...dd.querySelectorAll('li')];
      const text = (items.length ? items : [dd]).map((node) => node.textContent!.replace(/\s+/g, ' ').trim()).join(' | ');
      return [row.querySelector('dt')!.textContent!.trim(), text];
    }),
  );

/** Links and buttons of the shadow tree, in tree order: what Tab should reach, in that order. */
export const focusables = (el: Element) => $$(el, 'a[href], button');

/** Presses Tab from a button in front of `el` until focus leaves it, and gives what it focused inside, in order. */
export async function tabThrough(el: Element): Promise<HTMLElement[]> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  const reached: HTMLElement[] = [];
  try {
    for (let step = 0; step < 100; step++) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement !== el) break;
      reached.push(focused(el) as HTMLElement);
    }
  } finally {
    before.remove();
  }
  return reached;
}

/** Replaces the page's query string for the duration of `run` (the test runner's page keeps its own). */
export async function withQuery<T>(query: string, run: () => Promise<T>): Promise<T> {
  const original = location.href;
  history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  try {
    return await run();
  } finally {
    history.replaceState(history.state, '', original);
  }
}

export function describeDetailElement<Item extends DetailItem>(suite: DetailSuite<Item>): void {
  const tag = unsafeStatic(suite.tag);
  const mount = async (attributes: { slug?: string; slugParam?: string; lang?: string } = {}) => {
    const el = await fixture<Element>(
      staticHtml`<${tag} api="https://cms.test" lang=${attributes.lang ?? 'fi'} slug=${attributes.slug ?? ''} slug-param=${attributes.slugParam ?? ''}></${tag}>`,
    );
    await settled(el);
    return el;
  };
  const body = (slug: string, title: string, overrides?: Partial<Item>) => ({ data: suite.item(slug, title, overrides) });
  const path = (slug: string) => `/api/kumppani/${suite.route}/${slug}`;

  describe(`<${suite.tag}>: the states every detail element shares`, () => {
    beforeEach(() => sessionStorage.clear());
    afterEach(() => restoreFetch());

    itRegistersOnce(suite.tag, suite.importAgain);

    it('asks for its slug in the UI language, shows the item and keeps it in `item`', async () => {
      stubFetch(() => json(body('a b', 'Otsikko')));
      const el = await mount({ slug: 'a b', lang: 'sv' });
      expect(calls).to.have.length(1);
      const request = calls[0]!.url;
      expect(request.origin + request.pathname).to.equal(`https://cms.test${path('a%20b')}`);
      expect([...request.searchParams]).to.deep.equal([['locale', 'sv']]);
      expect(headingText(el)).to.equal('Otsikko');
      expect($(el, 'h2')!.textContent!.trim()).to.equal('Otsikko');
      expect(el.item?.slug).to.equal('a b');
      // The status line names what came, for screen readers; the heading shows it.
      expect(statusLine(el).textContent!.trim()).to.equal('Otsikko');
      expect(statusLine(el).classList.contains('visually-hidden')).to.be.true;
      expect($(el, '[part~="not-found"]')).to.not.exist;
      await expect(el).to.be.accessible();
    });

    it("reads the slug from the page's address with slug-param; a slug attribute wins", async () => {
      stubFetch((url) => json(body(decodeURIComponent(url.pathname.split('/').pop()!), 'Osoitteesta')));
      await withQuery('?id=7&kohde=osoitteen-kohde', async () => {
        const el = await mount({ slugParam: 'kohde' });
        expect(calls.at(-1)!.url.pathname).to.equal(path('osoitteen-kohde'));
        expect(el.item?.slug).to.equal('osoitteen-kohde');
        await mount({ slugParam: 'kohde', slug: 'attribuutti' });
        expect(calls.at(-1)!.url.pathname).to.equal(path('attribuutti'));
      });
      expect(calls).to.have.length(2);
    });

    it('follows a change of its slug, aborting the slower earlier request', async () => {
      stubFetch((url, signal) =>
        url.pathname.endsWith('/uusi') ? json(body('uusi', 'Uusi')) : deferred(signal, body('vanha', 'Vanha'), 2000),
      );
      const el = await fixture<Element>(staticHtml`<${tag} api="https://cms.test" lang="fi" slug="vanha"></${tag}>`);
      el.setAttribute('slug', 'uusi');
      await settled(el);
      expect(calls).to.have.length(2);
      expect(calls[0]!.signal.aborted).to.be.true;
      expect(headingText(el)).to.equal('Uusi');
    });

    for (const lang of ['fi', 'sv', 'en'] satisfies UiLocale[]) {
      it(`announces "not found" in ${lang} for a 404, with no retry button`, async () => {
        stubFetch(() => problemAnswer(404));
        const el = await mount({ slug: 'ei-ole', lang });
        const status = statusLine(el);
        expect(status.textContent!.trim()).to.equal(suite.notFound[lang]);
        expect(status.getAttribute('part')).to.equal('status not-found');
        // Visible, not only announced.
        expect(status.classList.contains('visually-hidden')).to.be.false;
        expect(status.getBoundingClientRect().height).to.be.greaterThan(0);
        expect($(el, 'button')).to.not.exist;
        expect($(el, '[part~="article"]')).to.not.exist;
        expect(el.item).to.be.undefined;
        await expect(el).to.be.accessible();
      });
    }

    it('says "not found" without asking the CMS when there is no slug, in the attribute or the address', async () => {
      stubFetch(() => json(body('x', 'X')));
      await withQuery('?muu=1', async () => {
        for (const attributes of [{}, { slugParam: 'kohde' }]) {
          const el = await mount(attributes);
          expect(statusLine(el).textContent!.trim()).to.equal(suite.notFound.fi);
        }
      });
      expect(calls).to.have.length(0);
    });

    it('a 404 after an item drops the item: the old one is not shown for the new slug', async () => {
      stubFetch((url) => (url.pathname.endsWith('/poistettu') ? problemAnswer(404) : json(body('on', 'On olemassa'))));
      const el = await mount({ slug: 'on' });
      expect(headingText(el)).to.equal('On olemassa');
      el.slug = 'poistettu';
      await settled(el);
      expect(headingText(el)).to.be.undefined;
      expect(statusLine(el).textContent!.trim()).to.equal(suite.notFound.fi);
    });

    it('writes the item as schema.org JSON-LD in its light DOM, drops it with the item, and writes none with no-structured-data', async () => {
      stubFetch((url) => (url.pathname.endsWith('/poistettu') ? problemAnswer(404) : json(body('on', 'On olemassa'))));
      const el = await mount({ slug: 'on' });
      const scripts = await ldScripts(el);
      expect(scripts).to.have.length(1);
      expect(scripts[0]!.parentNode, "in the element's light DOM").to.equal(el);
      const thing = JSON.parse(scripts[0]!.textContent!) as Record<string, unknown>;
      expect(thing['@context']).to.equal('https://schema.org');
      expect(thing['@type']).to.equal(suite.schemaType);
      expect(thing.name ?? thing.headline).to.equal('On olemassa');
      el.slug = 'poistettu';
      await settled(el);
      expect(await ldScripts(el), 'no item, no structured data').to.have.length(0);

      const quiet = await fixture<Element>(staticHtml`<${tag} api="https://cms.test" lang="fi" slug="on" no-structured-data></${tag}>`);
      await settled(quiet);
      expect(headingText(quiet)).to.equal('On olemassa');
      expect(await ldScripts(quiet)).to.have.length(0);
    });

    it('shows an error whose retry button Tab reaches and Enter presses, and recovers', async () => {
      let fail = true;
      stubFetch(() => (fail ? problemAnswer(503) : json(body('a', 'Toipui'))));
      const el = await mount({ slug: 'a' });
      expect($(el, '[part~="error"]')!.textContent).to.contain('503');
      expect(statusLine(el).textContent!.trim()).to.equal('Tietojen haku epäonnistui. Palvelu vastasi virheellä 503.');
      expectSaidOnce(el, 'Tietojen haku epäonnistui.');
      expect($(el, '[part~="article"]')).to.not.exist;
      const reached = await tabThrough(el);
      expect(reached.map((node) => node.getAttribute('part'))).to.deep.equal(['retry-button']);
      fail = false;
      reached[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect($(el, '[part~="error"]')).to.not.exist;
      expect(headingText(el)).to.equal('Toipui');
      expect(calls).to.have.length(2);
    });

    it('puts its heading at heading-level (1–6, default 2); other values give 2', async () => {
      stubFetch(() => json(body('a', 'Tasolla')));
      for (const [attribute, level] of [
        [null, 2],
        ['1', 1],
        ['5', 5],
        ['0', 2],
        ['7', 2],
        ['kolme', 2],
      ] as const) {
        const el = await fixture<Element>(staticHtml`<${tag} api="https://cms.test" lang="fi" slug="a"></${tag}>`);
        if (attribute !== null) el.setAttribute('heading-level', attribute);
        await settled(el);
        expect(await headingLevel('Tasolla'), `heading-level ${attribute}`).to.equal(level);
        el.remove();
      }
    });

    it('shows an error for a response that does not match the contract', async () => {
      stubFetch(() => json({ data: { slug: 'a' } }));
      const el = await mount({ slug: 'a' });
      expect($(el, '[part~="error"]')!.textContent).to.contain('odottamattoman muotoinen');
      expect($(el, '[part~="retry-button"]')).to.exist;
      expect(el.item).to.be.undefined;
    });

    it('keeps the last good item, with a notice, through a network failure, a 5xx or a 429, but not a 400', async () => {
      stubFetch(() => json(body('a', 'Säilyy')));
      const el = await mount({ slug: 'a' });
      await expectOutagesToKeepData(el, () => [headingText(el)]);
      await goStale(el);
      expect(statusLine(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Säilyy (tiedot voivat olla vanhentuneita)');
      expect(el.item?.slug).to.equal('a');
    });

    it("marks an item in another language than the UI's with its own lang", async () => {
      stubFetch(() => json(body('a', 'Suomeksi', { locale: 'fi' } as Partial<Item>)));
      const el = await mount({ slug: 'a', lang: 'en' });
      expect($(el, '[part~="article"]')!.getAttribute('lang')).to.equal('fi');
      expect($(el, '[role="status"] [lang]')!.getAttribute('lang')).to.equal('fi');
      stubFetch(() => json(body('a', 'In English', { locale: 'en' } as Partial<Item>)));
      const same = await mount({ slug: 'a', lang: 'en' });
      expect($(same, '[part~="article"]')!.hasAttribute('lang')).to.be.false;
    });

    it('lets Tab reach every link and button of the item, in reading order', async () => {
      stubFetch(() => json(body('a', 'Näppäimistö')));
      const el = await mount({ slug: 'a' });
      const expected = focusables(el);
      expect(expected.length, 'the test item has links').to.be.greaterThan(1);
      expect(await tabThrough(el)).to.deep.equal(expected);
    });

    for (const scheme of ['light', 'dark'] as const)
      for (const lang of ['fi', 'sv', 'en'] satisfies UiLocale[]) {
        it(`is accessible in ${lang} on a ${scheme} page while loading, loaded, stale, on error and when not found`, async () => {
          let respond: Responder = (_url, signal) => deferred(signal, body('a', 'Saavutettava'), 300);
          stubFetch((url, signal) => respond(url, signal));
          const el = await fixture<Element>(staticHtml`<${tag} api="https://cms.test" lang=${lang} slug="a"></${tag}>`, {
            parentNode: hostPage(scheme),
          });
          expect(el.dataset.scheme, 'the palette of the page behind it').to.equal(scheme);
          expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('true');
          expect($(el, '.placeholder')).to.exist;
          expect(statusLine(el).textContent!.trim()).to.not.equal('');
          await expect(el).to.be.accessible();
          await settled(el);
          expect(headingText(el)).to.equal('Saavutettava');
          await expect(el).to.be.accessible();
          await goStale(el);
          await expect(el).to.be.accessible();
          respond = () => problemAnswer(400);
          el.reload();
          await settled(el);
          expect($(el, '[part~="error"]')).to.exist;
          await expect(el).to.be.accessible();
          respond = () => problemAnswer(404);
          el.reload();
          await settled(el);
          expect($(el, '[part~="not-found"]')).to.exist;
          await expect(el).to.be.accessible();
        });
      }
  });
}
