import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { OrganisationDetail as OrganisationData, OrganisationSummary } from '@kumppani/contract';
import '../partner-directory/partner-directory.js';
import '../organisation-detail/organisation-detail.js';
import type { KumppaniElement } from './base-element.js';
import { organisationSummary } from './testing/items.js';
import { $, deferred, goStale, json, problemAnswer, restoreFetch, settled, stubFetch, type Responder } from './testing/fetch-stub.js';

// The colour scheme (the `theme` attribute, shared/theme.ts) and the text size every element takes from the
// page it is placed in; one list and one detail element stand for all seven (the styles are shared/styles.ts).

type Loadable = KumppaniElement & { reload(): void };

const DARK_PAGE = 'background: #121212; color: #eee';

const organisation = (n: number) => organisationSummary(n, { logo: null });

const directoryAnswer = (items: OrganisationSummary[], pageCount = 1) => ({
  data: items,
  meta: {
    page: 1,
    pageSize: 12,
    total: items.length * pageCount,
    pageCount,
    facets: {
      region: [{ value: 'vantaa-kerava', label: 'Vantaa ja Kerava', count: 3 }],
      topic: [{ value: 'mielenterveys', label: 'Mielenterveys', count: 4 }],
      kind: [{ value: 'association', label: 'Yhdistys', count: 5 }],
    },
  },
});

const detailAnswer = (): { data: OrganisationData } => ({
  data: {
    ...organisation(1),
    description: 'Vertaistukea Vantaalla.',
    email: 'info@jarjesto.test',
    url: 'https://sivusto.test/jarjestot/jarjesto-1',
    alternateNames: [],
    businessId: null,
    coordinates: null,
    parent: null,
    members: [{ slug: 'jasen', name: 'Jäsen ry', locale: 'fi', url: 'https://sivusto.test/jarjestot/jasen' }],
    programmes: [],
  },
});

/** `element` inside a wrapper styled `page`: the host page around it. Gives the element. */
async function onPage<T extends Element>(page: string, element: TemplateResult): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${page}>${element}</div>`);
  return wrapper.firstElementChild as T;
}

const textColour = (el: Element) => getComputedStyle($(el, '[role="status"]')!).color;

afterEach(async () => {
  restoreFetch();
  sessionStorage.clear();
  document.documentElement.removeAttribute('style');
  await emulateMedia({ colorScheme: 'light' });
});

describe('theme: the colour scheme of the page behind an element', () => {
  beforeEach(() => stubFetch(() => json(directoryAnswer([organisation(1)]))));

  it('is dark on a dark page without theming: light text, and dark cards with light text', async () => {
    const el = await onPage<Loadable>(DARK_PAGE, html`<partner-directory api="https://cms.test" lang="fi"></partner-directory>`);
    await settled(el);
    expect(el.dataset.scheme).to.equal('dark');
    expect(textColour(el)).to.equal('rgb(232, 234, 237)');
    const card = getComputedStyle($(el, '[part="card"]')!);
    expect(card.backgroundColor).to.equal('rgb(30, 32, 36)');
    expect(card.color).to.equal('rgb(232, 234, 237)');
  });

  it('is light on a white page and on a page without backgrounds', async () => {
    for (const page of ['background: #fff', '']) {
      const el = await onPage<Loadable>(page, html`<partner-directory api="https://cms.test" lang="fi"></partner-directory>`);
      await settled(el);
      expect(el.dataset.scheme, page).to.equal('light');
      expect(textColour(el)).to.equal('rgb(31, 35, 40)');
    }
  });

  it('mixes translucent backgrounds as the screen shows them, in any CSS colour syntax', async () => {
    const cases: [string, 'light' | 'dark'][] = [
      // A faint white veil over a dark page is still a dark page.
      ['background: #121212', 'dark'],
      ['background: rgba(255, 255, 255, 0.1)', 'dark'],
      ['background: rgb(0 0 0 / 0.05)', 'light'],
      ['background: oklch(0.96 0.01 90)', 'light'],
      ['background: oklch(0.25 0.03 260)', 'dark'],
      ['background: color(srgb 0.95 0.95 0.95)', 'light'],
      ['background: lab(15 0 0)', 'dark'],
    ];
    for (const [inner, scheme] of cases) {
      const outer = inner.includes('255, 255, 255') ? DARK_PAGE : '';
      const wrapper = await fixture<HTMLElement>(
        html`<div style=${outer}><div style=${inner}><partner-directory api="https://cms.test" lang="fi"></partner-directory></div></div>`,
      );
      const el = wrapper.querySelector<Loadable>('partner-directory')!;
      expect(el.dataset.scheme, inner).to.equal(scheme);
    }
  });

  it('finds the background of a host across a shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div style=${DARK_PAGE}></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><partner-directory api="https://cms.test" lang="fi"></partner-directory></section>';
    const el = root.querySelector<Loadable>('partner-directory')!;
    await settled(el);
    expect(el.dataset.scheme).to.equal('dark');
  });

  it("without any background, follows the page's color-scheme and the reader's preference", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    let el = await onPage<Loadable>('', html`<partner-directory api="https://cms.test" lang="fi"></partner-directory>`);
    expect(el.dataset.scheme, 'a page that only knows light').to.equal('light');
    document.documentElement.style.colorScheme = 'light dark';
    el = await onPage<Loadable>('', html`<partner-directory api="https://cms.test" lang="fi"></partner-directory>`);
    expect(el.dataset.scheme).to.equal('dark');
  });

  it('is dark on a page that knows only dark, by its style or its <meta name="color-scheme">, whatever the reader prefers', async () => {
    await emulateMedia({ colorScheme: 'light' });
    document.documentElement.style.colorScheme = 'dark';
    let el = await onPage<Loadable>('', html`<partner-directory api="https://cms.test" lang="fi"></partner-directory>`);
    expect(el.dataset.scheme, 'color-scheme: dark').to.equal('dark');
    document.documentElement.style.colorScheme = '';
    const meta = document.head.appendChild(Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'dark' }));
    try {
      el = await onPage<Loadable>('', html`<partner-directory api="https://cms.test" lang="fi"></partner-directory>`);
      expect(el.dataset.scheme, '<meta name="color-scheme" content="dark">').to.equal('dark');
    } finally {
      meta.remove();
    }
  });

  it('theme="light" and theme="dark" override the page, also when changed later', async () => {
    const light = await onPage<Loadable>(
      DARK_PAGE,
      html`<partner-directory api="https://cms.test" lang="fi" theme="light"></partner-directory>`,
    );
    const dark = await onPage<Loadable>(
      'background: #fff',
      html`<partner-directory api="https://cms.test" lang="fi" theme="dark"></partner-directory>`,
    );
    await Promise.all([settled(light), settled(dark)]);
    expect(light.dataset.scheme).to.equal('light');
    expect(textColour(light)).to.equal('rgb(31, 35, 40)');
    expect(dark.dataset.scheme).to.equal('dark');
    expect(textColour(dark)).to.equal('rgb(232, 234, 237)');
    light.setAttribute('theme', 'auto');
    await light.updateComplete;
    expect(light.dataset.scheme).to.equal('dark');
  });

  it('--kumppani-color-* values win over the dark defaults', async () => {
    const el = await onPage<Loadable>(
      DARK_PAGE,
      html`<partner-directory api="https://cms.test" lang="fi" style="--kumppani-color-text: rgb(1, 2, 3); --kumppani-color-surface: rgb(4, 5, 6)"></partner-directory>`,
    );
    await settled(el);
    expect(el.dataset.scheme).to.equal('dark');
    expect(textColour(el)).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '[part="card"]')!).backgroundColor).to.equal('rgb(4, 5, 6)');
  });
});

describe('theme: axe finds nothing on a dark page without theming, in every state', () => {
  const elements: { tag: string; mount: () => TemplateResult; good: Responder; empty: Responder }[] = [
    {
      tag: 'partner-directory',
      mount: () => html`<partner-directory api="https://cms.test" lang="fi"></partner-directory>`,
      good: () => json(directoryAnswer([organisation(1), organisation(2)], 3)),
      empty: () => json(directoryAnswer([])),
    },
    {
      tag: 'organisation-detail',
      mount: () => html`<organisation-detail api="https://cms.test" lang="fi" slug="jarjesto-1"></organisation-detail>`,
      good: () => json(detailAnswer()),
      empty: () => problemAnswer(404),
    },
  ];

  for (const { tag, mount, good, empty } of elements) {
    describe(`<${tag}>`, () => {
      const show = async (respond: Responder) => {
        stubFetch(respond);
        const el = await onPage<Loadable>(DARK_PAGE, mount());
        await settled(el);
        expect(el.dataset.scheme).to.equal('dark');
        return el;
      };

      it('loading', async () => {
        stubFetch((_, signal) => deferred(signal, {}, 60_000));
        const el = await onPage<Loadable>(DARK_PAGE, mount());
        await waitUntil(() => $(el, '[aria-busy="true"]'), 'loading');
        await expect(el.parentElement).to.be.accessible();
      });

      it('results', async () => {
        const el = await show(good);
        await expect(el.parentElement).to.be.accessible();
      });

      it('empty or not found', async () => {
        const el = await show(empty);
        await expect(el.parentElement).to.be.accessible();
      });

      it('error', async () => {
        const el = await show(() => problemAnswer(503));
        expect($(el, '[part~="error"]')).to.exist;
        await expect(el.parentElement).to.be.accessible();
      });

      it('stale', async () => {
        const el = await show(good);
        await goStale(el);
        await expect(el.parentElement).to.be.accessible();
      });
    });
  }
});

describe('text size', () => {
  const sizeOf = (el: Element) => getComputedStyle($(el, '[role="status"]')!).fontSize;

  it('is at least 16px under html { font-size: 62.5% } with no body size', async () => {
    stubFetch(() => json(directoryAnswer([organisation(1)])));
    document.documentElement.style.fontSize = '62.5%';
    const el = await onPage<Loadable>('', html`<partner-directory api="https://cms.test" lang="fi"></partner-directory>`);
    await settled(el);
    expect(getComputedStyle(el).fontSize, 'what the page gives').to.equal('10px');
    expect(sizeOf(el)).to.equal('16px');
  });

  it("follows a host's larger size, and --kumppani-font-size sets it outright", async () => {
    stubFetch(() => json(detailAnswer()));
    const larger = await onPage<Loadable>(
      'font-size: 20px',
      html`<organisation-detail api="https://cms.test" lang="fi" slug="a"></organisation-detail>`,
    );
    const set = await onPage<Loadable>(
      'font-size: 20px',
      html`<organisation-detail api="https://cms.test" lang="fi" slug="a" style="--kumppani-font-size: 14px"></organisation-detail>`,
    );
    await Promise.all([settled(larger), settled(set)]);
    expect(sizeOf(larger)).to.equal('20px');
    expect(sizeOf(set)).to.equal('14px');
  });
});
