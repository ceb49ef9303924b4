/**
 * What a page tells the service worker (src/service-worker/sw.ts). A page opened through a link
 * inside the app often makes no request at all (its article was already in a list), so the
 * worker would never learn it was read: the page says so, and the worker keeps its documents.
 */
export const KEEP_DOCUMENTS = 'sahifa:keep-documents';

export interface KeepDocumentsMessage {
  type: typeof KEEP_DOCUMENTS;
  /** The page's URL, on the site's origin. */
  url: string;
}

export function isKeepDocumentsMessage(data: unknown): data is KeepDocumentsMessage {
  return typeof data === 'object' && data !== null && (data as KeepDocumentsMessage).type === KEEP_DOCUMENTS && typeof (data as KeepDocumentsMessage).url === 'string';
}
