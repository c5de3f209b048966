/**
 * Field rules for Kumppani documents. Pure functions: they take the document's data (after merging an
 * update with what is stored) and return every problem found, so an editor sees all of them at once.
 */
import { deepWithoutControlCharacters, hasLineBreak, withoutControlCharacters, withoutControlCharactersInLine } from '@kumppani/contract';
import {
  LANGUAGE_CODE_PATTERN,
  MAX_SLUG_LENGTH,
  MAX_TAG_LENGTH,
  SLUG_PATTERN,
  TAG_PATTERN,
  TARGET_GROUPS,
  normaliseTag,
} from '@kumppani/contract';

export interface FieldProblem {
  path: string;
  message: string;
}

/** The tag rule of the query contract, so that every tag an editor can save is one the API can filter by. */
export const isTag = (tag: string): boolean => tag === normaliseTag(tag) && tag.length <= MAX_TAG_LENGTH && TAG_PATTERN.test(tag);

export function slugProblem(slug: string): string | null {
  if (slug.length > MAX_SLUG_LENGTH) return `The slug is longer than ${MAX_SLUG_LENGTH} characters.`;
  return SLUG_PATTERN.test(slug) ? null : `The slug "${slug}" may only contain lowercase letters a–z, digits and single hyphens.`;
}

/** How the text rules treat each attribute type that holds text: one line (a name, a title, a URL), several lines, or JSON. */
export type TextKind = 'single-line' | 'multi-line' | 'structured';
export const TEXT_KIND_OF_TYPE: Readonly<Record<string, TextKind>> = {
  string: 'single-line',
  email: 'single-line',
  uid: 'single-line',
  text: 'multi-line',
  richtext: 'multi-line',
  blocks: 'structured',
  json: 'structured',
};

/** Tags in lower case, without the repeats that lower-casing makes. */
export const normaliseTags = (tags: unknown[]): unknown[] => [
  ...new Set(tags.map((tag) => (typeof tag === 'string' ? normaliseTag(tag) : tag))),
];

/**
 * Cleans the texts of a write before the rules run: characters no feed or calendar may carry are removed
 * (Word's vertical tab becomes a line break, or a space in a one-line field), tags go to lower case.
 * A line break in a one-line field is refused rather than guessed away: it is the one way to forge a line
 * of a calendar file, and the editor should see where it came from.
 */
export function normaliseTexts(
  attributes: Readonly<Record<string, { type: string }>>,
  data: Data,
): { data: Data; problems: FieldProblem[] } {
  const cleaned: Data = { ...data };
  const problems: FieldProblem[] = [];
  for (const [field, value] of Object.entries(data)) {
    const type = Object.hasOwn(attributes, field) ? attributes[field].type : undefined;
    const kind = type && Object.hasOwn(TEXT_KIND_OF_TYPE, type) ? TEXT_KIND_OF_TYPE[type] : undefined;
    if (!kind) continue;
    if (typeof value === 'string' && kind === 'single-line') {
      const text = withoutControlCharactersInLine(value);
      cleaned[field] = text;
      if (hasLineBreak(text)) problems.push({ path: field, message: 'Must be one line: remove the line break.' });
    } else if (typeof value === 'string' && kind === 'multi-line') {
      cleaned[field] = withoutControlCharacters(value);
    } else if (kind === 'structured' && value !== null && typeof value === 'object') {
      cleaned[field] = deepWithoutControlCharacters(value);
    }
  }
  if (Array.isArray(cleaned.tags)) cleaned.tags = normaliseTags(cleaned.tags);
  return { data: cleaned, problems };
}

/** Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit (weights 7,9,10,5,8,4,2, mod 11). */
export function businessIdProblem(value: string): string | null {
  if (!/^\d{7}-\d$/.test(value)) {
    return 'Business ID (Y-tunnus) must look like 1234567-8: seven digits, a hyphen and a check digit.';
  }
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(value[index]), 0);
  const remainder = sum % 11;
  if (remainder === 1) {
    return `Business ID (Y-tunnus) ${value} is not valid: no check digit exists for these seven digits.`;
  }
  const expected = remainder === 0 ? 0 : 11 - remainder;
  if (Number(value[8]) !== expected) {
    return `Business ID (Y-tunnus) ${value} has a wrong check digit: expected ${expected}.`;
  }
  return null;
}

export function httpUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a web address. Write it in full, e.g. https://www.example.fi/`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `Only http:// and https:// addresses are allowed (got ${url.protocol}).`;
  }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    return `"${value}" has no proper host name.`;
  }
  return null;
}

// Deliberately simple: one @, no spaces, a dot in the domain. Full RFC 5322 parsing rejects nothing an editor types by mistake.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function emailProblem(value: string): string | null {
  return EMAIL_PATTERN.test(value) ? null : `"${value}" is not an e-mail address.`;
}

export function phoneProblem(value: string): string | null {
  return /^\+?[0-9][0-9 ()-]{4,24}$/.test(value)
    ? null
    : `"${value}" is not a phone number. Use digits, spaces and an optional leading +, e.g. +358 40 123 4567.`;
}

/** An end that comes before the start, or a deadline after the start, is a typing mistake worth stopping. */
export function orderProblem(
  earlier: string | Date | null | undefined,
  later: string | Date | null | undefined,
  message: string,
): string | null {
  if (!earlier || !later) return null;
  const earlierTime = new Date(earlier).getTime();
  const laterTime = new Date(later).getTime();
  if (Number.isNaN(earlierTime) || Number.isNaN(laterTime)) return null;
  return laterTime < earlierTime ? message : null;
}

export function stringListProblem(value: unknown, isAllowed: (item: string) => boolean, describe: string, allowedHint = ''): string | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    return `Must be a list of ${describe}, e.g. ["fi", "sv"].${allowedHint ? ` ${allowedHint}` : ''}`;
  }
  const bad = value.filter((item) => !isAllowed(item));
  return bad.length ? `Unknown ${describe}: ${bad.join(', ')}.${allowedHint ? ` ${allowedHint}` : ''}` : null;
}

const isPresent = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

type Data = Record<string, unknown>;

function check(problems: FieldProblem[], path: string, problem: string | null): void {
  if (problem) problems.push({ path, message: problem });
}

const URL_FIELDS = ['website', 'onlineUrl', 'registrationUrl', 'canonicalUrl'];

/** Returns the problems of one document of a Kumppani content type (singular name, e.g. 'event'). */
export function documentProblems(contentType: string, data: Data): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of URL_FIELDS) {
    if (isPresent(data[field])) check(problems, field, httpUrlProblem(data[field]));
  }
  if (isPresent(data.email)) check(problems, 'email', emailProblem(data.email));
  if (isPresent(data.phone)) check(problems, 'phone', phoneProblem(data.phone));
  if (isPresent(data.businessId)) check(problems, 'businessId', businessIdProblem(data.businessId));

  if ('languages' in data) {
    check(
      problems,
      'languages',
      stringListProblem(
        data.languages,
        (code) => LANGUAGE_CODE_PATTERN.test(code),
        'language codes',
        'Use ISO 639 codes such as fi, sv, en, smn.',
      ),
    );
  }
  if ('targetGroups' in data) {
    check(
      problems,
      'targetGroups',
      stringListProblem(
        data.targetGroups,
        (key) => (TARGET_GROUPS as readonly string[]).includes(key),
        'target groups',
        `Allowed: ${TARGET_GROUPS.join(', ')}.`,
      ),
    );
  }
  if ('tags' in data) {
    check(
      problems,
      'tags',
      stringListProblem(
        data.tags,
        isTag,
        'tags',
        `A tag is one word of letters, digits and hyphens, at most ${MAX_TAG_LENGTH} characters, e.g. "kumppanuus".`,
      ),
    );
  }

  switch (contentType) {
    case 'organisation': {
      const lat = data.latitude,
        lon = data.longitude;
      if (lat !== null && lat !== undefined && (Number(lat) < -90 || Number(lat) > 90 || Number.isNaN(Number(lat)))) {
        check(problems, 'latitude', 'Latitude must be between -90 and 90 (Finland is about 60–70).');
      }
      if (lon !== null && lon !== undefined && (Number(lon) < -180 || Number(lon) > 180 || Number.isNaN(Number(lon)))) {
        check(problems, 'longitude', 'Longitude must be between -180 and 180 (Finland is about 20–31).');
      }
      if (data.logo && !isPresent(data.logoAlt)) {
        check(problems, 'logoAlt', 'A logo needs alternative text for screen reader users (usually the organisation name).');
      }
      break;
    }
    case 'programme':
      check(problems, 'endDate', orderProblem(data.startDate as string, data.endDate as string, 'The end date is before the start date.'));
      break;
    case 'event': {
      check(problems, 'endsAt', orderProblem(data.startsAt as string, data.endsAt as string, 'The event ends before it starts.'));
      check(
        problems,
        'registrationDeadline',
        orderProblem(data.registrationDeadline as string, data.startsAt as string, 'The registration deadline is after the event starts.'),
      );
      if (data.eventStatus === 'rescheduled' && !data.previousStartsAt) {
        check(problems, 'previousStartsAt', 'A rescheduled event needs its previous start time so that people notice the change.');
      }
      break;
    }
    case 'post':
      if (data.heroImage && !isPresent(data.heroImageAlt)) {
        check(problems, 'heroImageAlt', 'A hero image needs alternative text for screen reader users.');
      }
      break;
    default:
      break;
  }
  return problems;
}
