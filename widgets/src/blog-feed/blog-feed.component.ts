import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { postList, type PostSummary } from 'strapi-plugin-kumppani/contract';
import { KumppaniElement } from '../shared/base-element.js';
import { fill, formatNumber, INTL_LOCALE, TIME_ZONE, type UiLocale } from '../shared/i18n.js';
import { apiUrl, loadParsed, type Loaded } from '../shared/load.js';
import { COMMON_MESSAGES } from '../shared/messages.js';
import { baseStyles } from '../shared/styles.js';
import { renderError, renderPagination, renderStaleNotice } from '../shared/templates.js';
import { MESSAGES } from './blog-feed.messages.js';
import { styles } from './blog-feed.styles.js';

type PostList = (typeof postList)['_zod']['output'];

const splitList = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** The publication day in Helsinki, in words of the UI locale, and as YYYY-MM-DD for `<time datetime>`. */
export function publishedDay(instant: string, locale: UiLocale): { text: string; datetime: string } {
  const date = new Date(instant);
  return {
    text: new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: TIME_ZONE }).format(date),
    // Swedish (Sweden) writes dates as ISO 8601; only the digits matter here.
    datetime: new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE }).format(date),
  };
}

/**
 * @tag blog-feed
 * @summary The latest posts of one or more blogs or tags from a Kumppani CMS, with links to subscribe to
 * the same posts as an RSS or Atom feed.
 *
 * @event kumppani-select - A post's title or read-more link was activated. `detail.item` is the PostSummary.
 *   Cancelable: preventDefault() stops the navigation.
 * @event kumppani-page-change - With `paged`: the user moved to another page. `detail.page` is the new page (from 1).
 *
 * @slot header - Content above the posts, e.g. an introduction.
 * @slot empty - Replaces the text shown when there are no posts.
 * @slot error - Replaces the text shown when loading fails (the retry button stays).
 *
 * @csspart results-heading - The heading above the posts, focused after paging.
 * @csspart status - The line that announces the number of posts.
 * @csspart list - The list of cards.
 * @csspart card - One post.
 * @csspart image - The hero image.
 * @csspart title - The post's title (a heading).
 * @csspart meta - The line with the date, blog and authors.
 * @csspart date - The publication date.
 * @csspart authors - The authors.
 * @csspart lead - The lead paragraph.
 * @csspart read-more - The read-more link.
 * @csspart feeds - The subscribe line with the RSS and Atom links.
 * @csspart feed-link - The RSS and Atom links.
 * @csspart empty - The no-posts message.
 * @csspart error - The error message block.
 * @csspart stale-notice - The notice shown with earlier data when the CMS cannot be reached.
 * @csspart retry-button - The retry button of the error block and the stale notice.
 * @csspart pagination - The pagination navigation (with `paged`).
 * @csspart page-button - The previous and next buttons.
 *
 * @cssproperty --kumppani-color-text - Text colour. Default #1f2328.
 * @cssproperty --kumppani-color-muted - Secondary text colour. Default #545b64.
 * @cssproperty --kumppani-color-surface - Card background. Default #ffffff.
 * @cssproperty --kumppani-color-border - Borders of cards (3:1 or more). Default #767676.
 * @cssproperty --kumppani-color-accent - Links and buttons. Default #0b5394.
 * @cssproperty --kumppani-color-on-accent - Text on accent buttons. Default #ffffff.
 * @cssproperty --kumppani-color-focus - Focus outline. Default #b3400b.
 * @cssproperty --kumppani-color-error - Error text and border. Default #8a1c1c.
 * @cssproperty --kumppani-color-error-surface - Error background. Default #fdecec.
 * @cssproperty --kumppani-color-notice - Notice text and border. Default #5c3d00.
 * @cssproperty --kumppani-color-notice-surface - Notice background. Default #fff4d6.
 * @cssproperty --kumppani-font-family - Font. Default: inherited from the page.
 * @cssproperty --kumppani-radius - Corner radius. Default 0.375em.
 * @cssproperty --kumppani-spacing - Base spacing. Default 1em.
 */
export class BlogFeed extends KumppaniElement {
  static override styles = [baseStyles, styles];

  static override properties = {
    blog: {},
    tag: {},
    itemHref: { attribute: 'item-href' },
    layout: { reflect: true },
    limit: { type: Number },
    paged: { type: Boolean },
    heading: {},
    page: { state: true },
    shown: { state: true },
  };

  /** Blog slugs (comma-separated), e.g. `kadet-sotessa`. Empty: all blogs. */
  blog = '';

  /** Tags (comma-separated), e.g. `kumppanuus`. Empty: any tag. */
  tag = '';

  /**
   * URL template of a post's page on the host site, e.g. `/blogi/{slug}` (also `{id}`, `{locale}`), for
   * posts without a canonical URL. A post's canonical URL always wins.
   */
  itemHref = '';

  /** `list` (one post per row, image beside the text when there is room) or `grid` (cards in columns). */
  layout: 'list' | 'grid' = 'list';

  /** Posts shown (per page with `paged`), 1–100. */
  limit = 6;

  /** When present, previous / next buttons page through older posts. */
  paged = false;

  /** The heading above the posts. Default: "Latest posts" in the UI language. */
  heading = '';

  private page = 1;

  /** The last response shown, kept while the next one loads so the layout stays put. */
  private shown: Loaded<PostList> | undefined;

  private focusResultsAfterUpdate = false;

  private readonly loader = new Task(this, {
    task: ([url], { signal }) => loadParsed(url, postList, signal),
    args: () => [this.requestUrl()] as const,
    onComplete: (loaded) => {
      this.shown = loaded;
    },
  });

  /** Reloads the current view, e.g. after an error. */
  reload(): void {
    void this.loader.run();
  }

  private filters() {
    return { blog: splitList(this.blog), tag: splitList(this.tag), locale: this.contentLocale };
  }

  private requestUrl(): string {
    return apiUrl(this.api, '/posts', { ...this.filters(), page: this.page, pageSize: Math.min(100, Math.max(1, this.limit || 6)) });
  }

  /** The same posts as a feed; the feed takes no paging. */
  private feedUrl(format: 'rss' | 'atom'): string {
    return apiUrl(this.api, `/feeds/posts.${format}`, this.filters());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another selection starts from its newest posts.
    if (changed.has('blog') || changed.has('tag') || changed.has('limit') || changed.has('lang')) this.page = 1;
  }

  protected override updated(): void {
    if (this.focusResultsAfterUpdate) {
      this.focusResultsAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
    }
  }

  private goToPage(page: number): void {
    this.page = page;
    // The button pressed may become disabled (last page): focus goes to the heading, from where a screen
    // reader user continues reading the new page.
    this.focusResultsAfterUpdate = true;
    this.emit('kumppani-page-change', { page });
  }

  private itemLink(item: PostSummary): string | null {
    if (item.canonicalUrl) return item.canonicalUrl;
    if (!this.itemHref) return null;
    return this.itemHref.replace(/\{(slug|id|locale)\}/g, (_, key: 'slug' | 'id' | 'locale') => encodeURIComponent(item[key]));
  }

  private onItemActivate(event: MouseEvent, item: PostSummary): void {
    if (!this.emit('kumppani-select', { item })) event.preventDefault();
  }

  private renderCard(item: PostSummary): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    const href = this.itemLink(item);
    const ui = item.locale === this.uiLocale ? nothing : this.uiLocale;
    const day = publishedDay(item.publishedDate, this.uiLocale);
    const activate = (event: MouseEvent) => this.onItemActivate(event, item);
    const image = item.heroImage;
    return html`<li>
      <article class="card" part="card" lang=${item.locale === this.uiLocale ? nothing : item.locale}>
        <div class="body">
          <h3 class="title" part="title">${href ? html`<a href=${href} @click=${activate}>${item.title}</a>` : item.title}</h3>
          <p class="meta" part="meta">
            <span lang=${ui}><span class="visually-hidden">${text.published} </span><time part="date" datetime=${day.datetime}>${day.text}</time></span>${item.blog
              ? html` · <span class="blog">${item.blog.name}</span>`
              : nothing}${item.authors.length
              ? html` · <span part="authors"><span class="visually-hidden" lang=${ui}>${text.by}: </span>${new Intl.ListFormat(INTL_LOCALE[this.uiLocale]).format(item.authors.map((author) => author.name))}</span>`
              : nothing}
          </p>
          ${item.lead ? html`<p class="lead" part="lead">${item.lead}</p>` : nothing}
          ${href
            ? html`<p class="more"><a part="read-more" href=${href} lang=${ui} @click=${activate}>${text.readMore}<span class="visually-hidden">: <span lang=${item.locale === this.uiLocale ? nothing : item.locale}>${item.title}</span></span></a></p>`
            : nothing}
        </div>
        ${image
          ? html`<img part="image" class="image" src=${image.url} alt=${image.alt} width=${image.width ?? nothing} height=${image.height ?? nothing} loading="lazy" />`
          : nothing}
      </article>
    </li>`;
  }

  private statusText(): string {
    const text = MESSAGES[this.uiLocale];
    if (this.loader.status === TaskStatus.ERROR) return COMMON_MESSAGES[this.uiLocale].errorTitle;
    if (this.loader.status === TaskStatus.PENDING || !this.shown) return COMMON_MESSAGES[this.uiLocale].loading;
    const { data, meta } = this.shown.data;
    const count = formatNumber(meta.total, this.uiLocale);
    if (meta.total === 0) return text.noPosts;
    if (!this.paged && meta.total > data.length) return fill(text.postsShown, { shown: formatNumber(data.length, this.uiLocale), count });
    return meta.total === 1 ? text.postCountOne : fill(text.postCount, { count });
  }

  private renderResults(): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    const retry = () => this.reload();
    if (this.loader.status === TaskStatus.ERROR) return renderError(this.loader.error, this.uiLocale, retry);
    if (!this.shown) return html`<div class="placeholder" aria-hidden="true"></div>`;
    const { data, stale } = this.shown;
    return html`${stale ? renderStaleNotice(this.uiLocale, retry) : nothing}
      ${data.data.length === 0
        ? html`<div class="empty" part="empty"><slot name="empty"><p>${text.noPosts}</p></slot></div>`
        : html`<ul class="list" part="list" role="list">${data.data.map((item) => this.renderCard(item))}</ul>`}
      ${this.paged ? renderPagination(data.meta.page, data.meta.pageCount, this.uiLocale, (page) => this.goToPage(page)) : nothing}`;
  }

  protected override render(): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    const busy = this.loader.status === TaskStatus.PENDING;
    return html`<slot name="header"></slot>
      <section class="results" aria-labelledby="results-heading" aria-busy=${busy ? 'true' : 'false'}>
        <h2 id="results-heading" part="results-heading" tabindex="-1">${this.heading || text.heading}</h2>
        <p class="status" part="status" role="status">${this.statusText()}</p>
        ${this.renderResults()}
      </section>
      <p class="feeds" part="feeds">
        ${text.subscribe}:
        <a part="feed-link" href=${this.feedUrl('rss')} type="application/rss+xml">${text.rss}</a>
        <a part="feed-link" href=${this.feedUrl('atom')} type="application/atom+xml">${text.atom}</a>
      </p>`;
  }
}
