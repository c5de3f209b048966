/**
 * Checks of single values, shared by every content type: each returns the message an editor reads, or null
 * when the value is fine. The rules of a whole document are in rules.ts and in each type's rules.ts.
 */
import { MAX_SLUG_LENGTH, MAX_TAG_LENGTH, SLUG_PATTERN, TAG_PATTERN, normaliseTag } from '@kumppani/contract';

export interface FieldProblem {
  path: string;
  message: string;
}

/** The problems of a document from its checks by field, in their order, leaving out the fields that passed. */
export function fieldProblems(checks: Readonly<Record<string, string | null>>): FieldProblem[] {
  return Object.entries(checks).flatMap(([path, message]) => (message ? [{ path, message }] : []));
}

export const isPresent = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The tag rule of the query contract, so that every tag an editor can save is one the API can filter by. */
export const isTag = (tag: string): boolean => tag === normaliseTag(tag) && tag.length <= MAX_TAG_LENGTH && TAG_PATTERN.test(tag);

export function slugProblem(slug: string): string | null {
  if (slug.length > MAX_SLUG_LENGTH) return `The slug is longer than ${MAX_SLUG_LENGTH} characters.`;
  return SLUG_PATTERN.test(slug) ? null : `The slug "${slug}" may only contain lowercase letters a–z, digits and single hyphens.`;
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
