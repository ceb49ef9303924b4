/**
 * The public address of the site, a build setting (`VITE_SITE_URL=https://www.example.dz npm run
 * build`). Canonical links, Open Graph, JSON-LD and the sitemaps need absolute URLs; the default is
 * the address `npm start` serves.
 */
export const PUBLIC_SITE_URL: string = (import.meta.env.VITE_SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');

/** An absolute public URL for a root-relative path (absolute URLs pass through). */
export function publicUrl(pathOrUrl: string): string {
  return new URL(pathOrUrl, `${PUBLIC_SITE_URL}/`).href;
}

/** `ar-DZ` → `ar_DZ`, the form Open Graph wants. */
export const openGraphLocale = (locale: string) => locale.replace('-', '_');
