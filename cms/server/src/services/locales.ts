/**
 * Kumppani content is Finnish first: fi is the default locale, sv and en the others (DESIGN.md). Ensured
 * at every start; an app that wants another default turns `manageLocales` off in the plugin config.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_LOCALES, DEFAULT_LOCALE } from '@kumppani/contract';

const LOCALE_NAMES: Record<string, string> = { fi: 'Finnish (fi)', sv: 'Swedish (sv)', en: 'English (en)' };

export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const code of CONTENT_LOCALES) {
    if (!(await locales.findByCode(code))) await locales.create({ code, name: LOCALE_NAMES[code] });
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
}
