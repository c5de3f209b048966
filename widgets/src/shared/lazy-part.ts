import type { ReactiveControllerHost } from 'lit';

/**
 * A part of an element that lives in a module of its own (a chunk beside the element's file), for what only
 * some pages use: `get()` gives the module once it has arrived, and asks for it (once) the first time; the host
 * then updates. A failed import leaves the part out until the next `get()` asks again.
 */
export class LazyPart<Module> {
  #module: Module | null | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<Module>,
  ) {}

  get(): Module | undefined {
    if (this.#module === undefined) {
      this.#module = null;
      this.load().then(
        (module) => {
          this.#module = module;
          this.host.requestUpdate();
        },
        () => (this.#module = undefined),
      );
    }
    return this.#module ?? undefined;
  }
}
