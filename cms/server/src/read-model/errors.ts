/** A filter value that is well-formed but names nothing we know (e.g. a region slug with a typo): 400, not an empty list. */
export class UnknownValueError extends Error {
  constructor(
    readonly parameter: string,
    readonly values: string[],
  ) {
    super(`unknown ${parameter}: ${values.join(', ')}`);
  }
}
