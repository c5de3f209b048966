/**
 * The check of an API response, without zod at run time: zod/mini would be a quarter of each element's
 * file (4 KB brotli of its 15 KB budget). A shape is plain data, the contract's zod schema of a response
 * node for node: `shapes.js` is generated from the schemas at build and test time (scripts/shapes.mjs,
 * shape-of.ts), and `shape.test.ts` checks that `matches` gives zod's verdict for every kind of node and
 * that the generated shapes follow the schemas. Types still come from the contract (shapes.d.ts).
 */
export type Shape<Data = unknown> = ShapeNode & { readonly [DATA]?: Data };

declare const DATA: unique symbol;

export type ShapeNode =
  /** A value of this `typeof`. */
  | 'string'
  | 'number'
  | 'boolean'
  /** A string that matches. */
  | RegExp
  /** One of these values (an enum or a literal). */
  | readonly string[]
  | { readonly list: ShapeNode }
  | { readonly nullable: ShapeNode }
  /** May be left out (an object's field). */
  | { readonly optional: ShapeNode }
  /** A URL (after trimming white space, as zod) whose scheme matches. */
  | { readonly url: RegExp }
  /** An object with at least these fields; others are allowed, as the contract's objects are not strict. */
  | { readonly fields: { readonly [field: string]: ShapeNode } };

/** Whether `value` (parsed JSON) has the shape. */
export function matches(shape: ShapeNode, value: unknown): boolean {
  if (typeof shape == 'string') return typeof value == shape;
  if (shape instanceof RegExp) return typeof value == 'string' && shape.test(value);
  if ('list' in shape) return Array.isArray(value) && value.every((item) => matches(shape.list, item));
  if ('nullable' in shape) return value === null || matches(shape.nullable, value);
  if ('optional' in shape) return value === undefined || matches(shape.optional, value);
  if ('url' in shape) {
    try {
      return shape.url.test(new URL((value as string).trim()).protocol.slice(0, -1));
    } catch {
      return false;
    }
  }
  if ('fields' in shape) {
    return (
      typeof value == 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.entries(shape.fields).every(([field, node]) => matches(node, (value as Record<string, unknown>)[field]))
    );
  }
  return shape.includes(value as string);
}
