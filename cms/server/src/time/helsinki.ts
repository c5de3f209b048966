/** Wall-clock times in Finland (Europe/Helsinki) to and from UTC instants, with Intl only. */
export const HELSINKI = 'Europe/Helsinki';

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: HELSINKI, timeZoneName: 'longOffset' });
const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: HELSINKI, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Offset of Helsinki from UTC at an instant, in minutes (120 in winter, 180 in summer). */
export function helsinkiOffsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** 'YYYY-MM-DD' + 'HH:MM' in Helsinki → the UTC instant. */
export function helsinkiWallTimeToUtc(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offset depends on the instant itself; a second pass settles it around the DST switch.
  let instant = asIfUtc - helsinkiOffsetMinutes(new Date(asIfUtc)) * 60_000;
  instant = asIfUtc - helsinkiOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

/** The Helsinki calendar date ('YYYY-MM-DD') of an instant, optionally moved by whole days. */
export function helsinkiDate(instant: Date, plusDays = 0): string {
  const [year, month, day] = dateFormat.format(instant).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + plusDays)).toISOString().slice(0, 10);
}
