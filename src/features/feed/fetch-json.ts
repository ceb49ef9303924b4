import { FEED_TIMEOUT_MS } from './config';
import { FeedError } from './feed-error';

const JSON_TYPES = /^(application\/(feed\+)?json|application\/[\w.+-]+\+json|text\/json)\b/i;

export interface FetchedDocument {
  json: unknown;
  /** The final URL after redirects: relative links inside the document resolve against it. */
  url: string;
}

/**
 * The only place Sahifa talks to the network. Turns every way a request can go wrong into a
 * FeedError the UI can explain.
 */
export async function fetchJsonDocument(url: string, signal?: AbortSignal): Promise<FetchedDocument> {
  // A plain timer rather than AbortSignal.timeout: same effect, but it runs on the page's clock, so
  // tests can fast-forward through the wait instead of sitting it out.
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException(`no answer after ${FEED_TIMEOUT_MS} ms`, 'TimeoutError')),
    FEED_TIMEOUT_MS,
  );
  const timeout = controller.signal;
  try {
    return await fetchWithin(url, timeout, signal);
  } finally {
    clearTimeout(timer);
  }
}

async function fetchWithin(url: string, timeout: AbortSignal, signal?: AbortSignal): Promise<FetchedDocument> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/feed+json, application/json;q=0.9' },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (timeout.aborted) throw new FeedError('timeout', url, `no answer after ${FEED_TIMEOUT_MS} ms`);
    if (signal?.aborted) throw error;
    throw new FeedError('network', url, error instanceof Error ? error.message : String(error));
  }

  if (response.status === 404 || response.status === 410) {
    throw new FeedError('not-found', url, `HTTP ${response.status}`, response.status);
  }
  if (!response.ok) throw new FeedError('http', url, `HTTP ${response.status}`, response.status);

  const contentType = response.headers.get('content-type') ?? '';
  // A static host with an SPA fallback answers a missing file with index.html and status 200.
  if (/^text\/html\b/i.test(contentType)) {
    throw new FeedError('not-found', url, 'the host answered with an HTML page', response.status);
  }
  if (!JSON_TYPES.test(contentType)) {
    throw new FeedError('content-type', url, `unexpected content type "${contentType}"`, response.status);
  }

  let text: string;
  try {
    text = await response.text();
  } catch {
    if (timeout.aborted) throw new FeedError('timeout', url, `body not complete after ${FEED_TIMEOUT_MS} ms`);
    throw new FeedError('network', url, 'the connection dropped while reading');
  }
  try {
    return { json: JSON.parse(text) as unknown, url: response.url || url };
  } catch (error) {
    throw new FeedError('parse', url, error instanceof Error ? error.message : 'invalid JSON');
  }
}
