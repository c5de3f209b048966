/**
 * `<event-list subscribe>`'s links, in a module of their own: the element imports it only when the attribute is
 * set, so a list without them does not carry them (docs/performance.md).
 */
import { html, type TemplateResult } from 'lit';
import type { Dictionary, UiLocale } from '../shared/i18n.js';

const MESSAGES: Record<UiLocale, Dictionary<'subscribe' | 'app' | 'google' | 'outlook'>> = {
  fi: {
    subscribe: 'Tilaa tapahtumat kalenteriisi:',
    app: 'Avaa kalenterisovelluksessa',
    google: 'Lisää Google-kalenteriin',
    outlook: 'Lisää Outlook.com-kalenteriin',
  },
  sv: {
    subscribe: 'Prenumerera i din kalender:',
    app: 'Öppna i kalenderappen',
    google: 'Lägg till i Google Kalender',
    outlook: 'Lägg till i Outlook.com-kalendern',
  },
  en: {
    subscribe: 'Subscribe in your calendar:',
    app: 'Open in your calendar app',
    google: 'Add to Google Calendar',
    outlook: 'Add to Outlook.com',
  },
};

/**
 * Subscriptions to `calendar` (the https URL of an .ics): webcal: is the scheme calendar apps register for;
 * Google takes that address, Outlook.com the https one and a name for the calendar (the page's title, else
 * `name`).
 */
export function renderSubscribe(calendar: string, name: string, locale: UiLocale): TemplateResult {
  const text = MESSAGES[locale];
  const webcal = calendar.replace(/^https?:/, 'webcal:');
  const link = (href: string, label: string) => html`<a part="subscribe-link" href=${href}>${label}</a>`;
  return html`<p part="subscribe">
    ${text.subscribe} ${link(webcal, text.app)} · ${link(`https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`, text.google)} ·
    ${link(
      `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(calendar)}&name=${encodeURIComponent(document.title.trim() || name)}`,
      text.outlook,
    )}
  </p>`;
}
