/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, minifySync, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { MANIFEST_ICONS, appIcons } from './scripts/app-icons.ts';
import { PREFERENCES_SCRIPT } from './src/features/preferences/preferences.ts';
import { EMBED_HOSTS } from './src/lib/sanitize-html.ts';
import { APP_SHELL_FILE } from './src/service-worker/app-shell.ts';

/** Where index.html wants the reader's preferences restored: after the theme-color tags they adjust. */
const PREFERENCES_MARKER = '<!--sahifa-preferences-->';
/** Minified: the script is in the HTML of every page, ahead of its first paint. */
const PREFERENCES_INLINE_SCRIPT = minifySync('preferences.js', PREFERENCES_SCRIPT).code;

/**
 * The production page allows only its own scripts: no eval, and no inline script or style except
 * the exact blocks the build wrote, allowed by their sha256 hash (computed last, from the final
 * HTML). Feed images and a CMS on another origin are allowed over https; frames only from the embed
 * hosts the sanitiser keeps. Not applied to the dev server, whose hot reload needs inline script.
 */
function contentSecurityPolicy(html: string): string {
  const hashes = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`).join(' ');
  // Data blocks (JSON, JSON-LD) are never executed, so CSP does not govern them.
  const inlineScripts = hashes(/<script(?![^>]*\b(?:src|type="application\/(?:ld\+)?json")\b)[^>]*>([\s\S]*?)<\/script>/g);
  const inlineStyles = hashes(/<style[^>]*>([\s\S]*?)<\/style>/g);
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts}`.trim(),
    `style-src 'self' ${inlineStyles}`.trim(),
    "img-src 'self' https: data:",
    "font-src 'self'",
    "connect-src 'self' https:",
    // The service worker and the web app manifest (docs/decisions/007-offline.md).
    "worker-src 'self'",
    "manifest-src 'self'",
    `frame-src ${EMBED_HOSTS.map((host) => `https://${host}`).join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The reader's theme and text size, set on <html> by a script that runs before the body is parsed
 * (allowed by its hash like every inline block: contentSecurityPolicy).
 */
function restorePreferences(): Plugin {
  return {
    name: 'sahifa-restore-preferences',
    transformIndexHtml: (html) => {
      if (!html.includes(PREFERENCES_MARKER)) throw new Error(`index.html has no ${PREFERENCES_MARKER}`);
      return html.replace(PREFERENCES_MARKER, () => `<script>${PREFERENCES_INLINE_SCRIPT}</script>`);
    },
  };
}


/**
 * What the first paint needs arrives with the HTML and wins the network; the app's code waits for
 * the first frame. Every page is pre-rendered and readable (links and search work) before it
 * hydrates, so on a slow phone network the headline, hero image and heading font matter more in
 * the first second than the JavaScript: the stylesheet (7 KB gzipped) is inlined, saving a
 * render-blocking round trip, and the entry script and its preloads are requested by a small
 * inline loader once the first frame is painted (docs/decisions/010-first-paint-first.md).
 * The CSP goes in last, so its hashes match what the page really holds.
 */
function firstPaintFirst(): Plugin {
  return {
    name: 'sahifa-first-paint-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const entries: string[] = [];
        const preloads: string[] = [];
        const withoutScripts = html
          .replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, fileName: string) => {
            const asset = context.bundle?.[fileName];
            return asset?.type === 'asset' ? `<style>${String(asset.source)}</style>` : tag;
          })
          .replace(/\s*<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/g, (_tag, src: string) => {
            entries.push(src);
            return '';
          })
          .replace(/\s*<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g, (_tag, href: string) => {
            preloads.push(href);
            return '';
          });
        if (!entries.length) throw new Error('sahifa-first-paint-first: no entry script in index.html');
        const loader = `<script>${appLoaderSource(entries, preloads)}</script>`;
        const page = withoutScripts.replace('</body>', () => `  ${loader}\n  </body>`);
        return page.replace(
          /<meta charset="UTF-8" \/>/,
          (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page)}" />`,
        );
      },
    },
  };
}

/**
 * Requests the app once the browser reports the first contentful paint (a page opened in a
 * background tab waits until it is shown); where paint timing is missing, one frame after the
 * first; at once when there is nothing pre-rendered to paint (a bare app shell). Module preloads
 * come first so the chunks download in parallel; entry scripts run in their order, as in the HTML.
 * scripts/bench/bundle-size.ts reads the same list back out of the page.
 */
function appLoaderSource(entries: string[], preloads: string[]): string {
  return `(()=>{const load=()=>{for(const href of ${JSON.stringify(preloads)}){const link=document.createElement('link');link.rel='modulepreload';link.href=href;document.head.append(link)}for(const src of ${JSON.stringify(entries)}){const script=document.createElement('script');script.type='module';script.async=false;script.src=src;document.body.append(script)}};if(!document.getElementById('root')?.hasChildNodes())load();else if(PerformanceObserver.supportedEntryTypes?.includes('paint'))new PerformanceObserver((entries,observer)=>{if(entries.getEntriesByName('first-contentful-paint').length){observer.disconnect();setTimeout(load)}}).observe({type:'paint',buffered:true});else requestAnimationFrame(()=>setTimeout(load))})()`;
}

/**
 * The built index.html becomes the pre-rendered home page after the build (scripts/prerender.ts).
 * The service worker needs the page as built, with no page's content in it, as the shell it
 * falls back to offline: the same HTML under another name, which pre-rendering leaves alone.
 */
function appShell(): Plugin {
  return {
    name: 'sahifa-app-shell',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite has written index.html and every plugin has transformed it.
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') throw new Error('sahifa-app-shell: the build has no index.html');
        this.emitFile({ type: 'asset', fileName: APP_SHELL_FILE, source: page.source });
      },
    },
  };
}

/** The paper of the light palette (src/styles/index.css): the splash screen and title bar. */
const PAPER = '#fbfaf7';

/**
 * The service worker (src/service-worker/sw.ts) and the web app manifest. The worker is registered by
 * the app itself after the page has loaded (src/features/offline), never by an injected script.
 */
function offline() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/service-worker',
    filename: 'sw.ts',
    registerType: 'prompt',
    injectRegister: false,
    injectManifest: {
      // The app shell: every script and style of this version (lazy routes included, so they stay
      // loadable while this version runs), the Arabic subsets of the fonts and the bare page.
      // Pages and feed documents are cached as they are read (src/service-worker/sw.ts).
      globPatterns: ['assets/*.{js,css}', 'assets/*-arabic-arabic-*.woff2', APP_SHELL_FILE],
    },
    manifest: {
      name: 'صحيفة',
      short_name: 'صحيفة',
      description: 'صحيفة إخبارية جزائرية: الأخبار الوطنية والدولية والاقتصاد والرياضة والثقافة والتكنولوجيا، تُقرأ حتى دون اتصال.',
      lang: 'ar',
      dir: 'rtl',
      start_url: '/',
      scope: '/',
      id: '/',
      display: 'standalone',
      theme_color: PAPER,
      background_color: PAPER,
      categories: ['news'],
      icons: MANIFEST_ICONS,
    },
  });
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
    tailwindcss(),
    restorePreferences(),
    firstPaintFirst(),
    // Not for pre-rendering. The dev server builds no worker, but resolves the registration module.
    ...(isSsrBuild ? [] : [appIcons(), appShell(), offline()]),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        /*
         * Everything the entry loads statically — the framework and the code of every first view —
         * in one chunk. Left alone, Rolldown cuts it into a chunk per set of lazy routes sharing
         * it (a new lazy route reshuffles them all), and every page pays for the extra files in
         * requests and lost compression. Lazy routes import from this chunk.
         */
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
}));
