/**
 * Typed `kumppani-*` events. They bubble and are composed so a host page can listen on `document`.
 * `kumppani-select` is cancelable: calling preventDefault() keeps the link from navigating, so a
 * single-page app can show the item itself.
 */
export interface KumppaniSelectDetail<Item = unknown> {
  item: Item;
}

export interface KumppaniFilterChangeDetail {
  q: string;
  filters: Record<string, string[]>;
}

export interface KumppaniPageChangeDetail {
  page: number;
}

export interface KumppaniEventMap {
  'kumppani-select': CustomEvent<KumppaniSelectDetail>;
  'kumppani-filter-change': CustomEvent<KumppaniFilterChangeDetail>;
  'kumppani-page-change': CustomEvent<KumppaniPageChangeDetail>;
}

type DetailOf<Name extends keyof KumppaniEventMap> = KumppaniEventMap[Name] extends CustomEvent<infer Detail> ? Detail : never;

/** Dispatches a typed event; returns false when a listener called preventDefault(). */
export function emit<Name extends keyof KumppaniEventMap>(target: EventTarget, name: Name, detail: DetailOf<Name>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: name === 'kumppani-select' }));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds our events to the DOM's map
  interface HTMLElementEventMap extends KumppaniEventMap {}
}
