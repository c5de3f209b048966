import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a Loader is; the same values as @lit/task's TaskStatus. */
export const LoadStatus = { INITIAL: 0, PENDING: 1, COMPLETE: 2, ERROR: 3 } as const;
export type LoadStatus = (typeof LoadStatus)[keyof typeof LoadStatus];

export interface LoaderConfig<Args extends readonly unknown[], Result> {
  /** Loads for `args`. `signal` aborts when a newer load starts. */
  task: (args: Args, options: { signal: AbortSignal }) => Promise<Result>;
  /** Read before each update of the host: a load starts when one of them has changed. */
  args: () => Args;
  /** Called with the result of the newest load, before the host updates with it. */
  onComplete: (result: Result) => void;
}

/**
 * The data loading of the elements: the part of @lit/task's Task that they use, in a fraction of its
 * size, which the per-element size budget needs. A load starts when the arguments change (compared one
 * by one with ===) or on run(); a newer load aborts the older one, whose result or error is then ignored;
 * the host updates when a load starts and when it ends.
 */
export class Loader<Args extends readonly unknown[], Result> implements ReactiveController {
  status: LoadStatus = LoadStatus.INITIAL;
  /** Why the last load failed, when status is ERROR. */
  error: unknown;
  readonly #host: ReactiveControllerHost;
  readonly #config: LoaderConfig<Args, Result>;
  #args: Args | undefined;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost, config: LoaderConfig<Args, Result>) {
    (this.#host = host).addController(this);
    this.#config = config;
  }

  hostUpdate(): void {
    const args = this.#config.args();
    if (!this.#args || args.some((arg, index) => arg !== this.#args![index])) void this.run(args);
  }

  /** Loads again: with the current arguments, e.g. to retry after an error. */
  async run(args: Args = this.#config.args()): Promise<void> {
    this.#args = args;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.status = LoadStatus.PENDING;
    this.#host.requestUpdate();
    try {
      const result = await this.#config.task(args, { signal: abort.signal });
      if (abort !== this.#abort) return;
      this.#config.onComplete(result);
      this.status = LoadStatus.COMPLETE;
    } catch (error) {
      if (abort !== this.#abort) return;
      this.error = error;
      this.status = LoadStatus.ERROR;
    }
    this.#host.requestUpdate();
  }
}
