/**
 * An event's `recurrence` field as it is written and stored: null for a single event, else an object of the
 * contract's Recurrence (contract/src/recurrence.ts) whose optional parts may be left out. A JSON column comes
 * back as text on SQLite and as an object on PostgreSQL.
 */
import type { Recurrence } from '@kumppani/contract';
import type { FieldProblem } from '../validation/field-checks';
import { recurrenceProblems, type FirstOccurrence } from '../time/recurrence';

const DEFAULTS: Omit<Recurrence, 'frequency'> = {
  interval: 1,
  weekdays: [],
  monthlyBy: 'weekday',
  until: null,
  count: null,
  exceptions: [],
  changes: [],
};
const FIELDS = new Set(['frequency', ...Object.keys(DEFAULTS)]);

export type RecurrenceInput = { recurrence: Recurrence | null; problems: FieldProblem[] };

/** The series a write carries, with the parts left out at their defaults, or the problems of its form. */
export function recurrenceFromInput(value: unknown): RecurrenceInput {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return { recurrence: null, problems: [{ path: 'recurrence', message: 'The series is not valid JSON.' }] };
    }
  }
  if (parsed === null || parsed === undefined) return { recurrence: null, problems: [] };
  if (typeof parsed !== 'object' || Array.isArray(parsed))
    return {
      recurrence: null,
      problems: [{ path: 'recurrence', message: 'A series is an object such as {"frequency": "weekly", "count": 10}.' }],
    };
  const unknown = Object.keys(parsed).filter((key) => !FIELDS.has(key));
  if (unknown.length)
    return {
      recurrence: null,
      problems: unknown.map((key) => ({ path: `recurrence.${key}`, message: `A series has no field "${key}".` })),
    };
  const given = Object.fromEntries(Object.entries(parsed).filter(([, part]) => part !== undefined));
  return { recurrence: { ...DEFAULTS, ...given } as Recurrence, problems: [] };
}

/** A stored series (validated when it was saved), or null for a single event or one that cannot be read. */
function readRecurrence(value: unknown): Recurrence | null {
  const { recurrence, problems } = recurrenceFromInput(value);
  return problems.length ? null : recurrence;
}

/**
 * The series of a stored event whose first occurrence is `first`, or null for a single event. A series that
 * breaks its rules (saved by a path that skipped validation, e.g. straight into the table) counts as a single
 * event everywhere, the list, the calendar file and `series`, so that it can neither vanish nor repeat without end.
 */
export function storedSeries(value: unknown, first: FirstOccurrence): Recurrence | null {
  const recurrence = readRecurrence(value);
  return recurrence && recurrenceProblems(first, recurrence).length === 0 ? recurrence : null;
}
