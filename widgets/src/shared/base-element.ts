import { LitElement, type PropertyDeclarations } from 'lit';
import { emit, type KumppaniEventMap } from './events.js';
import { resolveUiLocale, type UiLocale } from './i18n.js';

/** What every Kumppani element shares: the CMS address, the UI language and typed events. */
export abstract class KumppaniElement extends LitElement {
  // Reactive properties are declared with `static properties` rather than decorators: same behaviour,
  // and about half a kilobyte less per bundle (the decorator helpers), which the size budget needs.
  static override properties: PropertyDeclarations = {
    api: {},
    lang: {},
  };

  /** Base URL of the CMS, e.g. `https://cms.example.fi`. Empty: the page's own origin. */
  api = '';

  /** UI language (fi, sv or en). Without it: the closest `[lang]` ancestor, `<html lang>`, else fi. */
  override lang = '';

  /**
   * Resolved before each render. An inherited language (from `<html lang>`) is not watched: hosts reload
   * the page to switch language; a page that switches in place sets `lang` on the element instead.
   */
  protected uiLocale: UiLocale = 'fi';

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.uiLocale = resolveUiLocale(this);
  }

  /** Language of content requested from the API: the UI language, so texts and labels agree. */
  protected get contentLocale(): UiLocale {
    return this.uiLocale;
  }

  protected emit<Name extends keyof KumppaniEventMap>(name: Name, detail: KumppaniEventMap[Name]['detail']): boolean {
    return emit(this, name, detail as never);
  }
}
