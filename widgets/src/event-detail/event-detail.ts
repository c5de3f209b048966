import { EventDetail } from './event-detail.component.js';

export * from './event-detail.component.js';

/** Guarded: host pages sometimes load the script twice (a theme and a plugin), and define() would throw. */
export const EVENT_DETAIL_TAG = 'event-detail';
if (!customElements.get(EVENT_DETAIL_TAG)) customElements.define(EVENT_DETAIL_TAG, EventDetail);

declare global {
  interface HTMLElementTagNameMap {
    'event-detail': EventDetail;
  }
}
