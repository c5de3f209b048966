/**
 * custom-elements.json from the JSDoc of each `*.component.ts` (and the shared base classes, for `api`
 * and `lang`, and the detail elements' `slug` and `slug-param`). Internal reactive state is declared in `static properties` with `state: true`, which the
 * analyzer would list as attributes; a small plugin drops those and other private members.
 */
const dropPrivateState = () => ({
  name: 'kumppani-drop-private-state',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.kind !== 'class') continue;
        const hidden = new Set(
          (declaration.members ?? [])
            .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
            .map((member) => member.name),
        );
        declaration.members = (declaration.members ?? []).filter((member) => !hidden.has(member.name));
        declaration.attributes = (declaration.attributes ?? []).filter((attribute) => !hidden.has(attribute.fieldName));
      }
    }
  },
});

export default {
  globs: ['src/**/*.component.ts', 'src/shared/base-element.ts', 'src/shared/detail-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropPrivateState()],
};
