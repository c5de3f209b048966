/**
 * The shape of a demo dataset (examples/cms/demo-content/*.json). References between items use `key`s,
 * regions and topics use their slugs. Each item has `localizations` keyed by locale; `fi` is required,
 * `sv` / `en` are optional translations. `state: "draft"` keeps the document unpublished (drafts exist so
 * that tests prove they never leave the CMS); a translation with `"draft": true` stays unpublished while
 * the others are published.
 */
import type {
  AttendanceMode,
  ContentLocale,
  EventStatus,
  OrganisationKind,
  ProgrammeStatus,
  Recurrence,
  TargetGroup,
  Weekday,
} from '@kumppani/contract';

export type PublicationState = 'published' | 'draft';

interface Translatable<T> {
  key: string;
  state?: PublicationState;
  localizations: { fi: T } & Partial<Record<Exclude<ContentLocale, 'fi'>, T & { draft?: boolean }>>;
}

/** A Helsinki wall-clock time, either absolute or relative to the day the demo is loaded. */
export type DemoDateTime =
  | { at: string } // 'YYYY-MM-DDTHH:mm', Helsinki wall-clock time (time/helsinki.ts)
  | { inDays: number; time: string } // e.g. { inDays: 14, time: '17:30' }
  // The next such weekday from tomorrow on, or with `firstOfMonth` the first such weekday of a month: the start
  // of a series whose rule names that day ("every Tuesday", "the first Thursday of the month").
  | { weekday: Weekday; time: string; firstOfMonth?: boolean };

/**
 * A demo series (contract/src/recurrence.ts): its rule with a count, and occurrences by their place in it
 * (0 the first) to skip (exceptions) or cancel, so that the dates follow the demo's relative start.
 */
export type DemoRecurrence = Pick<Recurrence, 'frequency'> &
  Partial<Pick<Recurrence, 'interval' | 'weekdays' | 'monthlyBy'>> & { count: number; skip?: number[]; cancel?: number[] };

export interface DemoOrganisation extends Translatable<{
  name: string;
  slug: string;
  alternateNames?: string[];
  description?: string;
  logoAlt?: string;
}> {
  businessId?: string;
  kind: OrganisationKind;
  website?: string;
  email?: string;
  phone?: string;
  streetAddress?: string;
  postalCode?: string;
  locality?: string;
  latitude?: number;
  longitude?: number;
  regions: string[];
  topics: string[];
  targetGroups?: TargetGroup[];
  languages?: string[];
  parent?: string;
}

export interface DemoPerson extends Translatable<{ roleTitle?: string; bio?: string }> {
  name: string;
  slug: string;
  organisation?: string;
  email?: string;
  phone?: string;
  contactPublic?: boolean;
}

export interface DemoBlog {
  key: string;
  name: string;
  slug: string;
  description?: string;
  website?: string;
  organisation?: string;
}

export interface DemoProgramme extends Translatable<{ name: string; slug: string; description?: string; goals?: string[] }> {
  administrator?: string;
  partners?: string[];
  funders?: string[];
  regions: string[];
  topics: string[];
  startDate?: string; // YYYY-MM-DD
  endDate?: string;
  programmeStatus: ProgrammeStatus;
  website?: string;
  contacts?: string[];
}

export interface DemoEvent extends Translatable<{
  title: string;
  slug: string;
  description?: string;
  placeName?: string;
  audience?: string;
  price?: string;
}> {
  startsAt: DemoDateTime;
  durationMinutes?: number;
  attendanceMode: AttendanceMode;
  streetAddress?: string;
  postalCode?: string;
  locality?: string;
  onlineUrl?: string;
  registrationUrl?: string;
  /** days before the start, at 23:59 Helsinki time */
  registrationClosesDaysBefore?: number;
  organisers: string[];
  programme?: string;
  regions: string[];
  topics: string[];
  languages: string[];
  isFree: boolean;
  eventStatus?: EventStatus;
  previousStartsAt?: DemoDateTime;
  recurrence?: DemoRecurrence;
}

/** Strapi blocks, as stored by the blocks editor. */
export type BlocksContent = unknown[];

/** A partner's feed that fills a blog (the demo has no internet: its sources are inactive examples). */
export interface DemoFeedSource {
  key: string;
  name: string;
  feedUrl: string;
  blog: string;
  organisation?: string;
  publishMode: 'publish' | 'draft';
  fullText?: boolean;
  active: boolean;
}

export interface DemoPost extends Translatable<{
  title: string;
  slug: string;
  lead?: string;
  body: BlocksContent;
  heroImageAlt?: string;
  heroImageCaption?: string;
  tags?: string[];
  canonicalUrl?: string;
  publishedDate: string;
}> {
  authors: string[];
  blog: string;
  topics: string[];
  relatedPosts?: string[];
  /** A syndicated post: the key of the feed source it was imported from (its canonicalUrl is the original). */
  feedSource?: string;
}

export interface DemoDataset {
  organisations: DemoOrganisation[];
  people: DemoPerson[];
  blogs: DemoBlog[];
  programmes: DemoProgramme[];
  events: DemoEvent[];
  /** Optional: a dataset without partner feeds leaves it out. */
  feedSources?: DemoFeedSource[];
  posts: DemoPost[];
}
