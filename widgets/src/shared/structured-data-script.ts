/**
 * Writes an element's schema.org structured data (built in structured-data*.ts) as one
 * `<script type="application/ld+json">` in its light DOM, where search engines read it (they do not read
 * shadow DOM). The builders are imported only when there is something to describe, after the element's
 * render: this module is all an element carries up front.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Thing } from './structured-data.js';

/**
 * JSON for a `<script>` element: `<` written as \u003c, so that a `</script>` or `<!--` in a title cannot end
 * the script or change how the page parses.
 */
export const jsonForScript = (thing: Thing): string =>
  JSON.stringify({ '@context': 'https://schema.org', ...thing }).replace(/</g, '\\u003c');

type Host = ReactiveControllerHost & HTMLElement & { noStructuredData?: boolean; hasUpdated?: boolean };

/** What to describe, as a promise of the thing (its builder module is imported on the way), or nothing. */
export type Describe = () => Promise<Thing> | false | null | undefined;

/**
 * After each update, writes what `describe()` gives as one `<script type="application/ld+json">` child of the
 * host: replaced when the data changes, removed when `describe()` gives nothing, when the host has
 * `no-structured-data`, or when it leaves the page. Only the answer of the latest update is written.
 */
export class StructuredData implements ReactiveController {
  #latest: Promise<Thing> | undefined;

  constructor(
    private readonly host: Host,
    private readonly describe: Describe,
  ) {
    host.addController(this);
  }

  /** Settles when the script says what the element shows (for tests and for a host that reads it). */
  written: Promise<void> = Promise.resolve();

  /** The element's script: a child, so that one the host put deeper (in a fallback, say) is not taken. */
  get #script(): HTMLScriptElement | null {
    return this.host.querySelector(':scope > script[type="application/ld+json"]');
  }

  /** Back on the page (moved elsewhere): the script comes back with it. */
  hostConnected(): void {
    if (this.host.hasUpdated) this.hostUpdated();
  }

  hostUpdated(): void {
    const { host } = this;
    const latest = (this.#latest = (!(host.noStructuredData ?? host.hasAttribute('no-structured-data')) && this.describe()) || undefined);
    if (!latest) return this.hostDisconnected();
    this.written = latest.then(
      (thing) => {
        if (latest !== this.#latest) return;
        const text = jsonForScript(thing);
        // Written again only when it says something else, so that a re-render does not touch the page.
        const script = this.#script ?? host.appendChild(Object.assign(document.createElement('script'), { type: 'application/ld+json' }));
        if (script.textContent !== text) script.textContent = text;
      },
      // The builders could not be loaded (the CMS went away): the element works without its JSON-LD.
      () => {},
    );
  }

  hostDisconnected(): void {
    this.#latest = undefined;
    this.#script?.remove();
  }
}
