import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False on the server and in the hydrating render, true from then on. Controls that do nothing
 * without the app's code (save, share, settings) are disabled in the pre-rendered page and come
 * alive with hydration, instead of swallowing a click made before the code arrived.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
