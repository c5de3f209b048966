/** Test support (never bundled): the JSON-LD an element keeps in its light DOM (shared/structured-data.ts). */
import { expect } from '@open-wc/testing';

export interface JsonLdItemList {
  '@context': string;
  '@type': string;
  itemListElement: { '@type': string; position: number; item: Record<string, unknown> }[];
}

/** The element's JSON-LD scripts, wherever they are below it (there should be one, its child). */
export const ldScripts = (el: Element) => [...el.querySelectorAll('script[type="application/ld+json"]')];

/** The one JSON-LD script of `el`, a child in its light DOM (none in its shadow DOM), parsed. */
export function jsonLdOf(el: Element): JsonLdItemList {
  const scripts = ldScripts(el);
  expect(scripts, 'one JSON-LD script').to.have.length(1);
  expect(scripts[0]!.parentNode, "in the element's light DOM").to.equal(el);
  expect(el.shadowRoot?.querySelector('script'), 'none in the shadow DOM').to.not.exist;
  return JSON.parse(scripts[0]!.textContent!) as JsonLdItemList;
}

/** Position, @type and name (or headline) of each ListItem. */
export const listedThings = (el: Element) =>
  jsonLdOf(el).itemListElement.map(({ position, item }) => [position, item['@type'], item.name ?? item.headline]);
