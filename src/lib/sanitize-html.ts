import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';

/**
 * Feed HTML is untrusted. Everything that reaches the page goes through DOMPurify with an allow-list
 * made for news articles; the rest is dropped.
 */
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite',
  'figure', 'figcaption', 'img', 'picture', 'source', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'small', 'sub', 'sup',
  'mark', 'abbr', 'time', 'code', 'pre', 'kbd', 'span', 'bdi', 'bdo', 'div', 'table', 'caption', 'thead', 'tbody',
  'tfoot', 'tr', 'th', 'td', 'iframe',
];
const ALLOWED_ATTR = [
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'lang', 'dir', 'datetime', 'cite', 'colspan',
  'rowspan', 'scope', 'headers', 'start', 'reversed', 'type', 'media', 'allowfullscreen',
];
/** Video and social embeds that newsrooms actually use; any other iframe is removed. */
export const EMBED_HOSTS = [
  'www.youtube.com', 'www.youtube-nocookie.com', 'player.vimeo.com', 'www.dailymotion.com',
  'geo.dailymotion.com', 'w.soundcloud.com', 'open.spotify.com',
];
const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/(?!\/)|\.{0,2}\/|[^:]*$)/i;
const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-presentation';

let purifier: DOMPurify | undefined;

/**
 * Outside the browser (build-time rendering, unit tests under Node) the caller hands in a DOM
 * window, e.g. jsdom's, before the first sanitisation.
 */
export function provideHtmlWindow(win: WindowLike): void {
  purifier = configure(createDOMPurify(win));
}

function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  if (typeof window === 'undefined') throw new Error('sanitizeHtml needs a DOM: call provideHtmlWindow() first');
  purifier = configure(createDOMPurify(window));
  return purifier;
}

export interface SanitizeOptions {
  /** Origin of the site: links to it stay internal, every other link opens safely. */
  siteOrigin?: string;
}

/** Plain text of an HTML fragment, block boundaries kept as spaces (for excerpts and meta descriptions). */
export function htmlToText(html: string): string {
  const fragment = getPurifier().sanitize(html.replace(/<\/(p|div|li|h\d|blockquote|figcaption|td|th)>|<br\s*\/?>/gi, '$& '), {
    ALLOWED_TAGS: [],
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  return (fragment.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function sanitizeHtml(dirty: string, options: SanitizeOptions = {}): string {
  const dompurify = getPurifier();
  currentSiteOrigin = options.siteOrigin;
  try {
    return dompurify.sanitize(dirty, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      ALLOWED_URI_REGEXP: SAFE_URL,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      FORBID_TAGS: ['style', 'form', 'base', 'meta', 'link', 'script', 'svg', 'math', 'object', 'embed'],
    });
  } finally {
    currentSiteOrigin = undefined;
  }
}

let currentSiteOrigin: string | undefined;

function configure(dompurify: DOMPurify): DOMPurify {
  dompurify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'iframe') return;
    const element = node as Element;
    if (!isAllowedEmbed(element.getAttribute('src'))) element.parentNode?.removeChild(element);
  });
  dompurify.addHook('afterSanitizeAttributes', (node) => {
    const element = node as Element;
    const tag = element.tagName?.toLowerCase();
    if (tag === 'a') secureLink(element);
    if (tag === 'img') {
      element.setAttribute('loading', 'lazy');
      element.setAttribute('decoding', 'async');
      if (!element.hasAttribute('alt')) element.setAttribute('alt', '');
    }
    if (tag === 'iframe') {
      element.setAttribute('sandbox', IFRAME_SANDBOX);
      element.setAttribute('loading', 'lazy');
      element.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
      if (!element.hasAttribute('title')) element.setAttribute('title', 'embed');
    }
  });
  return dompurify;
}

function isAllowedEmbed(src: string | null): boolean {
  if (!src) return false;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && EMBED_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

/**
 * A link is external when the browser would resolve it to another origin. Resolving (rather than
 * pattern-matching the text) catches `/\\evil.example` and tab tricks that browsers normalise.
 */
function secureLink(link: Element): void {
  const href = link.getAttribute('href');
  if (!href) return;
  const base = currentSiteOrigin ?? 'https://sahifa.invalid';
  let external: boolean;
  try {
    external = new URL(href, base).origin !== new URL(base).origin;
  } catch {
    external = true;
  }
  // External links open in place (no surprise tabs) but never leak the opener or the referrer.
  if (external) link.setAttribute('rel', 'noopener noreferrer');
}
