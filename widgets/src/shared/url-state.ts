/**
 * A widget's view in the page's query string, so a filtered view can be linked. `prefix` keeps two
 * widgets (or the host's own parameters) apart: prefix "pd" gives `pd-q`, `pd-region`, ...
 * replaceState, not pushState: typing a search must not fill the back button's history.
 */
export function readUrlState(prefix: string, names: readonly string[]): Record<string, string> {
  const params = new URLSearchParams(location.search);
  const state: Record<string, string> = {};
  for (const name of names) {
    const value = params.get(prefix ? `${prefix}-${name}` : name);
    if (value) state[name] = value;
  }
  return state;
}

export function writeUrlState(prefix: string, state: Record<string, string>): void {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(state)) {
    const key = prefix ? `${prefix}-${name}` : name;
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  }
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
