/**
 * A page as a phone without the Noto faces gets it. This machine has them installed, and the app's
 * @font-face rules try the device's copy first (local()), so neither Lighthouse nor a test would
 * ever see the woff2 subsets load and the text swap in from the fallbacks. Taking the local()
 * sources out plays that phone. The page's CSP allows its inline stylesheet by hash, which the edit
 * no longer matches, so the CSP goes too; it does not change what is measured.
 * Used by `npm run bench` (scripts/bench/lighthouse.ts) and e2e/fonts.spec.ts.
 */
export function withoutLocalNotoFonts(html: string, page: string): string {
  const edited = html
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace(/local\((['"]?)(Noto ?(Naskh|Kufi) ?Arabic|Noto(Naskh|Kufi)Arabic)[^)]*\),?/g, '');
  if (edited === html || /local\(['"]?Noto ?(Naskh|Kufi)/.test(edited)) throw new Error(`could not take the local() Noto sources out of ${page}`);
  return edited;
}
