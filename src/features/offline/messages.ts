/**
 * What a page tells the service worker (src/service-worker/sw.ts). A page opened through a link
 * inside the app often makes no request at all (its article was already in a list), and the page
 * that installed the worker was loaded without it: the worker would never learn what was read. The
 * page says so, and the worker keeps what the page needs.
 */
export const KEEP_PAGE = 'sahifa:keep-page';

export interface KeepPageMessage {
  type: typeof KEEP_PAGE;
  /** The page's URL, on the site's origin. */
  url: string;
  /** Images the page already shows, loaded before the worker could keep them. */
  images: string[];
}

export function isKeepPageMessage(data: unknown): data is KeepPageMessage {
  const message = data as Partial<KeepPageMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === KEEP_PAGE &&
    typeof message.url === 'string' &&
    Array.isArray(message.images) &&
    message.images.every((image) => typeof image === 'string')
  );
}
