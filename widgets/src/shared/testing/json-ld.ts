/** Test support (never bundled): the JSON-LD an element keeps in its light DOM (shared/structured-data.ts). */
import { expect } from '@open-wc/testing';

export interface JsonLdItemList {
  '@context': string;
  '@type': string;
  itemListElement: { '@type': string; position: number; item: Record<string, unknown> }[];
}

/**
 * Waits for the element's update and then for its structured data (written once the builders' module is in,
 * shared/structured-data-script.ts), so that what the tests read, or find missing, is what it settled on.
 */
async function settled(el: Element): Promise<void> {
  const element = el as Element & { updateComplete?: Promise<unknown>; structuredData?: { written: Promise<void> } };
  await element.updateComplete;
  await element.structuredData?.written;
}

/** The element's JSON-LD scripts once settled, wherever they are below it (there should be one, its child). */
export async function ldScripts(el: Element): Promise<Element[]> {
  await settled(el);
  return [...el.querySelectorAll('script[type="application/ld+json"]')];
}

/** The one JSON-LD script of `el`, a child in its light DOM (none in its shadow DOM), parsed. */
export async function jsonLdOf(el: Element): Promise<JsonLdItemList> {
  const scripts = await ldScripts(el);
  expect(scripts, 'one JSON-LD script').to.have.length(1);
  expect(scripts[0]!.parentNode, "in the element's light DOM").to.equal(el);
  expect(el.shadowRoot?.querySelector('script'), 'none in the shadow DOM').to.not.exist;
  return JSON.parse(scripts[0]!.textContent!) as JsonLdItemList;
}

/** Position, @type and name (or headline) of each ListItem. */
export const listedThings = async (el: Element) =>
  (await jsonLdOf(el)).itemListElement.map(({ position, item }) => [position, item['@type'], item.name ?? item.headline]);
