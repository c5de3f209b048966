/**
 * Build support (never in an element's file): the shape (shape.ts) that a zod/mini schema of the contract
 * describes, and the module that declares shapes as plain data. scripts/shapes.mjs runs both at build and
 * test time to generate `shapes.js` from the contract's schemas. `shapeOf` throws on what a shape cannot
 * express (a transform, a default, a strict object, a check other than a pattern), so a contract change
 * that a shape cannot follow fails the build instead of passing unchecked.
 */
import type { ShapeNode } from './shape.js';

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[];
  format?: string;
  pattern?: RegExp;
  protocol?: RegExp;
  hostname?: RegExp;
  normalize?: boolean;
  shape?: Record<string, { _zod: { def: Def } }>;
  catchall?: unknown;
  element?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  entries?: Record<string, unknown>;
  values?: unknown[];
}

export function shapeOf(schema: unknown): ShapeNode {
  return fromDef((schema as { _zod: { def: Def } })._zod.def);
}

function fromDef(def: Def): ShapeNode {
  const checks = def.checks ?? [];
  if (def.type === 'string') {
    if (def.format === 'url' && !def.hostname && !def.normalize && def.protocol && !checks.length) return { url: def.protocol };
    // An ISO date is its pattern (other formats check more than a pattern); so is a regex check.
    if (def.format && (def.format !== 'date' || !def.pattern)) throw new Error(`a shape cannot express the ${def.format} format`);
    const patterns = [...(def.format ? [def.pattern!] : []), ...checks.map(patternOf)];
    if (patterns.length > 1) throw new Error('a shape takes one pattern per string');
    return patterns[0] ?? 'string';
  }
  if (checks.length || def.format) throw new Error(`a shape takes no checks or formats on ${def.type}`);
  switch (def.type) {
    case 'number':
    case 'boolean':
      return def.type;
    case 'enum':
      return Object.values(def.entries!).map(asString);
    case 'literal':
      return def.values!.map(asString);
    case 'array':
      return { list: fromDef(def.element!._zod.def) };
    case 'nullable':
      return { nullable: fromDef(def.innerType!._zod.def) };
    case 'optional':
      return { optional: fromDef(def.innerType!._zod.def) };
    case 'object':
      if (def.catchall) throw new Error('a shape allows any other field (a strict object or a catchall is not a shape)');
      return { fields: Object.fromEntries(Object.entries(def.shape!).map(([field, inner]) => [field, fromDef(inner._zod.def)])) };
    default:
      throw new Error(`a shape cannot express zod's ${def.type}`);
  }
}

function patternOf(check: NonNullable<Def['checks']>[number]): RegExp {
  const { check: kind, format, pattern } = check._zod.def;
  if (kind !== 'string_format' || format !== 'regex' || !pattern) throw new Error(`a shape takes no ${kind} check`);
  return pattern;
}

function asString(value: unknown): string {
  if (typeof value !== 'string') throw new Error('a shape takes string enums and literals only');
  return value;
}

/**
 * An ES module that exports each shape as a constant of its own: plain object, array and regex literals,
 * which bundlers know to be free of side effects, so an element's file keeps only the shape it imports.
 */
export function shapesModule(shapes: Record<string, ShapeNode>): string {
  const exports = Object.entries(shapes).map(([name, shape]) => `export const ${name} = ${literalOf(shape)};\n`);
  return `// Generated from the contract's schemas by scripts/shapes.mjs (shape-of.ts); not committed.\n${exports.join('')}`;
}

function literalOf(node: ShapeNode): string {
  if (typeof node == 'string') return JSON.stringify(node);
  if (node instanceof RegExp) return String(node);
  if (Array.isArray(node)) return `[${node.map(literalOf).join(', ')}]`;
  const fields = Object.entries(node).map(([key, inner]) => `${JSON.stringify(key)}: ${literalOf(inner as ShapeNode)}`);
  return `{ ${fields.join(', ')} }`;
}
