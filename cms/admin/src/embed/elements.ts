import { CONTENT_LOCALES, type ContentLocale, type EmbedChoiceSource } from '@kumppani/contract';

/**
 * What the embed builder can compose: each element with the preset filters and display options that its
 * README documents (widgets/src/<element>/README.md), and where the choices for each filter come from.
 * The detail elements show one item, named by its slug or by the page's address (`slug-param`).
 */
export const ELEMENT_NAMES = [
  'partner-directory',
  'event-list',
  'blog-feed',
  'programme-list',
  'organisation-detail',
  'event-detail',
  'post-article',
] as const;
export type ElementName = (typeof ELEMENT_NAMES)[number];

/** The widgets speak the languages the content has. */
export const UI_LANGUAGES = CONTENT_LOCALES;
export type UiLanguage = ContentLocale;

/** Keys of the options document (GET /kumppani/embed-options, the contract's EmbedOptions) a filter takes its choices from. */
export type ChoiceSource = EmbedChoiceSource;

export interface FilterSpec {
  /** The element's attribute, which takes comma-separated values. */
  attribute: string;
  label: string;
  source: ChoiceSource;
}

/**
 * The one item a detail element shows: a fixed slug (`slug`, picked from `source` when the options
 * document lists the items, else typed), or, without one, the slug in the host page's address
 * (`slug-param`, the name of the query parameter, `slug` by default), for a page template that shows any item.
 */
export interface ItemSpec {
  /** What the item is, e.g. "Organisation". */
  label: string;
  source?: ChoiceSource;
}

/** The query parameter a detail element reads the slug from when no slug is chosen. */
export const DEFAULT_SLUG_PARAM = 'slug';

export interface ElementSpec {
  label: string;
  filters: FilterSpec[];
  /** Attribute of the number of items shown per page or load; none for an element that shows one item. */
  countAttribute?: 'page-size' | 'limit';
  /** A detail element: the item it shows. */
  item?: ItemSpec;
  layouts?: { attribute: string; values: string[] };
  /** The filters the element can show to readers (its `filters` attribute, values separated by spaces). */
  readerFilters?: { value: string; label: string }[];
  /** Attributes of a few fixed values, offered as a select; the first value is the element's default (not written). */
  selects?: { attribute: string; label: string; hint: string; values: { value: string; label: string }[] }[];
  /** Boolean attributes the builder offers as checkboxes, and whether a new composition has them. */
  switches?: { attribute: string; label: string; hint: string; byDefault: boolean }[];
}

const region: FilterSpec = { attribute: 'region', label: 'Regions', source: 'regions' };
const topic: FilterSpec = { attribute: 'topic', label: 'Topics', source: 'topics' };

export const ELEMENTS: Record<ElementName, ElementSpec> = {
  'partner-directory': {
    label: 'Partner directory',
    filters: [region, topic, { attribute: 'kind', label: 'Kinds of organisation', source: 'kinds' }],
    countAttribute: 'page-size',
  },
  'event-list': {
    label: 'Event list',
    filters: [
      region,
      topic,
      { attribute: 'programme', label: 'Programmes', source: 'programmes' },
      { attribute: 'organiser', label: 'Organisers', source: 'organisations' },
      { attribute: 'mode', label: 'Attendance modes', source: 'modes' },
    ],
    countAttribute: 'limit',
    layouts: { attribute: 'group-by', values: ['day', 'month'] },
    readerFilters: [
      { value: 'text', label: 'Search text' },
      { value: 'dates', label: 'Dates (today, this week, this month, a range)' },
      { value: 'topic', label: 'Topics (unless preset above)' },
      { value: 'free', label: 'Free events only' },
      { value: 'mode', label: 'Attendance mode (unless preset above)' },
    ],
    switches: [
      {
        attribute: 'subscribe',
        label: 'Offer calendar subscription links',
        hint: "Readers can subscribe to the list's events in their calendar app, Google Calendar or Outlook; the calendar keeps itself up to date.",
        byDefault: true,
      },
      {
        attribute: 'series-once',
        label: 'Show a recurring event once, with its next dates',
        hint: 'A weekly group is one card at its next date that lists the dates after it, instead of a card for every date.',
        byDefault: false,
      },
    ],
  },
  'blog-feed': {
    label: 'Blog feed',
    filters: [
      { attribute: 'blog', label: 'Blogs', source: 'blogs' },
      { attribute: 'tag', label: 'Tags', source: 'tags' },
    ],
    countAttribute: 'limit',
    layouts: { attribute: 'layout', values: ['list', 'grid'] },
    selects: [
      {
        attribute: 'syndicated',
        label: "Posts from partners' feeds",
        hint: 'Posts imported from partner organisations’ blogs name their source and link to the original.',
        values: [
          { value: 'all', label: 'Show them with the blogs’ own posts' },
          { value: 'only', label: 'Show only them' },
          { value: 'exclude', label: 'Leave them out' },
        ],
      },
    ],
  },
  'programme-list': {
    label: 'Programme list',
    filters: [
      region,
      topic,
      { attribute: 'organisation', label: 'Organisations', source: 'organisations' },
      { attribute: 'status', label: 'Statuses', source: 'programmeStatuses' },
    ],
    countAttribute: 'limit',
  },
  'organisation-detail': {
    label: 'One organisation',
    filters: [],
    item: { label: 'Organisation', source: 'organisations' },
  },
  'event-detail': {
    label: 'One event',
    filters: [],
    item: { label: 'Event' },
  },
  'post-article': {
    label: 'One blog post',
    filters: [],
    item: { label: 'Blog post' },
  },
};

/**
 * The theme colours the builder offers, with the widgets' defaults in their light and dark palettes
 * (widgets/src/shared/styles.ts). `page` is no property of the widget: the widget's headings, status line and
 * filter legends sit on the host page's own background, so the builder needs it to check their contrast and
 * to show the preview on it.
 */
export const THEME_COLOURS = {
  page: { property: null, label: 'Background of your page', default: '#ffffff', dark: '#121212' },
  text: { property: '--kumppani-color-text', label: 'Text', default: '#1f2328', dark: '#e8eaed' },
  surface: { property: '--kumppani-color-surface', label: 'Background of cards', default: '#ffffff', dark: '#1e2024' },
  accent: { property: '--kumppani-color-accent', label: 'Links and buttons', default: '#0b5394', dark: '#8ab4f8' },
  onAccent: { property: '--kumppani-color-on-accent', label: 'Text on buttons', default: '#ffffff', dark: '#111111' },
} as const satisfies Record<string, { property: string | null; label: string; default: string; dark: string }>;
export type ThemeColour = keyof typeof THEME_COLOURS;
export type Theme = Record<ThemeColour, string>;

/** Values of the widgets' `theme` attribute: `auto` picks the palette by the page's background. */
export const COLOUR_SCHEMES = ['auto', 'light', 'dark'] as const;
export type ColourScheme = (typeof COLOUR_SCHEMES)[number];

/**
 * The palette a widget with `theme="<scheme>"` uses on a page of colour `page` (#rrggbb): for `auto`, dark
 * when the page is darker than the middle, by the formula the widget itself uses (widgets/src/shared/theme.ts).
 */
export function paletteOn(scheme: ColourScheme, page: string): 'light' | 'dark' {
  if (scheme !== 'auto') return scheme;
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(page.slice(start, start + 2), 16)) as [number, number, number];
  return r * 299 + g * 587 + b * 114 < 128e3 ? 'dark' : 'light';
}

/** The widgets' default colours in `palette`, on a page of that palette's default background. */
export const defaultTheme = (palette: 'light' | 'dark'): Theme =>
  Object.fromEntries(
    Object.entries(THEME_COLOURS).map(([key, colour]) => [key, palette === 'dark' ? colour.dark : colour.default]),
  ) as Theme;

export const DEFAULT_THEME: Theme = defaultTheme('light');

/** The colours a widget with `theme="<scheme>"` takes by itself on a page of colour `page`: the snippet writes only others. */
export const paletteDefaults = (scheme: ColourScheme, page: string): Theme => defaultTheme(paletteOn(scheme, page));
