/**
 * `schema(() => z.object(...))` builds a schema once, when its module loads.
 *
 * Why: a bundler cannot tell that zod's constructors are free of side effects, so every schema a module
 * builds would stay in every bundle that imports anything from it (the admin's embed builder would carry the
 * event and post schemas). A call annotated `#__PURE__` whose only argument is a function has no effect of
 * its own, so Rollup and terser drop the schemas a bundle does not use. Each top-level schema of the
 * contract is therefore built by `schema(() => ...)` with that annotation before the call: one annotation
 * per schema, in the source, instead of one on every zod call inside it.
 */
export const schema = <T>(build: () => T): T => build();
