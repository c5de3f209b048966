import { html, nothing, type TemplateResult } from 'lit';
import { MAX_PAGE_SIZE, type PostSummary } from '@kumppani/contract';
import { fillItemHref, splitList } from '../shared/attributes.js';
import { KumppaniElement } from '../shared/base-element.js';
import { formatDate, helsinkiDate } from '../shared/dates.js';
import { fill, formatList, formatNumber, type UiLocale } from '../shared/i18n.js';
import { ListController } from '../shared/list-controller.js';
import { apiUrl } from '../shared/load.js';
import { postList } from '../shared/shapes.js';
import { baseStyles } from '../shared/styles.js';
import { StructuredData } from '../shared/structured-data-script.js';
import { pagedStatus, renderHiddenTitle, renderPagination, renderList } from '../shared/templates.js';
import { MESSAGES } from './blog-feed.messages.js';
import { styles } from './blog-feed.styles.js';

/** The publication day in Helsinki, in words of the UI locale, and as YYYY-MM-DD for `<time datetime>`. */
export function publishedDay(instant: string, locale: UiLocale): { text: string; datetime: string } {
  return { text: formatDate(instant, locale, 'long'), datetime: helsinkiDate(instant) };
}

/**
 * Each post shows its hero image (with its alt text), title linking to the post, lead, authors, date and a
 * read-more link, in a list or a grid. A syndicated post (imported from a partner's feed) names its source
 * ("Lähde: …") and links to the original on the partner's site, which its links tell screen reader users. The
 * feed links under the posts point to `/api/kumppani/feeds/posts.rss` and `.atom` with the same `blog`, `tag`,
 * `syndicated` and locale.
 *
 * @tag blog-feed
 * @summary The latest posts of one or more blogs or tags from a Kumppani CMS, with links to subscribe to
 * the same posts as an RSS or Atom feed.
 *
 * @event {CustomEvent<{ item: PostSummary }>} kumppani-select - A post's title or read-more link was activated.
 *   `detail.item` is the PostSummary. Cancelable: preventDefault() stops the navigation.
 * @event {CustomEvent<{ page: number }>} kumppani-page-change - With `paged`: the user moved to another page.
 *   `detail.page` is the new page (from 1). Focus moves to the heading.
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
 * @csspart source - A syndicated post's source ("Lähde: …").
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
 * @cssproperty [--kumppani-color-text=#1f2328] - Text colour.
 * @cssproperty [--kumppani-color-muted=#545b64] - Secondary text colour.
 * @cssproperty [--kumppani-color-surface=#fff] - Card background.
 * @cssproperty [--kumppani-color-border=#767676] - Borders of cards (3:1 or more).
 * @cssproperty [--kumppani-color-accent=#0b5394] - Links and buttons.
 * @cssproperty [--kumppani-color-on-accent=#fff] - Text on accent buttons.
 * @cssproperty [--kumppani-color-focus=#b3400b] - Focus outline.
 * @cssproperty [--kumppani-color-error=#8a1c1c] - Error text and border.
 * @cssproperty [--kumppani-color-error-surface=#fdecec] - Error background.
 * @cssproperty [--kumppani-color-notice=#5c3d00] - Notice text and border.
 * @cssproperty [--kumppani-color-notice-surface=#fff4d6] - Notice background.
 * @cssproperty [--kumppani-font-family=inherit] - Font; by default the font of the page.
 * @cssproperty [--kumppani-radius=0.375em] - Corner radius.
 * @cssproperty [--kumppani-spacing=1em] - Base spacing.
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
    syndicated: {},
  };

  /** Blog slugs (comma-separated), e.g. `kadet-sotessa`. Empty: all blogs. */
  blog = '';

  /** Tags (comma-separated), e.g. `kumppanuus`. Empty: any tag. */
  tag = '';

  /**
   * URL template of a post's page on the host site, e.g. `/blogi/{slug}` (also `{id}`, `{locale}`), for
   * posts without a canonical URL. A post's canonical URL always wins; without either, a post links to its
   * public page (`url` from the CMS), else it has no link.
   */
  itemHref = '';

  /**
   * Posts imported from partners' feeds: `only` shows just those, `exclude` leaves them out. Empty: all posts,
   * syndicated ones naming their source.
   */
  syndicated: '' | 'only' | 'exclude' = '';

  /** `list` (one post per row, image beside the text when there is room) or `grid` (cards in columns). */
  layout: 'list' | 'grid' = 'list';

  /** Posts shown (per page with `paged`), 1–100. */
  limit = 6;

  /** When present, previous / next buttons page through older posts. */
  paged = false;

  /**
   * Text of the heading above the posts. Empty: "Uusimmat kirjoitukset" / "Senaste inläggen" / "Latest posts"
   * in the UI language.
   */
  heading = '';

  /** The page of posts shown as an ItemList; positions count from the newest post. */
  protected readonly structuredData = new StructuredData(this, () => {
    const shown = this.#list.current;
    return (
      !!shown?.items.length &&
      import('../shared/structured-data-post.js').then((builders) =>
        builders.itemListStructuredData(shown.items, builders.postStructuredData, (shown.meta.page - 1) * shown.meta.pageSize + 1),
      )
    );
  });

  /** Pages (with `paged`) replace each other; another selection starts from its newest posts. */
  readonly #list = new ListController(this, { shape: postList, url: () => this.#requestUrl() });

  /** Reloads the current view, e.g. after an error. */
  reload(): void {
    this.#list.reload();
  }

  #filters() {
    const syndicated = this.syndicated === 'only' ? 'true' : this.syndicated === 'exclude' ? 'false' : undefined;
    return { blog: splitList(this.blog), tag: splitList(this.tag), syndicated, locale: this.contentLocale };
  }

  #requestUrl(): string {
    return apiUrl(this.api, '/posts', {
      ...this.#filters(),
      pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, this.limit || 6)),
    });
  }

  /** The same posts as a feed; the feed takes no paging. */
  #feedUrl(format: 'rss' | 'atom'): string {
    return apiUrl(this.api, `/feeds/posts.${format}`, this.#filters());
  }

  #itemLink(item: PostSummary): string | null {
    return item.canonicalUrl ?? (this.itemHref ? fillItemHref(this.itemHref, item) : item.url);
  }

  #renderCard(item: PostSummary): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    const href = this.#itemLink(item);
    const [own, ui] = this.itemLangs(item.locale);
    const day = publishedDay(item.publishedDate, this.uiLocale);
    const activate = (event: MouseEvent) => this.select(event, item);
    const image = item.heroImage;
    // A syndicated post's links lead to the original on the partner's site: screen readers hear where.
    const leaves =
      href && item.source && href === item.canonicalUrl
        ? html`<span class="visually-hidden" lang=${ui}> (${text.toPartnerSite})</span>`
        : nothing;
    return html`<li>
      <article class="card" part="card" lang=${own}>
        <div class="body">
          <h3 class="title" part="title" aria-level=${this.level(1)}>${href ? html`<a href=${href} @click=${activate}>${item.title}${leaves}</a>` : item.title}</h3>
          <p class="meta" part="meta">
            <span lang=${ui}
              ><span class="visually-hidden">${text.published} </span><time part="date" datetime=${day.datetime}>${day.text}</time></span
            >${item.blog ? html` · <span class="blog">${item.blog.name}</span>` : nothing}${
              item.authors.length
                ? html` ·
                    <span part="authors"
                      ><span class="visually-hidden" lang=${ui}>${text.by}: </span>${formatList(
                        item.authors.map((author) => author.name),
                        this.uiLocale,
                      )}</span
                    >`
                : nothing
            }${item.source ? html` · <span part="source" lang=${ui}>${text.source}: <span lang=${own}>${item.source.name}</span></span>` : nothing}
          </p>
          ${item.lead ? html`<p class="lead" part="lead">${item.lead}</p>` : nothing}
          ${
            href
              ? html`<p class="more">
                  <a part="read-more" href=${href} lang=${ui} @click=${activate}>${text.readMore}${renderHiddenTitle(item.title, own)}${leaves}</a>
                </p>`
              : nothing
          }
        </div>
        ${
          image
            ? html`<img
                part="image"
                class="image"
                src=${image.url}
                alt=${image.alt}
                width=${image.width ?? nothing}
                height=${image.height ?? nothing}
                loading="lazy"
              />`
            : nothing
        }
      </article>
    </li>`;
  }

  protected override render(): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    return html`<slot name="header"></slot>
      ${this.#list.render(
        this.uiLocale,
        this.level(),
        this.heading ? html`<span lang=${this.hostLang}>${this.heading}</span>` : text.heading,
        ({ data: { data, meta } }) => {
          const count = formatNumber(meta.total, this.uiLocale);
          if (meta.total === 0) return text.noPosts;
          if (!this.paged && meta.total > data.length)
            return fill(text.postsShown, { shown: formatNumber(data.length, this.uiLocale), count });
          return pagedStatus(meta.total === 1 ? text.postCountOne : fill(text.postCount, { count }), meta, this.uiLocale);
        },
        ({ items }) => renderList(items, text.noPosts, (item) => this.#renderCard(item)),
        ({ meta }) => (this.paged ? renderPagination(meta.page, meta.pageCount, this.uiLocale, this.#list.goTo) : nothing),
        this.uiLang,
      )}
      <p class="feeds" part="feeds" lang=${this.uiLang}>
        ${text.subscribe}:
        <a part="feed-link" href=${this.#feedUrl('rss')} type="application/rss+xml">${text.rss}</a>
        <a part="feed-link" href=${this.#feedUrl('atom')} type="application/atom+xml">${text.atom}</a>
      </p>`;
  }
}
