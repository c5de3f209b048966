/**
 * Events: upcoming by default, overlap with a date range, filters as in Helsinki's Linked Events API. A list is
 * of occurrences (occurrences/occurrence-index.ts): a single event is one, a series one per date of its rule in
 * the window, or with `expand=false` only its next one there.
 */
import type { ReadModel } from '../../read-model/read-model';
import type { Source } from '../../read-model/tables';
import type { Knex } from 'knex';
import {
  type AttendanceMode,
  type ContentLocale,
  type EventCalendarQuery,
  type EventFacetGroup,
  type EventListMeta,
  type EventListQuery,
  type EventSeries,
  type EventStatus,
  type EventSummary,
  SERIES_NEXT_OCCURRENCES,
  type FacetCount,
  HELSINKI_TIME_ZONE,
  INTL_LOCALES,
  LANGUAGE_CODE_PATTERN,
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
import { OCCURRENCE_TABLE } from '../../occurrences/occurrence-index';
import { storedSeries } from '../../occurrences/stored-recurrence';
import type { CalendarEvent } from '../../render/calendar';
import { canonicalId, visibleRows, whereLinkedToSlugs } from '../../read-model/visible-rows';

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
export const EVENT_READS = ['event', 'organisation', 'programme', 'region', 'topic', 'settings'] as const satisfies readonly Source[];

type EventFilters = Omit<EventListQuery, 'page' | 'pageSize' | 'facets' | 'expand'> & { expand?: boolean };

/** The occurrence columns a list row carries next to its event's (`t.*`). */
const OCCURRENCE_COLUMNS = [
  'o.starts_at as occurrence_starts_at',
  'o.ends_at as occurrence_ends_at',
  'o.status as occurrence_status',
  'o.previous_starts_at as occurrence_previous_starts_at',
];

/** Restricts occurrences (alias `alias`) to the window: the dates asked for, else those not ended at `at`. */
function inWindow(query: Knex.QueryBuilder, alias: string, filters: EventFilters, at: Date | null): void {
  if (filters.start) query.where(`${alias}.last_at`, '>=', bound(filters.start, false));
  if (filters.end) query.where(`${alias}.starts_at`, '<', bound(filters.end, true));
  if (at) query.where(`${alias}.last_at`, '>=', at);
}

/**
 * Without `start` or `end`, the list is the occurrences that have not ended yet. That answer changes only
 * when one of the matching occurrences ends, so it tells the response cache between which ends it was rendered.
 */
async function notEndedYet(model: ReadModel, filtered: Knex.QueryBuilder): Promise<Date> {
  const knex = model.knex;
  const at = now();
  const [span] = (await filtered
    .clone()
    .select(
      knex.raw('max(case when o.last_at < ? then o.last_at end) as ended', [at]),
      knex.raw('min(case when o.last_at >= ? then o.last_at end) as next_end', [at]),
    )) as { ended: unknown; next_end: unknown }[];
  holdsBetween(span.ended === null ? null : toDate(span.ended), span.next_end === null ? null : toDate(span.next_end));
  return at;
}

/**
 * The matching occurrences (alias `o`) of the visible events (alias `t`): the filters, and the window (the
 * dates asked for, else not ended yet). With `expand` false, each event's first occurrence in the window only
 * (the earliest start, then the lowest id), so a series is one row.
 */
async function filteredEvents(model: ReadModel, query: EventFilters, taxonomy: Taxonomy) {
  const { locale } = query;
  const table = model.table('event');
  const filtered = visibleRows(model, 'event', locale).join(`${OCCURRENCE_TABLE} as o`, 'o.event_id', 't.id');
  whereText(model, filtered, 'event', locale, parseQuery(query.q, locale), taxonomy);
  whereTaxonomy(model, filtered, 'event', locale, taxonomy, query);
  if (query.mode?.length) filtered.whereIn(`t.${table.column('attendanceMode')}`, query.mode);
  if (query.status?.length) filtered.whereIn('o.status', query.status);
  if (query.free !== undefined) filtered.where(`t.${table.column('isFree')}`, query.free);
  if (query.language?.length) whereJsonListHasAny(filtered, `t.${table.column('languages')}`, query.language);
  if (query.programme?.length) whereLinkedToSlugs(model, filtered, 'event', locale, 'programme', 'programme', query.programme);
  if (query.organiser?.length) whereLinkedToSlugs(model, filtered, 'event', locale, 'organisers', 'organisation', query.organiser);
  const at = !query.start && !query.end ? await notEndedYet(model, filtered) : null;
  inWindow(filtered, 'o', query, at);
  if (query.expand === false)
    filtered.whereNotExists((earlier) => {
      earlier
        .select(model.knex.raw('1'))
        .from(`${OCCURRENCE_TABLE} as earlier`)
        .whereRaw('earlier.event_id = o.event_id')
        .where((before) =>
          before.whereRaw('earlier.starts_at < o.starts_at').orWhereRaw('earlier.starts_at = o.starts_at and earlier.id < o.id'),
        );
      if (query.status?.length) earlier.whereIn('earlier.status', query.status);
      inWindow(earlier, 'earlier', query, at);
    });
  // Wrapped: a query builder is a thenable, which the caller's `await` would run.
  return { filtered };
}

/** The occurrences after each listed occurrence of a series, up to SERIES_NEXT_OCCURRENCES. */
async function nextOccurrences(model: ReadModel, rows: BaseRow[]): Promise<Map<BaseRow, EventSeries['next']>> {
  const series = rows.filter((row) => storedSeries(row.recurrence, firstOf(row)));
  const next = new Map<BaseRow, EventSeries['next']>();
  if (!series.length) return next;
  const earliest = new Date(Math.min(...series.map((row) => new Date(row.occurrence_starts_at as string).getTime())));
  const occurrences = (await model
    .knex(OCCURRENCE_TABLE)
    .select('event_id', 'starts_at', 'ends_at', 'status')
    .whereIn('event_id', [...new Set(series.map((row) => row.id))])
    .where('starts_at', '>', earliest)
    .orderBy([{ column: 'starts_at' }, { column: 'id' }])) as {
    event_id: number;
    starts_at: unknown;
    ends_at: unknown;
    status: EventStatus;
  }[];
  for (const row of series) {
    const after = new Date(row.occurrence_starts_at as string).getTime();
    next.set(
      row,
      occurrences
        .filter((occurrence) => occurrence.event_id === row.id && toDate(occurrence.starts_at).getTime() > after)
        .slice(0, SERIES_NEXT_OCCURRENCES)
        .map((occurrence) => ({
          startsAt: instant(occurrence.starts_at),
          endsAt: optionalInstant(occurrence.ends_at),
          status: occurrence.status,
        })),
    );
  }
  return next;
}

/** An event row's own start and end: the first occurrence of a series. */
const firstOf = (row: BaseRow) => ({ startsAt: toDate(row.starts_at), endsAt: row.ends_at ? toDate(row.ends_at) : null });

/** A row's series as the API shows it: the rule without its changed dates (the occurrences show those). */
function seriesOf(row: BaseRow, next: EventSeries['next']): EventSeries | null {
  const recurrence = storedSeries(row.recurrence, firstOf(row));
  if (!recurrence) return null;
  const { changes: _changes, ...rule } = recurrence;
  return { recurrence: rule, firstStartsAt: instant(row.starts_at), firstEndsAt: optionalInstant(row.ends_at), next };
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
  const pages = await model.publicPages();
  const next = await nextOccurrences(model, rows);
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
      startsAt: instant(row.occurrence_starts_at),
      endsAt: optionalInstant(row.occurrence_ends_at),
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
      status: row.occurrence_status as EventStatus,
      previousStartsAt: optionalInstant(row.occurrence_previous_starts_at),
      series: seriesOf(row, next.get(row) ?? []),
      calendarUrl: `${base}${PUBLIC_API_PREFIX}/events/${encodeURIComponent(row.slug as string)}.ics`,
      url: pages.urlOf('event', row.locale, row.slug as string),
      updatedAt: instant(row.updated_at),
    };
  });
}

/** The occurrences the list shows, with the filters but the group `omit` (for its facet counts). */
function matching(model: ReadModel, query: EventFilters, taxonomy: Taxonomy, omit?: EventFacetGroup) {
  return filteredEvents(model, omit ? { ...query, [omit]: undefined } : query, taxonomy);
}

async function page(model: ReadModel, query: EventFilters, offset: number, limit: number, base: string, taxonomy: Taxonomy) {
  const { filtered } = await matching(model, query, taxonomy);
  const [{ total }] = (await filtered.clone().count({ total: '*' })) as { total: number | string }[];
  const rows = (await filtered
    .clone()
    .select('t.*', ...OCCURRENCE_COLUMNS)
    .orderBy([{ column: 'o.starts_at' }, { column: 't.id' }, { column: 'o.id' }])
    .offset(offset)
    .limit(limit)) as BaseRow[];
  return { total: Number(total), rows, data: await hydrate(model, rows, query.locale, taxonomy, base) };
}

const MODE_LABELS: Record<ContentLocale, Record<AttendanceMode, string>> = {
  fi: { offline: 'Paikan päällä', online: 'Verkossa', mixed: 'Paikan päällä ja verkossa' },
  sv: { offline: 'På plats', online: 'Online', mixed: 'På plats och online' },
  en: { offline: 'In person', online: 'Online', mixed: 'In person and online' },
};
const FREE_LABELS: Record<ContentLocale, Record<'true' | 'false', string>> = {
  fi: { true: 'Maksuton', false: 'Maksullinen' },
  sv: { true: 'Avgiftsfri', false: 'Avgiftsbelagd' },
  en: { true: 'Free', false: 'Paid' },
};

/** A language's name in `locale` ("ruotsi", "svenska", "Swedish"), capitalised as a label; the code when Intl has none. */
function languageLabel(code: string, locale: ContentLocale): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([INTL_LOCALES[locale]], { type: 'language', fallback: 'none' }).of(code);
  } catch {
    name = undefined;
  }
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : code;
}

/**
 * The ids of the taxonomy rows each matching event links to through `attribute` (regions or topics), read
 * as the filters read them (read-model/visible-rows.ts `whereLinked`): the links of its canonical (Finnish)
 * row and of the row itself.
 */
async function linkedTargets(model: ReadModel, filtered: Knex.QueryBuilder, locale: ContentLocale, attribute: 'regions' | 'topics') {
  const link = model.table('event').join(attribute);
  const rows = (await filtered.clone().select('t.id', model.knex.raw('? as canonical', [canonicalId(model, 'event', locale)]))) as {
    id: number;
    canonical: number;
  }[];
  const links = (await model
    .knex(link.table)
    .select(`${link.source} as source`, `${link.target} as target`)
    .whereIn(link.source, filtered.clone().select('t.id'))
    .orWhereIn(link.source, filtered.clone().select(canonicalId(model, 'event', locale)))) as { source: number; target: number }[];
  const targetsOf = new Map<number, number[]>();
  for (const { source, target } of links) targetsOf.set(source, [...(targetsOf.get(source) ?? []), target]);
  return rows.map((row) => new Set([...(targetsOf.get(row.id) ?? []), ...(targetsOf.get(row.canonical) ?? [])]));
}

/** Per value, how many events link to one of the ids its filter covers (`cover`: the ids `region=value` or `topic=value` selects). */
function countCovered(
  linked: Set<number>[],
  values: Iterable<{ slug: string; name: string }>,
  cover: (slug: string) => number[],
): FacetCount[] {
  return [...values].flatMap(({ slug, name }) => {
    const ids = cover(slug);
    const count = linked.filter((targets) => ids.some((id) => targets.has(id))).length;
    return count ? [{ value: slug, label: name, count }] : [];
  });
}

/**
 * Counts per region, topic, mode, spoken language and price. Each group is counted with every filter but
 * its own (as the directory's facets), over exactly the events the list would show: for every value, its
 * count is the `total` of the list filtered by it (a region covers its area or counties, as the filter does).
 */
async function facetsOf(model: ReadModel, query: EventFilters, taxonomy: Taxonomy): Promise<NonNullable<EventListMeta['facets']>> {
  const { locale } = query;
  const table = model.table('event');
  const grouped = async (group: 'mode' | 'free', column: string) => {
    const { filtered } = await matching(model, query, taxonomy, group);
    const value = `t.${table.column(column)}`;
    return (await filtered.select(`${value} as value`).count({ count: '*' }).groupBy(value)) as {
      value: unknown;
      count: number | string;
    }[];
  };
  const [regions, topics, modes, prices, languageRows] = await Promise.all([
    matching(model, query, taxonomy, 'region').then(({ filtered }) => linkedTargets(model, filtered, locale, 'regions')),
    matching(model, query, taxonomy, 'topic').then(({ filtered }) => linkedTargets(model, filtered, locale, 'topics')),
    grouped('mode', 'attendanceMode'),
    grouped('free', 'isFree'),
    matching(model, query, taxonomy, 'language').then(
      ({ filtered }) => filtered.select(`t.${table.column('languages')} as languages`) as Promise<{ languages: unknown }[]>,
    ),
  ]);
  const languages = new Map<string, number>();
  for (const row of languageRows)
    for (const code of new Set(list(row.languages)))
      if (LANGUAGE_CODE_PATTERN.test(code)) languages.set(code, (languages.get(code) ?? 0) + 1);
  const free = { true: 0, false: 0 };
  // SQLite answers 1 and 0, PostgreSQL true and false; null (no price given) matches neither filter.
  for (const row of prices)
    if (row.value !== null && row.value !== undefined) free[isTrue(row.value) ? 'true' : 'false'] += Number(row.count);
  const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.label.localeCompare(b.label, locale);
  return {
    region: countCovered(
      regions,
      [...taxonomy.regions.values()].map((region) => ({ slug: region.slug, name: region.name })),
      (slug) => taxonomy.regionIdsFor([slug]),
    ).sort(byCount),
    topic: countCovered(topics, taxonomy.topics.values(), (slug) => taxonomy.topicIdsFor([slug])).sort(byCount),
    mode: modes
      .flatMap((row) => {
        const label = MODE_LABELS[locale][row.value as AttendanceMode];
        return label ? [{ value: row.value as AttendanceMode, label, count: Number(row.count) }] : [];
      })
      .sort(byCount),
    language: [...languages].map(([code, count]) => ({ value: code, label: languageLabel(code, locale), count })).sort(byCount),
    free: (['true', 'false'] as const)
      .filter((value) => free[value] > 0)
      .map((value) => ({ value, label: FREE_LABELS[locale][value], count: free[value] })),
  };
}

export async function listEvents(model: ReadModel, query: EventListQuery, base: string) {
  const { page: pageNumber, pageSize, facets, ...filters } = query;
  const taxonomy = await loadTaxonomy(model, query.locale);
  const { total, data } = await page(model, filters, (pageNumber - 1) * pageSize, pageSize, base, taxonomy);
  const meta: EventListMeta = pageMeta(pageNumber, pageSize, total);
  if (facets) meta.facets = await facetsOf(model, filters, taxonomy);
  return { data, meta };
}

/** The whole rule of a listed series, for the calendar file (render/calendar.ts). */
function ruleOf(row: BaseRow): CalendarEvent['rule'] {
  const first = firstOf(row);
  const recurrence = storedSeries(row.recurrence, first);
  return recurrence ? { first, recurrence, status: row.event_status as EventStatus } : undefined;
}

/**
 * Events for a calendar file: the same filters, up to `pageSize` events. A series counts once (its next
 * occurrence in the window), as the file holds it once, with its rule.
 */
export async function calendarEvents(model: ReadModel, query: EventCalendarQuery, base: string): Promise<CalendarEvent[]> {
  const { pageSize, ...filters } = query;
  const { rows, data } = await page(model, { ...filters, expand: false }, 0, pageSize, base, await loadTaxonomy(model, query.locale));
  return data.map((event, index) => ({ ...event, rule: ruleOf(rows[index]) }));
}

/**
 * One event: a single event as it is; a series at its next occurrence that has not ended (the last one once
 * all have), which tells the response cache when that answer changes.
 */
export async function findEventForCalendar(
  model: ReadModel,
  slug: string,
  locale: ContentLocale,
  base: string,
): Promise<CalendarEvent | null> {
  const row = await findBySlug(model, 'event', slug, locale);
  if (!row) return null;
  const at = now();
  const occurrences = (await model
    .knex(OCCURRENCE_TABLE)
    .select('starts_at', 'ends_at', 'last_at', 'status', 'previous_starts_at')
    .where('event_id', row.id)
    .orderBy([{ column: 'starts_at' }, { column: 'id' }])) as Record<string, unknown>[];
  const nextIndex = occurrences.findIndex((occurrence) => toDate(occurrence.last_at) >= at);
  const shown = occurrences[nextIndex === -1 ? occurrences.length - 1 : nextIndex];
  if (!shown) return null;
  // The answer holds from the last end before now (an occurrence may end after a later one, if moved) to the
  // shown one's end.
  const endedBefore = occurrences.map((occurrence) => toDate(occurrence.last_at)).filter((end) => end < at);
  if (occurrences.length > 1)
    holdsBetween(
      endedBefore.length ? new Date(Math.max(...endedBefore.map((end) => end.getTime()))) : null,
      nextIndex === -1 ? null : toDate(shown.last_at),
    );
  const occurrenceRow: BaseRow = {
    ...row,
    occurrence_starts_at: shown.starts_at,
    occurrence_ends_at: shown.ends_at,
    occurrence_status: shown.status,
    occurrence_previous_starts_at: shown.previous_starts_at,
  };
  const [event] = await hydrate(model, [occurrenceRow], locale, await loadTaxonomy(model, locale), base);
  return { ...event, rule: ruleOf(row) };
}

export async function findEvent(model: ReadModel, slug: string, locale: ContentLocale, base: string): Promise<EventSummary | null> {
  const event = await findEventForCalendar(model, slug, locale, base);
  if (!event) return null;
  const { rule: _rule, ...summary } = event;
  return summary;
}
