/**
 * `<event-list filters="dates">`'s fieldset, in a module of its own: the element imports it only when the dates
 * filter is shown, so a list without it does not carry it (docs/performance.md).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiLocale } from '../shared/i18n.js';
import type { Period } from './event-list.component.js';

type DateChoice = { when: Period; from: string; to: string };

const MESSAGES: Record<UiLocale, { when: string; periods: Record<Period, string>; from: string; to: string }> = {
  fi: {
    when: 'Ajankohta',
    periods: { '': 'Kaikki tulevat', today: 'Tänään', week: 'Tällä viikolla', month: 'Tässä kuussa', range: 'Aikaväli' },
    from: 'Alkaen',
    to: 'Päättyen',
  },
  sv: {
    when: 'Tidpunkt',
    periods: { '': 'Alla kommande', today: 'I dag', week: 'Den här veckan', month: 'Den här månaden', range: 'Tidsperiod' },
    from: 'Från',
    to: 'Till',
  },
  en: {
    when: 'When',
    periods: { '': 'All upcoming', today: 'Today', week: 'This week', month: 'This month', range: 'Date range' },
    from: 'From',
    to: 'To',
  },
};

/** The date choices (all upcoming, today, this week, this month, a range of days) and, for a range, its days. */
export function renderDates(chosen: DateChoice, locale: UiLocale, change: (choice: Partial<DateChoice>) => void): TemplateResult {
  const text = MESSAGES[locale];
  const day = (name: 'from' | 'to') =>
    html`<label class="day"
      >${text[name]}
      <input type="date" name=${name} .value=${chosen[name]} @change=${(event: Event) => change({ [name]: (event.target as HTMLInputElement).value })}
    /></label>`;
  return html`<fieldset part="filter-group">
    <legend>${text.when}</legend>
    ${(Object.entries(text.periods) as [Period, string][]).map(
      ([period, label]) =>
        html`<label class="option"
          ><input type="radio" name="when" value=${period} .checked=${chosen.when === period} @change=${() => change({ when: period })} />${label}</label
        >`,
    )}
    ${chosen.when === 'range' ? html`${day('from')}${day('to')}` : nothing}
  </fieldset>`;
}
