import { COLLABORATIVE_AREA_COUNT, WELLBEING_SERVICES_COUNTY_COUNT } from '@kumppani/contract';
import type { UiLocale } from './i18n.js';
import { WHOLE_COUNTRY } from './messages.js';

/**
 * The regions an organisation serves, as its card and page name them: one "Koko Suomi" when they cover the country
 * (every collaborative area, or every wellbeing services county and Helsinki; the regions inside add nothing),
 * else each region.
 */
export function servedRegions(regions: { kind: string; name: string }[], locale: UiLocale): { name: string }[] {
  const count = (kind: string) => regions.filter((region) => region.kind == kind).length;
  return count('collaborative_area') < COLLABORATIVE_AREA_COUNT &&
    (count('wellbeing_services_county') < WELLBEING_SERVICES_COUNTY_COUNT || !count('city'))
    ? regions
    : [{ name: WHOLE_COUNTRY[locale] }];
}
