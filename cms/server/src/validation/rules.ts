/**
 * The rules every write of a Kumppani document goes through (documents/middleware.ts): its texts cleaned,
 * then the rules on fields that mean the same in every type that has them (a website, an e-mail address,
 * tags), then the type's own rules from its folder (content-types/<name>/rules.ts). Pure functions: they take
 * the document's data (after merging an update with what is stored) and return every problem found, so an
 * editor sees all of them at once.
 */
import {
  LANGUAGE_CODE_PATTERN,
  MAX_TAG_LENGTH,
  TARGET_GROUPS,
  deepWithoutControlCharacters,
  hasLineBreak,
  normaliseTag,
  withoutControlCharacters,
  withoutControlCharactersInLine,
} from '@kumppani/contract';
import { CONTENT_TYPES } from '../content-types';
import type { DocumentData } from '../content-types/definition';
import type { ContentTypeName } from '../content-types/uids';
import {
  businessIdProblem,
  emailProblem,
  fieldProblems,
  httpUrlProblem,
  isPresent,
  isTag,
  phoneProblem,
  stringListProblem,
  type FieldProblem,
} from './field-checks';

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
  data: DocumentData,
): { data: DocumentData; problems: FieldProblem[] } {
  const cleaned: DocumentData = { ...data };
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

/** A text field is checked when it holds text: an empty one is the schema's business (required or not). */
const whenPresent =
  (check: (value: string) => string | null) =>
  (value: unknown): string | null =>
    isPresent(value) ? check(value) : null;

/** Rules by field name, for every content type that has the field, in the order their problems are listed. */
const SHARED_FIELD_RULES: Readonly<Record<string, (value: unknown) => string | null>> = {
  website: whenPresent(httpUrlProblem),
  onlineUrl: whenPresent(httpUrlProblem),
  registrationUrl: whenPresent(httpUrlProblem),
  canonicalUrl: whenPresent(httpUrlProblem),
  feedUrl: whenPresent(httpUrlProblem),
  email: whenPresent(emailProblem),
  phone: whenPresent(phoneProblem),
  businessId: whenPresent(businessIdProblem),
  languages: (value) =>
    stringListProblem(value, (code) => LANGUAGE_CODE_PATTERN.test(code), 'language codes', 'Use ISO 639 codes such as fi, sv, en, smn.'),
  targetGroups: (value) =>
    stringListProblem(
      value,
      (key) => (TARGET_GROUPS as readonly string[]).includes(key),
      'target groups',
      `Allowed: ${TARGET_GROUPS.join(', ')}.`,
    ),
  tags: (value) =>
    stringListProblem(
      value,
      isTag,
      'tags',
      `A tag is one word of letters, digits and hyphens, at most ${MAX_TAG_LENGTH} characters, e.g. "kumppanuus".`,
    ),
};

/** Returns the problems of one document of a Kumppani content type: the shared field rules, then the type's own. */
export function documentProblems(contentType: ContentTypeName, data: DocumentData): FieldProblem[] {
  const shared = fieldProblems(
    Object.fromEntries(Object.entries(SHARED_FIELD_RULES).map(([field, problemOf]) => [field, problemOf(data[field])])),
  );
  return [...shared, ...(CONTENT_TYPES[contentType].rules?.(data) ?? [])];
}
