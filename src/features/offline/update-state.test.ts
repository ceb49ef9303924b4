import { beforeEach, describe, expect, it, vi } from 'vitest';

type Store = typeof import('./update-state');

// The store is module state: each test gets a fresh copy.
let store: Store;
beforeEach(async () => {
  vi.resetModules();
  store = await import('./update-state');
});

describe('update prompt state', () => {
  it('offers nothing until a new version waits', () => {
    expect(store.updateStatus.get()).toBe('none');
    expect(store.updateStatus.getServerSnapshot()).toBe('none');
    store.acceptUpdate();
    expect(store.updateStatus.get()).toBe('none');
  });

  it('activates the waiting version once, however often the reader presses', () => {
    const activate = vi.fn(() => new Promise<void>(() => {}));
    const changed = vi.fn();
    store.updateStatus.subscribe(changed);
    store.offerUpdate(activate);
    expect(store.updateStatus.get()).toBe('available');
    store.acceptUpdate();
    store.acceptUpdate();
    expect(activate).toHaveBeenCalledTimes(1);
    expect(store.updateStatus.get()).toBe('applying');
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('offers the update again when activating it failed', async () => {
    store.offerUpdate(() => Promise.reject(new Error('no waiting worker')));
    store.acceptUpdate();
    await vi.waitFor(() => expect(store.updateStatus.get()).toBe('available'));
  });

  it('puts the update off without activating it, and offers it again when the worker asks anew', () => {
    const activate = vi.fn(() => Promise.resolve());
    store.offerUpdate(activate);
    store.putOffUpdate();
    expect(store.updateStatus.get()).toBe('put-off');
    store.acceptUpdate();
    expect(activate).not.toHaveBeenCalled();
    store.offerUpdate(activate);
    expect(store.updateStatus.get()).toBe('available');
  });

  it('stops telling a listener once it unsubscribes', () => {
    const changed = vi.fn();
    const unsubscribe = store.updateStatus.subscribe(changed);
    unsubscribe();
    store.offerUpdate(() => Promise.resolve());
    expect(changed).not.toHaveBeenCalled();
  });
});
