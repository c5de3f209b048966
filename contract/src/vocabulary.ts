/**
 * Closed vocabularies: the content languages, kinds, statuses, attendance modes, target groups and region
 * kinds that the content types, the validation rules, the API's schemas, the admin and the widgets share.
 * Plain values without zod, so that a widget can import a vocabulary without the schemas.
 */
export const CONTENT_LOCALES = ['fi', 'sv', 'en'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];
export const DEFAULT_LOCALE: ContentLocale = 'fi';
/**
 * The BCP 47 tag each content language is sorted and formatted with (Intl): Finnish and Swedish as used in
 * Finland, British English as the public sector uses. The server's collation and the widgets share it.
 */
export const INTL_LOCALES: Readonly<Record<ContentLocale, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

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

/** What each kind is called in each language: the directory's facet labels and the organisation widget's. */
export const ORGANISATION_KIND_LABELS: Readonly<Record<ContentLocale, Readonly<Record<OrganisationKind, string>>>> = {
  fi: {
    association: 'Yhdistys',
    foundation: 'Säätiö',
    municipality: 'Kunta',
    wellbeing_services_county: 'Hyvinvointialue',
    state_agency: 'Valtion virasto',
    parish: 'Seurakunta',
    company: 'Yritys',
    other: 'Muu',
  },
  sv: {
    association: 'Förening',
    foundation: 'Stiftelse',
    municipality: 'Kommun',
    wellbeing_services_county: 'Välfärdsområde',
    state_agency: 'Statlig myndighet',
    parish: 'Församling',
    company: 'Företag',
    other: 'Annan',
  },
  en: {
    association: 'Association',
    foundation: 'Foundation',
    municipality: 'Municipality',
    wellbeing_services_county: 'Wellbeing services county',
    state_agency: 'State agency',
    parish: 'Parish',
    company: 'Company',
    other: 'Other',
  },
};

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

/**
 * Finland's collaborative areas (yhteistyöalueet, VNA 91/2022 §1): together they cover the whole country, so
 * an item that serves every one of them is shown as serving all of Finland.
 */
export const COLLABORATIVE_AREA_COUNT = 5;

/**
 * The organisers of health and social services (Laki sosiaali- ja terveydenhuollon järjestämisestä 612/2021):
 * 21 wellbeing services counties and the city of Helsinki (the one region of kind `city`). Together they too
 * cover the whole country.
 */
export const WELLBEING_SERVICES_COUNTY_COUNT = 21;
