import { onlineManager } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { isRouteErrorResponse } from 'react-router';
import { isFeedError } from '@/features/feed';

/** True for every way a route can say "this does not exist". */
export function isNotFound(error: unknown): boolean {
  return (isRouteErrorResponse(error) && error.status === 404) || (isFeedError(error) && error.kind === 'not-found');
}

/** What happened, in the reader's language, and what they can do about it. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!isFeedError(error)) return t('errors.unexpected');
  switch (error.kind) {
    case 'http':
      return t('errors.http', { status: error.status ?? '?' });
    // A list or the site config that is missing is the site's trouble, not a page that does not
    // exist (that case is the not-found page, see RouteError).
    case 'not-found':
      return t('errors.missing');
    // The browser knows when it is offline: say so rather than blame the server.
    case 'network':
      return onlineManager.isOnline() ? t('errors.network') : t('errors.offline');
    default:
      return t(`errors.${error.kind}`);
  }
}
