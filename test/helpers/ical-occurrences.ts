/** The occurrences a calendar file's series means, as ical.js (an RFC 5545 implementation of its own) expands it. */
import ICAL from 'ical.js';

export interface ReadOccurrence {
  startsAt: string;
  endsAt: string;
  /** CANCELLED, CONFIRMED …, from the series or from the occurrence's own VEVENT (RECURRENCE-ID). */
  status: string;
  /** True for an occurrence with its own VEVENT: cancelled or moved. */
  changed: boolean;
}

/** Every occurrence of the one series in `text`, its changed occurrences applied. */
export function icalOccurrences(text: string): ReadOccurrence[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  const vevents = calendar.getAllSubcomponents('vevent');
  const master = new ICAL.Event(vevents.find((vevent) => !vevent.hasProperty('recurrence-id')));
  for (const vevent of vevents.filter((candidate) => candidate.hasProperty('recurrence-id')))
    master.relateException(new ICAL.Event(vevent));
  const occurrences: ReadOccurrence[] = [];
  const iterator = master.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    const { item, startDate, endDate } = master.getOccurrenceDetails(next);
    occurrences.push({
      startsAt: startDate.toJSDate().toISOString(),
      endsAt: endDate.toJSDate().toISOString(),
      status: String(item.component.getFirstPropertyValue('status')),
      changed: item.isRecurrenceException(),
    });
  }
  return occurrences;
}
