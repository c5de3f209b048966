import { html, nothing, type TemplateResult } from 'lit';
import type { OrganisationDetail as OrganisationData } from '@kumppani/contract';
import { ORGANISATION_KIND_LABELS } from '@kumppani/contract';
import { baseStyles } from '../shared/styles.js';
import { DetailElement, formatAddress, renderFacts, renderNames, renderRefs } from '../shared/detail-element.js';
import { detailStyles } from '../shared/detail-styles.js';
import { StructuredData } from '../shared/structured-data-script.js';
import { organisationResponse } from '../shared/shapes.js';
import { servedRegions } from '../shared/regions.js';
import { MESSAGES } from './organisation-detail.messages.js';
import { styles } from './organisation-detail.styles.js';

/**
 * The name (a heading), kind, logo, description, contact details, address, regions and topics, umbrella
 * organisation, members and programmes of one organisation, each linked to its public page where it has
 * one. E-mail and phone appear only when the API gives them: it leaves out what the organisation has not
 * made public. The organisation comes from `slug`, or from the page's address (`slug-param`); with neither,
 * or for an unknown slug, a message says it was not found.
 *
 * States: while loading, space is reserved and the status line says so; on an error, a message and a retry
 * button; when the CMS cannot be reached, the organisation this tab loaded before, with a notice; when
 * there is no such organisation, an announced "not found" message (and the `not-found` slot).
 *
 * @tag organisation-detail
 * @summary One organisation from a Kumppani CMS, with its contact details, address, regions, topics,
 * umbrella organisation, members and programmes: for the host site's organisation page.
 *
 * @slot not-found - Shown below the "not found" message, e.g. a link back to the directory.
 * @slot error - Replaces the text shown when loading fails (the retry button stays).
 *
 * @csspart status - The status line: loading, not found, or (read by screen readers only) the organisation's name.
 * @csspart not-found - The status line when there is no such organisation.
 * @csspart article - The organisation.
 * @csspart title - The organisation's name (a heading).
 * @csspart kind - The type of organisation.
 * @csspart logo - The logo.
 * @csspart description - The description.
 * @csspart facts - The list of contact details, address, regions, topics and related organisations.
 * @csspart refs - A list of linked organisations or programmes.
 * @csspart error - The error message block.
 * @csspart stale-notice - The notice shown with earlier data when the CMS cannot be reached.
 * @csspart retry-button - The retry button of the error block and the stale notice.
 *
 * @cssproperty [--kumppani-color-text=#1f2328] - Text colour.
 * @cssproperty [--kumppani-color-muted=#545b64] - Secondary text colour.
 * @cssproperty [--kumppani-color-border=#767676] - Border of the not-found message.
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
export class OrganisationDetail extends DetailElement<OrganisationData> {
  static override styles = [baseStyles, detailStyles, styles];

  protected readonly route = '/organisations';
  protected readonly shape = organisationResponse;

  /** schema.org JSON-LD of the item on screen, in the light DOM for search engines (shared/structured-data-script.ts). */
  protected readonly structuredData = new StructuredData(this, () => {
    const { item } = this;
    return item && import('../shared/structured-data-organisation.js').then((builders) => builders.organisationStructuredData(item));
  });

  protected notFoundText(): string {
    return MESSAGES[this.uiLocale].notFound;
  }

  protected titleOf(item: OrganisationData): string {
    return item.name;
  }

  protected renderItem(item: OrganisationData): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    const [own, ui] = this.itemLangs(item.locale);
    const logo = item.logo;
    const address = formatAddress(item.address);
    return html`<article part="article" lang=${own}>
      <div class="head">
        <div>
          <h2 part="title" aria-level=${this.level()}>${item.name}</h2>
          <p class="kind" part="kind" lang=${ui}>${ORGANISATION_KIND_LABELS[this.uiLocale][item.kind]}</p>
        </div>
        ${
          logo
            ? html`<img part="logo" class="logo" src=${logo.url} alt=${logo.alt} width=${logo.width ?? nothing} height=${logo.height ?? nothing} />`
            : nothing
        }
      </div>
      ${item.description ? html`<p class="description" part="description">${item.description}</p>` : nothing}
      ${renderFacts(
        [
          [text.alternateNames, item.alternateNames.join(', ')],
          [text.website, item.website && html`<a href=${item.website}>${item.website.replace(/^https?:\/\/|\/$/g, '')}</a>`],
          [text.email, item.email && html`<a href=${`mailto:${item.email}`}>${item.email}</a>`],
          [text.phone, item.phone && html`<a href=${`tel:${item.phone.replace(/[^\d+]/g, '')}`}>${item.phone}</a>`],
          [text.address, address],
          [text.regions, renderNames(servedRegions(item.regions, this.uiLocale), ui)],
          [text.topics, renderNames(item.topics, ui)],
          [text.parent, item.parent && renderRefs([item.parent], item.locale)],
          [text.members, renderRefs(item.members, item.locale)],
          [text.programmes, renderRefs(item.programmes, item.locale)],
          [text.businessId, item.businessId],
        ],
        ui,
      )}
    </article>`;
  }
}
