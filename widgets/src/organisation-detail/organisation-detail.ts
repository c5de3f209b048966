import { OrganisationDetail } from './organisation-detail.component.js';

export * from './organisation-detail.component.js';

/** Guarded: host pages sometimes load the script twice (a theme and a plugin), and define() would throw. */
export const ORGANISATION_DETAIL_TAG = 'organisation-detail';
if (!customElements.get(ORGANISATION_DETAIL_TAG)) customElements.define(ORGANISATION_DETAIL_TAG, OrganisationDetail);

declare global {
  interface HTMLElementTagNameMap {
    'organisation-detail': OrganisationDetail;
  }
}
