/**
 * A filter value that is well-formed but names nothing we know (e.g. a region slug with a typo). The read
 * model throws it instead of answering an empty list; the HTTP edge (public-api/http.ts) answers it with a
 * 400 problem document naming the parameter.
 */
export class UnknownValueError extends Error {
  constructor(
    readonly parameter: string,
    readonly values: string[],
  ) {
    super(`unknown ${parameter}: ${values.join(', ')}`);
  }
}
