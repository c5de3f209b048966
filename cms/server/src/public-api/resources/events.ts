/** Events: upcoming by default, overlap with a date range, filters as in Helsinki's Linked Events API. */
import type { ReadModel } from '../../read-model/read-model';
import type { Source } from '../../read-model/tables';
import type { Knex } from 'knex';
import {
  type AttendanceMode,
  type ContentLocale,
  type EventCalendarQuery,
  type EventListQuery,
  type EventStatus,
  type EventSummary,
  HELSINKI_TIME_ZONE,
  PUBLIC_API_PREFIX,
} from '@kumppani/contract';
import { parseQuery } from '../../search/tokens';
import { holdsBetween, now } from '../../time/clock';
import { helsinkiDate, helsinkiWallTimeToUtc } from '../../time/helsinki';
import { canonicalIds, documentRefs, linkedRows, loadTaxonomy, type BaseRow, type Taxonomy } from '../../read-model/links';
import {
  findBySlug,
  instant,
  list,
  pageMeta,
  textOrNull,
  whereJsonListHasAny,
  whereTaxonomy,
  whereText,
} from '../../read-model/query-helpers';
import { toDate } from '../../read-model/versions';
import { visibleRows, whereLinkedToSlugs } from '../../read-model/visible-rows';

const optionalInstant = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : instant(value));
const isTrue = (value: unknown) => value === true || value === 1;

/** A query bound: a date means the start of that day in Helsinki; as an end, the start of the next day. */
function bound(value: string, asEnd: boolean): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = asEnd ? helsinkiDate(helsinkiWallTimeToUtc(value, '12:00'), 1) : value;
    return helsinkiWallTimeToUtc(day, '00:00');
  }
  return new Date(value);
}

/**
 * The tables an event list, calendar or single event reads (the HTTP edge keys its cache by their
 * fingerprint and checks every response against this list): the events, their organisers and programme
 * (also the `organiser` and `programme` filters), regions and topics. Events have no images.
 */
export const EVENT_READS = ['event', 'organisation', 'programme', 'region', 'topic'] as const satisfies readonly Source[];

type EventFilters = Omit<EventListQuery, 'page' | 'pageSize'>;

/** The last moment of an event: its end, or its start instant when it has no end. */
function lastMomentOf(model: ReadModel) {
  const table = model.table('event');
  return model.knex.raw('coalesce(??, ??)', [`t.${table.column('endsAt')}`, `t.${table.column('startsAt')}`]);
}

/**
 * Without `start` or `end`, the list is the events that have not ended yet. That answer changes only when
 * one of the matching events ends, so it tells the response cache between which ends it was rendered.
 */
async function notEndedYet(model: ReadModel, filtered: Knex.QueryBuilder): Promise<void> {
  const knex = model.knex;
  const at = now();
  const last = lastMomentOf(model);
  const [span] = (await filtered
    .clone()
    .select(
      knex.raw('max(case when ? < ? then ? end) as ended', [last, at, last]),
      knex.raw('min(case when ? >= ? then ? end) as next_end', [last, at, last]),
    )) as { ended: unknown; next_end: unknown }[];
  holdsBetween(span.ended === null ? null : toDate(span.ended), span.next_end === null ? null : toDate(span.next_end));
  filtered.where(last, '>=', at);
}

function filteredEvents(model: ReadModel, query: EventFilters, taxonomy: Taxonomy) {
  const { locale } = query;
  const table = model.table('event');
  const startsAt = `t.${table.column('startsAt')}`;
  const filtered = visibleRows(model, 'event', locale);
  if (query.start) filtered.where(lastMomentOf(model), '>=', bound(query.start, false));
  if (query.end) filtered.where(startsAt, '<', bound(query.end, true));
  whereText(model, filtered, 'event', locale, parseQuery(query.q, locale), taxonomy);
  whereTaxonomy(model, filtered, 'event', locale, taxonomy, query);
  if (query.mode?.length) filtered.whereIn(`t.${table.column('attendanceMode')}`, query.mode);
  if (query.status?.length) filtered.whereIn(`t.${table.column('eventStatus')}`, query.status);
  if (query.free !== undefined) filtered.where(`t.${table.column('isFree')}`, query.free);
  if (query.language?.length) whereJsonListHasAny(filtered, `t.${table.column('languages')}`, query.language);
  if (query.programme?.length) whereLinkedToSlugs(model, filtered, 'event', locale, 'programme', 'programme', query.programme);
  if (query.organiser?.length) whereLinkedToSlugs(model, filtered, 'event', locale, 'organisers', 'organisation', query.organiser);
  return filtered;
}

async function hydrate(
  model: ReadModel,
  rows: BaseRow[],
  locale: ContentLocale,
  taxonomy: Taxonomy,
  base: string,
): Promise<EventSummary[]> {
  const canonical = await canonicalIds(model, 'event', rows);
  const ids = [...new Set(canonical.values())];
  const [organisers, programmes, regions, topics] = await Promise.all([
    linkedRows(model, 'event', 'organisers', 'organisation', ids),
    linkedRows(model, 'event', 'programme', 'programme', ids),
    linkedRows(model, 'event', 'regions', 'region', ids),
    linkedRows(model, 'event', 'topics', 'topic', ids),
  ]);
  const [organisationRefs, programmeRefs] = await Promise.all([
    documentRefs(
      model,
      'organisation',
      [...organisers.values()].flat().map((link) => link.document_id),
      locale,
    ),
    documentRefs(
      model,
      'programme',
      [...programmes.values()].flat().map((link) => link.document_id),
      locale,
    ),
  ]);
  return rows.map((row) => {
    const id = canonical.get(row.id)!;
    const programme = programmes.get(id)?.[0];
    const hasPlace = [row.place_name, row.street_address, row.locality].some((value) => textOrNull(value));
    const registrationUrl = textOrNull(row.registration_url);
    const registrationDeadline = optionalInstant(row.registration_deadline);
    return {
      id: row.document_id,
      slug: row.slug as string,
      locale: row.locale,
      title: row.title as string,
      description: textOrNull(row.description),
      startsAt: instant(row.starts_at),
      endsAt: optionalInstant(row.ends_at),
      timeZone: HELSINKI_TIME_ZONE,
      attendanceMode: row.attendance_mode as AttendanceMode,
      place: hasPlace
        ? {
            name: textOrNull(row.place_name),
            streetAddress: textOrNull(row.street_address),
            postalCode: textOrNull(row.postal_code),
            locality: textOrNull(row.locality),
          }
        : null,
      onlineUrl: textOrNull(row.online_url),
      registration: registrationUrl || registrationDeadline ? { url: registrationUrl, deadline: registrationDeadline } : null,
      organisers: (organisers.get(id) ?? []).flatMap((link) => organisationRefs.get(link.document_id) ?? []),
      programme: programme ? (programmeRefs.get(programme.document_id) ?? null) : null,
      regions: (regions.get(id) ?? []).flatMap((region) => taxonomy.regionRef(region.id) ?? []),
      topics: (topics.get(id) ?? []).flatMap((topic) => taxonomy.topics.get(topic.id) ?? []),
      audience: textOrNull(row.audience),
      languages: list(row.languages),
      isFree: isTrue(row.is_free),
      price: textOrNull(row.price),
      status: row.event_status as EventStatus,
      previousStartsAt: optionalInstant(row.previous_starts_at),
      calendarUrl: `${base}${PUBLIC_API_PREFIX}/events/${encodeURIComponent(row.slug as string)}.ics`,
      updatedAt: instant(row.updated_at),
    };
  });
}

async function page(model: ReadModel, query: EventFilters, offset: number, limit: number, base: string) {
  const table = model.table('event');
  const taxonomy = await loadTaxonomy(model, query.locale);
  const filtered = filteredEvents(model, query, taxonomy);
  if (!query.start && !query.end) await notEndedYet(model, filtered);
  const [{ total }] = (await filtered.clone().count({ total: '*' })) as { total: number | string }[];
  const rows = (await filtered
    .clone()
    .select('t.*')
    .orderBy([{ column: `t.${table.column('startsAt')}` }, { column: 't.id' }])
    .offset(offset)
    .limit(limit)) as BaseRow[];
  return { total: Number(total), data: await hydrate(model, rows, query.locale, taxonomy, base) };
}

export async function listEvents(model: ReadModel, query: EventListQuery, base: string) {
  const { page: pageNumber, pageSize, ...filters } = query;
  const { total, data } = await page(model, filters, (pageNumber - 1) * pageSize, pageSize, base);
  return { data, meta: pageMeta(pageNumber, pageSize, total) };
}

/** Events for a calendar file: the same filters, up to `pageSize` events. */
export async function calendarEvents(model: ReadModel, query: EventCalendarQuery, base: string): Promise<EventSummary[]> {
  const { pageSize, ...filters } = query;
  return (await page(model, filters, 0, pageSize, base)).data;
}

export async function findEvent(model: ReadModel, slug: string, locale: ContentLocale, base: string): Promise<EventSummary | null> {
  const row = await findBySlug(model, 'event', slug, locale);
  if (!row) return null;
  const [event] = await hydrate(model, [row], locale, await loadTaxonomy(model, locale), base);
  return event;
}
