import type { DehydratedState } from '@tanstack/react-query';

/** What a pre-rendered page carries for the browser to hydrate from. */
export interface PageState {
  /** The path it was rendered for; the SPA fallback may serve it for another path. */
  path: string;
  queries: DehydratedState;
  loaderData: Record<string, unknown> | undefined;
}

export const PAGE_STATE_ID = 'sahifa-state';
