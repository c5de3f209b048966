/**
 * Kumppani content is Finnish first: fi is the default locale, sv and en the others (DESIGN.md). Ensured
 * at every start; an app that wants another default turns `manageLocales` off in the plugin config.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_LOCALES, DEFAULT_LOCALE, type ContentLocale } from '@kumppani/contract';

/** A name for each content locale of the contract: a locale added there without one fails the type check. */
const LOCALE_NAMES: Record<ContentLocale, string> = { fi: 'Finnish (fi)', sv: 'Swedish (sv)', en: 'English (en)' };

export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const code of CONTENT_LOCALES) {
    if (!(await locales.findByCode(code))) await locales.create({ code, name: LOCALE_NAMES[code] });
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
}
