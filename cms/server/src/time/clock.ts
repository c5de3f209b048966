/**
 * "Now" for the answers that depend on it (the default event list is "not ended yet"), and how long such
 * an answer holds. The HTTP edge renders each response inside `clock.timedRendering`; a query that compares
 * with now reports, through `holdsBetween`, the instants between which its answer stays the same (for
 * events: from the latest end before now to the next end after it). Both come from the data and the
 * clock only, so every process that renders in that span produces the same body.
 *
 * The clock is the plugin service `clock` (one per Strapi), so that a test moves time with
 * `strapi.plugin('kumppani').service('clock').set(...)` rather than by reaching into the build.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** When a rendered answer holds: after `since` and up to and including `until` (milliseconds). */
export interface Span {
  since: number;
  until: number;
}

interface Rendering extends Span {
  at: Date;
}

// The rendering in progress, per async call chain: request context, not a cache.
const renderings = new AsyncLocalStorage<Rendering>();

const systemTime = () => Date.now();

export class Clock {
  private read: () => number = systemTime;

  /** For tests: read the time from `source` (milliseconds since the epoch); null goes back to the system clock. */
  set(source: (() => number) | null): void {
    this.read = source ?? systemTime;
  }

  /**
   * Runs `render` with now fixed at the clock's current time, and returns with its result the span in which
   * that result holds: always, unless something in it reported a narrower span.
   */
  async timedRendering<T>(render: () => Promise<T>): Promise<{ result: T } & Span> {
    const rendering: Rendering = { at: new Date(this.read()), since: -Infinity, until: Infinity };
    const result = await renderings.run(rendering, render);
    return { result, since: rendering.since, until: rendering.until };
  }

  /** Whether an answer rendered with this span still holds at the clock's current time. */
  stillHolds(span: Span): boolean {
    if (span.since === -Infinity && span.until === Infinity) return true;
    const current = this.read();
    return current > span.since && current <= span.until;
  }
}

/** The current time: while rendering, the instant the rendering takes as now. */
export function now(): Date {
  return renderings.getStore()?.at ?? new Date();
}

/**
 * Reports that the answer being rendered was the same after `since` and stays the same up to and
 * including `until` (null: no change on that side). Outside a rendering it does nothing.
 */
export function holdsBetween(since: Date | null, until: Date | null): void {
  const rendering = renderings.getStore();
  if (!rendering) return;
  if (since) rendering.since = Math.max(rendering.since, since.getTime());
  if (until) rendering.until = Math.min(rendering.until, until.getTime());
}
