import { EventList } from './event-list.component.js';

export * from './event-list.component.js';

/** Guarded: host pages sometimes load the script twice (a theme and a plugin), and define() would throw. */
export const EVENT_LIST_TAG = 'event-list';
if (!customElements.get(EVENT_LIST_TAG)) customElements.define(EVENT_LIST_TAG, EventList);

declare global {
  interface HTMLElementTagNameMap {
    'event-list': EventList;
  }
}
