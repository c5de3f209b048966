/** An event's own rules: times in order, the previous start of a rescheduled event, and its series. */
import type { DocumentData } from '../definition';
import { fieldProblems, orderProblem, type FieldProblem } from '../../validation/field-checks';
import { recurrenceFromInput } from '../../occurrences/stored-recurrence';
import { recurrenceProblems } from '../../time/recurrence';

function seriesProblems(data: DocumentData): FieldProblem[] {
  const { recurrence, problems } = recurrenceFromInput(data.recurrence);
  if (problems.length || !recurrence) return problems;
  const startsAt = new Date(data.startsAt as string);
  // Without a valid start the start's own rule speaks; the series is checked once it has one.
  if (Number.isNaN(startsAt.getTime())) return [];
  const endsAt = data.endsAt ? new Date(data.endsAt as string) : null;
  return recurrenceProblems({ startsAt, endsAt: endsAt && !Number.isNaN(endsAt.getTime()) ? endsAt : null }, recurrence);
}

export function eventProblems(data: DocumentData): FieldProblem[] {
  return [
    ...fieldProblems({
      endsAt: orderProblem(data.startsAt as string, data.endsAt as string, 'The event ends before it starts.'),
      registrationDeadline: orderProblem(
        data.registrationDeadline as string,
        data.startsAt as string,
        'The registration deadline is after the event starts.',
      ),
      previousStartsAt:
        data.eventStatus === 'rescheduled' && !data.previousStartsAt
          ? 'A rescheduled event needs its previous start time so that people notice the change.'
          : null,
    }),
    ...seriesProblems(data),
  ];
}
