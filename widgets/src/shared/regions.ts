import { COLLABORATIVE_AREA_COUNT } from '@kumppani/contract';
import type { UiLocale } from './i18n.js';
import { WHOLE_COUNTRY } from './messages.js';

/**
 * The regions an organisation serves, as its card and page name them: one "Koko Suomi" when they include every
 * collaborative area (which together cover the country; the counties inside them add nothing), else each region.
 */
export const servedRegions = (regions: { kind: string; name: string }[], locale: UiLocale): { name: string }[] =>
  regions.filter((region) => region.kind == 'collaborative_area').length < COLLABORATIVE_AREA_COUNT
    ? regions
    : [{ name: WHOLE_COUNTRY[locale] }];
