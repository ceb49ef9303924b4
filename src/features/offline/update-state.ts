/**
 * Whether a new version of the app is waiting to take over, as a tiny store React reads with
 * useSyncExternalStore. The service worker registration (register-worker.ts) offers an update;
 * the prompt (UpdatePrompt.tsx) accepts or puts it off. Nothing changes until the reader accepts:
 * the running version keeps its own files, so a page never mixes old and new ones.
 */
export type UpdateStatus = 'none' | 'available' | 'applying' | 'put-off';

let status: UpdateStatus = 'none';
let apply: (() => Promise<void>) | undefined;
const listeners = new Set<() => void>();

function setStatus(next: UpdateStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

export const updateStatus = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): UpdateStatus => status,
  /** Pre-rendering and hydration know of no worker. */
  getServerSnapshot: (): UpdateStatus => 'none',
};

/** A new version is installed and waiting; `activate` asks it to take over (the pages then reload). */
export function offerUpdate(activate: () => Promise<void>): void {
  apply = activate;
  if (status !== 'applying') setStatus('available');
}

/** The reader accepted. Once only: a second press while the new version starts does nothing. */
export function acceptUpdate(): void {
  if (status !== 'available' || !apply) return;
  setStatus('applying');
  apply().catch(() => setStatus('available'));
}

/** Not now: the new version then starts when every page of the site has been closed. */
export function putOffUpdate(): void {
  if (status === 'available') setStatus('put-off');
}
