// What src/loader.test.ts's fallback loads: the self-contained file of a tag whose module could not be imported.
/* global customElements, HTMLElement */
customElements.define('loader-fallback-test', class extends HTMLElement {});
