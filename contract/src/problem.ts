/** The problem document (RFC 9457) every error of the API answers with, and how a failed query parse fills it. */
import * as z from 'zod/mini';
import { schema } from './schema';

/** RFC 9457 problem document; `invalidParams` names each offending query parameter. */
export const problem = /*#__PURE__*/ schema(() =>
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.optional(z.string()),
    instance: z.optional(z.string()),
    invalidParams: z.optional(z.array(z.object({ name: z.string(), reason: z.string() }))),
  }),
);
export type Problem = z.infer<typeof problem>;

export interface InvalidParam {
  name: string;
  reason: string;
}

type Issue = z.core.$ZodIssue;

/** Turns a failed query parse into the `invalidParams` of a problem document. */
export function invalidParamsOf(error: { issues: readonly Issue[] }): InvalidParam[] {
  const params: InvalidParam[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) params.push({ name: key, reason: 'is not a parameter of this endpoint' });
      continue;
    }
    const name = issue.path.length ? String(issue.path[0]) : '(query)';
    let reason = issue.message;
    if (issue.code === 'invalid_type' && issue.expected === 'string') reason = 'must be given once, as text';
    else if (issue.code === 'invalid_union' && issue.path.length === 1)
      reason = issue.message.startsWith('Invalid input') ? 'must be text or a list of text' : issue.message;
    if (issue.path.length > 1) reason = `value ${Number(issue.path[1]) + 1} ${reason}`;
    params.push({ name, reason });
  }
  return params;
}
