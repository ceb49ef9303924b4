// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OnScreenPrefetcher } from './on-screen-prefetch';
import { prefetchScope } from './prefetch';

afterEach(() => vi.unstubAllGlobals());

describe('prefetchScope', () => {
  const onConnection = (connection: object | undefined) => vi.stubGlobal('navigator', { ...navigator, connection });

  it.each([
    [{ saveData: true, effectiveType: '4g' }, 'none'],
    [{ effectiveType: 'slow-2g' }, 'none'],
    [{ effectiveType: '2g' }, 'none'],
    [{ effectiveType: '3g' }, 'intent'],
    [{ effectiveType: '4g' }, 'on-screen'],
    [undefined, 'on-screen'],
  ])('%o → %s', (connection, scope) => {
    onConnection(connection);
    expect(prefetchScope()).toBe(scope);
  });
});

describe('OnScreenPrefetcher', () => {
  let report: (changes: [Element, boolean][]) => void;
  let idle: (() => void)[];

  beforeEach(() => {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
          report = (changes) => callback(changes.map(([target, isIntersecting]) => ({ target, isIntersecting })));
        }
        observe() {}
        unobserve() {}
      },
    );
  });

  const runIdle = () => idle.splice(0).forEach((callback) => callback());
  const links = (count: number) => Array.from({ length: count }, () => document.createElement('a'));
  /** A task that stays pending until `finish()`. */
  function pendingTask() {
    const task = { started: 0, finish: () => {} };
    const run = vi.fn(() => {
      task.started++;
      return new Promise<void>((done) => (task.finish = done));
    });
    return Object.assign(task, { run });
  }

  it('fetches two on-screen cards at a time, at idle, each once', async () => {
    const prefetcher = new OnScreenPrefetcher();
    const cards = links(3);
    const tasks = cards.map(() => pendingTask());
    cards.forEach((card, index) => prefetcher.watch(card, tasks[index]!.run));
    report(cards.map((card) => [card, true]));
    expect(tasks.map((task) => task.started)).toEqual([0, 0, 0]);

    runIdle();
    expect(tasks.map((task) => task.started)).toEqual([1, 1, 0]);
    tasks[0]!.finish();
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    runIdle();
    expect(tasks.map((task) => task.started)).toEqual([1, 1, 1]);

    report(cards.map((card) => [card, true]));
    runIdle();
    expect(tasks.map((task) => task.started)).toEqual([1, 1, 1]);
  });

  it('skips cards that left the screen, or the page, before the browser was idle', () => {
    const prefetcher = new OnScreenPrefetcher();
    const [passedBy, removed, stays] = links(3);
    const tasks = [pendingTask(), pendingTask(), pendingTask()];
    prefetcher.watch(passedBy!, tasks[0]!.run);
    const unwatch = prefetcher.watch(removed!, tasks[1]!.run);
    prefetcher.watch(stays!, tasks[2]!.run);
    report([[passedBy!, true], [removed!, true], [stays!, true]]);
    report([[passedBy!, false]]);
    unwatch();

    runIdle();
    expect(tasks.map((task) => task.started)).toEqual([0, 0, 1]);
  });
});
