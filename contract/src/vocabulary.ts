/**
 * Closed vocabularies shared by the content types, the validation rules, the public API contract and the
 * widgets. Kept free of server-only imports so that the widget bundle can import it.
 */
export const CONTENT_LOCALES = ['fi', 'sv', 'en'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];
export const DEFAULT_LOCALE: ContentLocale = 'fi';

export const ORGANISATION_KINDS = [
  'association',
  'foundation',
  'municipality',
  'wellbeing_services_county',
  'state_agency',
  'parish',
  'company',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Who an organisation serves. Keys are stable; labels live in the UI dictionaries. */
export const TARGET_GROUPS = [
  'everyone',
  'children',
  'youth',
  'families',
  'working_age',
  'older_people',
  'immigrants',
  'people_with_disabilities',
  'mental_health_and_substance_use',
  'unemployed',
  'family_carers',
  'professionals',
  'organisations',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const ATTENDANCE_MODES = ['offline', 'online', 'mixed'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved_online'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const PROGRAMME_STATUSES = ['planned', 'active', 'completed', 'cancelled'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const REGION_KINDS = ['wellbeing_services_county', 'city', 'collaborative_area'] as const;
export type RegionKindKey = (typeof REGION_KINDS)[number];

/** ISO 639-1 (or 639-3 where no two-letter code exists, e.g. 'smn' Inari Sami). */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}$/;

/** The address of an item: lowercase letters a–z, digits and single hyphens (the same in every language). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 100;

/**
 * A tag is one word of letters, digits and hyphens, kept in lower case: an editor may type "Kumppanuus",
 * it is saved as "kumppanuus", and `tag=Kumppanuus` in a query finds it. Test the pattern after normaliseTag.
 */
export const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}-]*$/u;
export const MAX_TAG_LENGTH = 60;
export const normaliseTag = (tag: string): string => tag.normalize('NFC').trim().toLocaleLowerCase('fi');

/** Values a list parameter takes at most (region=a,b,…), and the longest query string the API reads. */
export const MAX_LIST_VALUES = 30;
export const MAX_QUERY_STRING_LENGTH = 4096;
