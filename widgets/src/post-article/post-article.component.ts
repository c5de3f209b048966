import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { PostDetail as PostData } from '@kumppani/contract';
import { formatDate, helsinkiDate } from '../shared/dates.js';
import { DetailElement, renderFacts, renderNames, renderRefs } from '../shared/detail-element.js';
import { detailStyles } from '../shared/detail-styles.js';
import { StructuredData } from '../shared/structured-data-script.js';
import { formatList } from '../shared/i18n.js';
import { postResponse } from '../shared/shapes.js';
import { baseStyles } from '../shared/styles.js';
import { MESSAGES } from './post-article.messages.js';
import { styles } from './post-article.styles.js';

/** Whether `address` is the page the reader is on (the fragment aside): then there is no "original" to point to. */
function isThisPage(address: string): boolean {
  try {
    const [there, here] = [new URL(address, location.href), new URL(location.href)];
    there.hash = here.hash = '';
    return there.href === here.href;
  } catch {
    return false;
  }
}

/**
 * The title (a heading), publication date, blog, authors, hero image with its alt text and caption, lead,
 * body, topics, tags and related posts of one blog post. The body is the HTML the CMS renders from the
 * post's blocks, which it has already made safe. When the post was first published elsewhere
 * (`canonicalUrl`, another page than this one), a link says where; a `<link rel="canonical">` belongs in
 * the host page's `<head>`, which an element cannot write from its shadow root. The post comes from `slug`,
 * or from the page's address (`slug-param`); with neither, or for an unknown slug, a message says it was
 * not found.
 *
 * States: while loading, space is reserved and the status line says so; on an error, a message and a retry
 * button; when the CMS cannot be reached, the post this tab loaded before, with a notice; when there is no
 * such post, an announced "not found" message (and the `not-found` slot).
 *
 * @tag post-article
 * @summary One blog post from a Kumppani CMS, with its authors, date, hero image, body and related posts:
 * for the host site's post page.
 *
 * @slot not-found - Shown below the "not found" message, e.g. a link back to the blog.
 * @slot error - Replaces the text shown when loading fails (the retry button stays).
 *
 * @csspart status - The status line: loading, not found, or (read by screen readers only) the post's title.
 * @csspart not-found - The status line when there is no such post.
 * @csspart article - The post.
 * @csspart title - The post's title (a heading).
 * @csspart meta - The line with the date, blog and authors.
 * @csspart date - The publication date.
 * @csspart authors - The authors.
 * @csspart figure - The hero image with its caption.
 * @csspart image - The hero image.
 * @csspart caption - The hero image's caption.
 * @csspart lead - The lead paragraph.
 * @csspart body - The body.
 * @csspart facts - The topics and tags.
 * @csspart related - The related posts.
 * @csspart refs - The list of related posts.
 * @csspart original - The link to where the post was first published.
 * @csspart error - The error message block.
 * @csspart stale-notice - The notice shown with earlier data when the CMS cannot be reached.
 * @csspart retry-button - The retry button of the error block and the stale notice.
 *
 * @cssproperty [--kumppani-color-text=#1f2328] - Text colour.
 * @cssproperty [--kumppani-color-muted=#545b64] - Secondary text colour.
 * @cssproperty [--kumppani-color-border=#767676] - Border of the not-found message and of quotes in the body.
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
export class PostArticle extends DetailElement<PostData> {
  static override styles = [baseStyles, detailStyles, styles];

  protected readonly route = '/posts';
  protected readonly shape = postResponse;

  /** schema.org JSON-LD of the item on screen, in the light DOM for search engines (shared/structured-data-script.ts). */
  protected readonly structuredData = new StructuredData(this, () => {
    const { item } = this;
    return item && import('../shared/structured-data-post.js').then((builders) => builders.postStructuredData(item));
  });

  protected notFoundText(): string {
    return MESSAGES[this.uiLocale].notFound;
  }

  protected titleOf(item: PostData): string {
    return item.title;
  }

  protected renderItem(item: PostData): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    const locale = this.uiLocale;
    const [own, ui] = this.itemLangs(item.locale);
    const { heroImage: image, blog, authors, canonicalUrl } = item;
    const related = item.relatedPosts.map((post) => ({ ...post, name: post.title }));
    return html`<article part="article" lang=${own}>
      <h2 part="title" aria-level=${this.level()}>${item.title}</h2>
      <p class="meta" part="meta">
        <span lang=${ui}
          ><span class="visually-hidden">${text.published} </span
          ><time part="date" datetime=${helsinkiDate(item.publishedDate)}>${formatDate(item.publishedDate, locale, 'long')}</time></span
        >${blog ? html` · <span class="visually-hidden" lang=${ui}>${text.blog}: </span>${blog.url ? html`<a href=${blog.url}>${blog.name}</a>` : blog.name}` : nothing}${
          authors.length
            ? html` ·
                <span part="authors"
                  ><span class="visually-hidden" lang=${ui}>${text.by}: </span>${formatList(
                    authors.map((author) => (author.roleTitle ? `${author.name} (${author.roleTitle})` : author.name)),
                    locale,
                  )}</span
                >`
            : nothing
        }
      </p>
      ${item.lead ? html`<p class="lead" part="lead">${item.lead}</p>` : nothing}
      ${
        image
          ? html`<figure part="figure">
              <img part="image" src=${image.url} alt=${image.alt} width=${image.width ?? nothing} height=${image.height ?? nothing} />
              ${image.caption ? html`<figcaption part="caption">${image.caption}</figcaption>` : nothing}
            </figure>`
          : nothing
      }
      <div class="body" part="body">
        ${
          // Trust boundary: bodyHtml is rendered by the CMS from the post's blocks (cms/server/src/render/
          // blocks-html.ts), which escapes all text and writes only known tags, http(s) and mailto links
          // and no attribute that can run script. It is parsed here as HTML inside the shadow root, so the
          // host page's styles and scripts do not reach into it; a widget-side sanitiser would double the
          // element's size for no gain. Point `api` only at a CMS you trust, as for any embedded content.
          unsafeHTML(item.bodyHtml)
        }
      </div>
      ${renderFacts(
        [
          [text.topics, renderNames(item.topics, ui)],
          [text.tags, item.tags.join(', ')],
        ],
        ui,
      )}
      ${
        related.length
          ? html`<section part="related" aria-labelledby="related-heading">
              <h3 id="related-heading" lang=${ui} aria-level=${this.level(1)}>${text.related}</h3>
              ${renderRefs(related, item.locale)}
            </section>`
          : nothing
      }
      ${
        canonicalUrl && !isThisPage(canonicalUrl)
          ? html`<p part="original" lang=${ui}>${text.original}: <a href=${canonicalUrl}>${canonicalUrl.replace(/^https?:\/\//, '')}</a></p>`
          : nothing
      }
    </article>`;
  }
}
