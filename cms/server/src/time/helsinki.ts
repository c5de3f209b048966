/** Wall-clock times in Finland to and from UTC instants, through luxon's IANA zone data. */
import { HELSINKI_TIME_ZONE } from '@kumppani/contract';
import { DateTime, IANAZone } from 'luxon';

/** Finland's time zone by its IANA name (the contract's: the API's times are Helsinki times). */
export const HELSINKI = HELSINKI_TIME_ZONE;

const zone = IANAZone.create(HELSINKI);

function inHelsinki(instant: Date): DateTime<true> {
  const dateTime = DateTime.fromJSDate(instant, { zone });
  if (!dateTime.isValid) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  return dateTime;
}

/** Offset of Helsinki from UTC at an instant, in minutes (120 in winter, 180 in summer). */
export function helsinkiOffsetMinutes(instant: Date): number {
  return inHelsinki(instant).offset;
}

/**
 * 'YYYY-MM-DD' + 'HH:MM' in Helsinki → the UTC instant. A time the spring change skips (03:00–03:59 on
 * the last Sunday of March) counts an hour later in summer time, as a clock set forward shows it; a time
 * the autumn change repeats (03:00–03:59 on the last Sunday of October) is the second one, in winter
 * time. Luxon alone would choose between the two by the offset at the moment the process started.
 */
export function helsinkiWallTimeToUtc(date: string, time: string): Date {
  const wallTime = DateTime.fromFormat(`${date} ${time}`, 'yyyy-MM-dd HH:mm', { zone });
  if (!wallTime.isValid) throw new RangeError(`Not a Helsinki date and time: "${date}" "${time}" (${wallTime.invalidExplanation})`);
  const latest = Math.max(...wallTime.getPossibleOffsets().map((candidate) => candidate.toMillis()));
  return new Date(latest);
}

/** The Helsinki calendar date ('YYYY-MM-DD') of an instant, optionally moved by whole days. */
export function helsinkiDate(instant: Date, plusDays = 0): string {
  return inHelsinki(instant).plus({ days: plusDays }).toISODate();
}
