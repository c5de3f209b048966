/** A post's own rule: alternative text for its hero image. */
import type { DocumentData } from '../definition';
import { fieldProblems, isPresent, type FieldProblem } from '../../validation/field-checks';

export function postProblems(data: DocumentData): FieldProblem[] {
  return fieldProblems({
    heroImageAlt: data.heroImage && !isPresent(data.heroImageAlt) ? 'A hero image needs alternative text for screen reader users.' : null,
  });
}
