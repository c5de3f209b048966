import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Loader, LoadStatus } from './loader.js';

/** A host that counts update requests; the loader's hostUpdate() is called by hand. */
function host() {
  const fake = { updates: 0, controllers: [] as ReactiveController[] };
  const api: ReactiveControllerHost = {
    addController: (controller) => void fake.controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => void fake.updates++,
    updateComplete: Promise.resolve(true),
  };
  return { fake, api };
}

/** A load that the test resolves or rejects, and whether its signal was aborted. */
function pending<Result>() {
  let resolve!: (value: Result) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<Result>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject, signal: undefined as AbortSignal | undefined };
}

describe('shared/loader', () => {
  it('loads on the first update and again only when an argument changes', async () => {
    const { fake, api } = host();
    let args: [string, number] = ['a', 1];
    const seen: string[] = [];
    const loader = new Loader(api, { task: async ([text, n]) => `${text}${n}`, args: () => args, onComplete: (result) => seen.push(result) });
    expect(fake.controllers).to.deep.equal([loader]);
    expect(loader.status).to.equal(LoadStatus.INITIAL);
    loader.hostUpdate();
    expect(loader.status).to.equal(LoadStatus.PENDING);
    await Promise.resolve();
    await Promise.resolve();
    expect(loader.status).to.equal(LoadStatus.COMPLETE);
    expect(seen).to.deep.equal(['a1']);
    loader.hostUpdate(); // same arguments: nothing new
    args = ['a', 2];
    loader.hostUpdate();
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).to.deep.equal(['a1', 'a2']);
    expect(fake.updates).to.equal(4); // a start and an end per load
  });

  it('aborts an older load when a newer one starts and ignores its result', async () => {
    const { api } = host();
    const loads = [pending<string>(), pending<string>()];
    let call = 0;
    let args: readonly [string] = ['first'];
    const seen: string[] = [];
    const loader = new Loader<readonly [string], string>(api, {
      task: (_, { signal }) => {
        const load = loads[call++]!;
        load.signal = signal;
        return load.promise;
      },
      args: () => args,
      onComplete: (result) => seen.push(result),
    });
    loader.hostUpdate();
    args = ['second'];
    loader.hostUpdate();
    expect(loads[0]!.signal!.aborted).to.be.true;
    expect(loads[1]!.signal!.aborted).to.be.false;
    loads[1]!.resolve('newer');
    loads[0]!.resolve('older');
    await new Promise((resolve) => setTimeout(resolve));
    expect(seen).to.deep.equal(['newer']);
    expect(loader.status).to.equal(LoadStatus.COMPLETE);
  });

  it('keeps the error of a failed load, and run() tries again with the same arguments', async () => {
    const { api } = host();
    let fail = true;
    const asked: string[] = [];
    const loader = new Loader(api, {
      task: async ([text]: readonly [string]) => {
        asked.push(text);
        if (fail) throw new Error('down');
        return text;
      },
      args: () => ['x'] as const,
      onComplete: () => {},
    });
    loader.hostUpdate();
    await new Promise((resolve) => setTimeout(resolve));
    expect(loader.status).to.equal(LoadStatus.ERROR);
    expect((loader.error as Error).message).to.equal('down');
    fail = false;
    await loader.run();
    expect(loader.status).to.equal(LoadStatus.COMPLETE);
    expect(asked).to.deep.equal(['x', 'x']);
  });
});
