/** A programme's own rule: it cannot end before it starts. */
import type { DocumentData } from '../definition';
import { fieldProblems, orderProblem, type FieldProblem } from '../../validation/field-checks';

export function programmeProblems(data: DocumentData): FieldProblem[] {
  return fieldProblems({
    endDate: orderProblem(data.startDate as string, data.endDate as string, 'The end date is before the start date.'),
  });
}
