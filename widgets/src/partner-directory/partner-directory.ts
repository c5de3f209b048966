import { PartnerDirectory } from './partner-directory.component.js';

export * from './partner-directory.component.js';

/** Guarded: host pages sometimes load the script twice (a theme and a plugin), and define() would throw. */
export const PARTNER_DIRECTORY_TAG = 'partner-directory';
if (!customElements.get(PARTNER_DIRECTORY_TAG)) customElements.define(PARTNER_DIRECTORY_TAG, PartnerDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'partner-directory': PartnerDirectory;
  }
}
