/** The text of one search column: the given fields' texts, one per line, folded as the public API searches. */
import { fold } from '../search/fold';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export const searchColumn = (...values: unknown[]): string => fold(values.map(text).filter(Boolean).join('\n'));
