import { html, nothing, type TemplateResult } from 'lit';
import type { Address, ContentLocale } from '@kumppani/contract';
import { Task, TaskStatus } from '@lit/task';
import { KumppaniElement } from './base-element.js';
import { apiUrl, LoadError, loadParsed, type Loaded } from './load.js';
import { COMMON_MESSAGES } from './messages.js';
import type { Shape } from './shape.js';
import { errorMessage, renderError, renderPlaceholder, renderStaleNotice } from './templates.js';

/** What every item a detail element shows has: its slug, the language of its texts, a title. */
export interface DetailItem {
  slug: string;
  locale: ContentLocale;
}

/** A reference to another item (an organiser, a member, a programme, a related post), linked by its public page address. */
export interface LinkedRef {
  name: string;
  locale: ContentLocale;
  url: string | null;
}

/**
 * What `<organisation-detail>`, `<event-detail>` and `<post-article>` share: the slug from the `slug`
 * attribute or from a query parameter of the page's address (`slug-param`), loading `GET {route}/{slug}`
 * in the content locale (checked against the response's shape, kept for the stale state as the lists do),
 * and the states around the item: loading, error with retry, stale, and not found (a 404, or no slug at
 * all), which the `role="status"` line announces.
 */
export abstract class DetailElement<Item extends DetailItem> extends KumppaniElement {
  static override properties = {
    slug: {},
    slugParam: { attribute: 'slug-param' },
    shown: { state: true },
  };

  /** The item's slug, e.g. `vantaan-a-kilta-ry` for an organisation. When set, it wins over `slug-param`. */
  slug = '';

  /**
   * Name of a query parameter of the page's address that holds the slug: with `slug-param="slug"`, the
   * page `/jarjesto.html?slug=vantaan-a-kilta-ry` shows the item of that slug. Read when the element updates.
   */
  slugParam = '';

  /** The API route of the items, e.g. `/organisations`. */
  protected abstract readonly route: string;
  protected abstract readonly shape: Shape<{ data: Item }>;
  /** The status line's text when there is no such item (a 404, or no slug). */
  protected abstract notFoundText(): string;
  /** The item's title, for the status line. */
  protected abstract titleOf(item: Item): string;
  /** The item itself, inside the element's section. */
  protected abstract renderItem(item: Item): TemplateResult;

  /** The last response shown, kept while another loads. */
  private shown: Loaded<{ data: Item }> | undefined;

  readonly #loader = new Task(this, {
    // No slug: nothing to ask for, and nothing to show but "not found".
    task: ([url], { signal }) => (url ? loadParsed(url, this.shape, signal) : Promise.reject(new LoadError('http', 404))),
    args: () => [this.#requestUrl()] as const,
    onComplete: (loaded) => {
      this.shown = loaded;
    },
  });

  /**
   * The item on screen, as the API gave it (undefined while the first load runs, after an error and when
   * there is no such item). A hook for what the page builds from the item after each update, such as
   * structured data.
   */
  get item(): Item | undefined {
    return this.#loader.status === TaskStatus.ERROR ? undefined : this.shown?.data.data;
  }

  /** Loads the item again, e.g. after an error. */
  reload(): void {
    void this.#loader.run();
  }

  /** The slug in effect: the attribute, else the page's query parameter named by `slug-param`. */
  #currentSlug(): string {
    if (this.slug) return this.slug.trim();
    return this.slugParam ? (new URLSearchParams(location.search).get(this.slugParam) ?? '').trim() : '';
  }

  #requestUrl(): string {
    const slug = this.#currentSlug();
    return slug ? apiUrl(this.api, `${this.route}/${encodeURIComponent(slug)}`, { locale: this.contentLocale }) : '';
  }

  protected override render(): TemplateResult {
    const locale = this.uiLocale;
    const text = COMMON_MESSAGES[locale];
    const retry = () => this.reload();
    const status = this.#loader.status;
    const error = status === TaskStatus.ERROR ? this.#loader.error : undefined;
    const notFound = error instanceof LoadError && error.status === 404;
    const shown = status === TaskStatus.ERROR ? undefined : this.shown;
    const item = shown?.data.data;
    // With the item on screen the status line is read, not seen: it says which item came, and that it may
    // be out of date (the stale notice is not a live region). On an error it says the failure, which the
    // error block shows. Before that, what it says is all there is.
    const [staleBefore, staleAfter] = text.staleStatus.split('{status}');
    const title = item && html`<span lang=${this.itemLangs(item.locale)[0]}>${this.titleOf(item)}</span>`;
    const statusText = notFound
      ? this.notFoundText()
      : error
        ? errorMessage(error, locale)
        : status === TaskStatus.PENDING || !item
          ? text.loading
          : shown?.stale
            ? html`${staleBefore}${title}${staleAfter}`
            : title;
    return html`<section class="detail" lang=${this.uiLang} aria-busy=${status === TaskStatus.PENDING ? 'true' : 'false'}>
      <p class=${notFound ? 'status not-found' : item || error ? 'status visually-hidden' : 'status'} part=${notFound ? 'status not-found' : 'status'} role="status">${statusText}</p>
      ${
        notFound
          ? html`<slot name="not-found"></slot>`
          : error
            ? renderError(error, locale, retry)
            : !item
              ? renderPlaceholder()
              : html`${shown?.stale ? renderStaleNotice(locale, retry) : nothing}${this.renderItem(item)}`
      }
    </section>`;
  }
}

/** "Kielotie 13, 01300 Vantaa": the parts there are. */
export const formatAddress = (address: Address): string =>
  [address.streetAddress, [address.postalCode, address.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/**
 * Facts about the item as a description list: a label (in the UI language, `ui`) and its value for each
 * row that has one. Rows without a value (empty, null, false, 0 or nothing) are left out.
 */
export function renderFacts(rows: [label: string, value: unknown][], ui: string | typeof nothing): TemplateResult | typeof nothing {
  const present = rows.filter(([, value]) => value && value !== nothing);
  return present.length
    ? html`<dl class="facts" part="facts">
        ${present.map(([label, value]) => html`<div><dt lang=${ui}>${label}</dt><dd>${value}</dd></div>`)}
      </dl>`
    : nothing;
}

/**
 * References to other items, each linked to its public page when it has one. Each is marked with its own
 * language where that differs from `around`, the language of the item they are listed in.
 */
export function renderRefs(refs: LinkedRef[], around: string, part = 'refs'): TemplateResult | typeof nothing {
  return refs.length
    ? html`<ul class="refs" part=${part} role="list">
        ${refs.map(
          (ref) =>
            html`<li lang=${ref.locale === around ? nothing : ref.locale}>${ref.url ? html`<a href=${ref.url}>${ref.name}</a>` : ref.name}</li>`,
        )}
      </ul>`
    : nothing;
}

/** Names (regions, topics), which come in the UI language: `ui` marks them inside an item in another one. */
export const renderNames = (names: { name: string }[], ui: string | typeof nothing): TemplateResult | typeof nothing =>
  names.length
    ? html`<ul class="refs" role="list" lang=${ui}>
        ${names.map((each) => html`<li>${each.name}</li>`)}
      </ul>`
    : nothing;
