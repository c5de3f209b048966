import { LitElement, nothing, type PropertyDeclarations } from 'lit';
import { emit, type KumppaniEventMap } from './events.js';
import { inheritedLang, toUiLocale, type UiLocale } from './i18n.js';
import { isDarkBehind } from './theme.js';

/** What every Kumppani element shares: the CMS address, the UI language and typed events. */
export abstract class KumppaniElement extends LitElement {
  // Reactive properties are declared with `static properties` rather than decorators: same behaviour,
  // and about half a kilobyte less per bundle (the decorator helpers), which the size budget needs.
  static override properties: PropertyDeclarations = {
    api: {},
    lang: {},
    noStructuredData: { type: Boolean, attribute: 'no-structured-data' },
    theme: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Base URL of the CMS, e.g. `https://cms.example.fi`. Empty: the page's own origin. */
  api = '';

  /** UI language (fi, sv or en). Without it: the closest `[lang]` ancestor, `<html lang>`, else fi. */
  override lang = '';

  /**
   * When present, the element writes no schema.org structured data. Without it, it keeps one
   * `<script type="application/ld+json">` in its light DOM (where search engines read it) describing what it
   * shows: an ItemList of the items of a list, or the one item.
   */
  noStructuredData = false;

  /**
   * Colour scheme: `auto` (default) reads the page's background behind the element when the element starts
   * (dark: light text, dark cards), `light` or `dark` fixes it. `--kumppani-color-*` values win over both.
   * The element shows the scheme it uses as `data-scheme="light"` or `"dark"`. Both palettes and the text size
   * (body text never below 16px; `--kumppani-font-size`): widgets/README.md, "Colours, dark pages and text size".
   */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /**
   * Level (1–6) of the element's heading, so that it fits the page's outline (e.g. `3` under the host's own
   * `h2`); headings inside it are one level lower each. Other values: 2.
   */
  headingLevel = 2;

  /**
   * Resolved before each render. An inherited language (from `<html lang>`) is not watched: hosts reload
   * the page to switch language; a page that switches in place sets `lang` on the element instead.
   */
  protected uiLocale: UiLocale = 'fi';

  /**
   * `lang` for the nodes of the shadow tree that hold UI texts: the UI language when the element's own
   * language is not a UI language (a page in Northern Sámi or German, or without `lang`, gets the Finnish
   * UI, marked as Finnish), else nothing, and the texts inherit the element's language. Slotted content
   * keeps the page's language either way.
   */
  protected uiLang: UiLocale | typeof nothing = nothing;

  /** Inside `uiLang`, `lang` for texts the host gives in its own language (e.g. a `heading`), else nothing. */
  protected hostLang: string | typeof nothing = nothing;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('theme'))
      this.dataset.scheme = this.theme == 'dark' || (this.theme != 'light' && isDarkBehind(this)) ? 'dark' : 'light';
    const inherited = inheritedLang(this);
    const locale = toUiLocale(inherited);
    this.uiLocale = locale ?? 'fi';
    this.uiLang = locale ? nothing : this.uiLocale;
    this.hostLang = locale ? nothing : inherited;
  }

  /**
   * `lang` values for a card whose text is in `locale`: for the card (the item's language) and for the UI
   * words inside it (the UI language), both nothing when the item is in the UI language.
   */
  protected itemLangs(locale: string): [item: string | typeof nothing, ui: string | typeof nothing] {
    return locale === this.uiLocale ? [nothing, nothing] : [locale, this.uiLocale];
  }

  /** The level of a heading `below` levels under the element's own heading (`heading-level`), at most 6. */
  protected level(below = 0): number {
    const top = this.headingLevel;
    return Math.min(6, (Number.isInteger(top) && top >= 1 && top <= 6 ? top : 2) + below);
  }

  /** Language of content requested from the API: the UI language, so texts and labels agree. */
  protected get contentLocale(): UiLocale {
    return this.uiLocale;
  }

  protected emit<Name extends keyof KumppaniEventMap>(name: Name, detail: KumppaniEventMap[Name]['detail']): boolean {
    return emit(this, name, detail as never);
  }

  /** A click on an item's link: fires `kumppani-select`; a listener's preventDefault() stops the navigation. */
  protected select(event: Event, item: unknown): void {
    if (!this.emit('kumppani-select', { item })) event.preventDefault();
  }
}
