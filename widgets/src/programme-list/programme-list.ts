import { ProgrammeList } from './programme-list.component.js';

export * from './programme-list.component.js';

/** Guarded: host pages sometimes load the script twice (a theme and a plugin), and define() would throw. */
export const PROGRAMME_LIST_TAG = 'programme-list';
if (!customElements.get(PROGRAMME_LIST_TAG)) customElements.define(PROGRAMME_LIST_TAG, ProgrammeList);

declare global {
  interface HTMLElementTagNameMap {
    'programme-list': ProgrammeList;
  }
}
