/** The builder's warnings: theme colours that fail WCAG 2.1 contrast, a host the CORS allow-list refuses, a filter over the API's list limit. */
import { MAX_LIST_VALUES, PLUGIN_ID } from '@kumppani/contract';
import type { Theme } from './elements';

/** Relative luminance of an sRGB colour written #rrggbb (WCAG 2.1, definition of relative luminance). */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export const isHexColour = (value: string) => /^#[0-9a-f]{6}$/i.test(value);

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export interface ContrastProblem {
  pair: string;
  ratio: number;
  required: number;
}

/** Pairs of the theme that carry text (WCAG 1.4.3 asks 4.5:1 for normal-size text). */
export function contrastProblems(theme: Theme): ContrastProblem[] {
  const pairs: [string, string, string][] = [
    ['Text on the card background', theme.text, theme.surface],
    ['Links on the card background', theme.accent, theme.surface],
    ['Button text on the button colour', theme.onAccent, theme.accent],
    // Headings, the result count, filter legends and the feed and calendar links sit on the page itself.
    ['Text on your page background', theme.text, theme.page],
    ['Links on your page background', theme.accent, theme.page],
  ];
  return pairs
    .map(([pair, foreground, background]) => ({ pair, ratio: contrastRatio(foreground, background), required: 4.5 }))
    .filter((problem) => problem.ratio < problem.required);
}

export type CorsAdvice =
  | { status: 'empty' }
  | { status: 'invalid'; message: string }
  | { status: 'allowed'; origin: string }
  | { status: 'blocked'; origin: string; envLine: string; configLine: string };

/** Whether a host site may call the API, and if not, the line that allows it. */
export function corsAdvice(hostAddress: string, allowed: '*' | string[]): CorsAdvice {
  const input = hostAddress.trim();
  if (input === '') return { status: 'empty' };
  let origin: string;
  try {
    const url = new URL(input);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
    origin = url.origin;
  } catch {
    return { status: 'invalid', message: 'Write the address of the site, e.g. https://www.example.fi' };
  }
  if (allowed === '*' || allowed.includes(origin)) return { status: 'allowed', origin };
  const origins = [...allowed, origin];
  return {
    status: 'blocked',
    origin,
    envLine: `KUMPPANI_CORS_ORIGINS=${origins.join(',')}`,
    configLine: `${PLUGIN_ID}: { config: { cors: { origins: [${origins.map((each) => `'${each}'`).join(', ')}] } } }`,
  };
}

/** Filters holding more values than one API request takes (the contract's list limit): the widget would get a 400. */
export function overfullFilters(filters: Record<string, string[]>): string[] {
  return Object.entries(filters)
    .filter(([, values]) => values.length > MAX_LIST_VALUES)
    .map(([attribute]) => attribute);
}
