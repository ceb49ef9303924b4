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
  return error.kind === 'http' ? t('errors.http', { status: error.status ?? '?' }) : t(`errors.${error.kind}`);
}
