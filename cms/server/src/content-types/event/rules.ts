/** An event's own rules: times in order, and the previous start of a rescheduled event. */
import type { DocumentData } from '../definition';
import { fieldProblems, orderProblem, type FieldProblem } from '../../validation/field-checks';

export function eventProblems(data: DocumentData): FieldProblem[] {
  return fieldProblems({
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
  });
}
