/** An organisation's own rules: coordinates on the globe, and alternative text for its logo. */
import type { DocumentData } from '../definition';
import { fieldProblems, isPresent, type FieldProblem } from '../../validation/field-checks';

const outside = (value: unknown, min: number, max: number): boolean =>
  value !== null && value !== undefined && (Number(value) < min || Number(value) > max || Number.isNaN(Number(value)));

export function organisationProblems(data: DocumentData): FieldProblem[] {
  return fieldProblems({
    latitude: outside(data.latitude, -90, 90) ? 'Latitude must be between -90 and 90 (Finland is about 60–70).' : null,
    longitude: outside(data.longitude, -180, 180) ? 'Longitude must be between -180 and 180 (Finland is about 20–31).' : null,
    logoAlt:
      data.logo && !isPresent(data.logoAlt)
        ? 'A logo needs alternative text for screen reader users (usually the organisation name).'
        : null,
  });
}
