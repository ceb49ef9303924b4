/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, minifySync, type Plugin } from 'vite';
import { PREFERENCES_SCRIPT } from './src/features/preferences/preferences.ts';
import { EMBED_HOSTS } from './src/lib/sanitize-html.ts';

/** Where index.html wants the reader's preferences restored: after the theme-color tags they adjust. */
const PREFERENCES_MARKER = '<!--sahifa-preferences-->';
/** Minified: the script is in the HTML of every page, ahead of its first paint. */
const PREFERENCES_INLINE_SCRIPT = minifySync('preferences.js', PREFERENCES_SCRIPT).code;

/**
 * The production page allows only its own scripts and the one inline script that restores the
 * reader's preferences before first paint, by its hash: no other inline script, no eval. Feed images
 * and a CMS on another origin are allowed over https; frames only from the embed hosts the sanitiser
 * keeps. Not applied to the dev server, whose hot reload needs inline script.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${createHash('sha256').update(PREFERENCES_INLINE_SCRIPT).digest('base64')}'`,
  "style-src 'self'",
  "img-src 'self' https: data:",
  "font-src 'self'",
  "connect-src 'self' https:",
  `frame-src ${EMBED_HOSTS.map((host) => `https://${host}`).join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * A policy in a <meta> governs only what comes after it, so it goes first after the charset, ahead
 * of the inline script it allows.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'sahifa-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      insertAfter(html, /<meta charset="[^"]*" *\/?>/, `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

/** The reader's theme and text size, set on <html> by a script that runs before the body is parsed. */
function restorePreferences(): Plugin {
  return {
    name: 'sahifa-restore-preferences',
    transformIndexHtml: (html) => {
      if (!html.includes(PREFERENCES_MARKER)) throw new Error(`index.html has no ${PREFERENCES_MARKER}`);
      return html.replace(PREFERENCES_MARKER, () => `<script>${PREFERENCES_INLINE_SCRIPT}</script>`);
    },
  };
}

function insertAfter(html: string, anchor: RegExp, markup: string): string {
  if (!anchor.test(html)) throw new Error(`index.html has no ${anchor}`);
  return html.replace(anchor, (found) => `${found}\n    ${markup}`);
}

/**
 * Every first view has headlines: the heading face's Arabic subset is preloaded so it arrives with
 * the CSS instead of after it. The body face is not: most phones have it locally (src/styles/fonts.css).
 */
const CRITICAL_FONTS = [/noto-kufi-arabic-arabic-700-normal-[\w-]+\.woff2$/];

function preloadCriticalFonts(): Plugin {
  return {
    name: 'sahifa-preload-critical-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        Object.keys(context.bundle ?? {})
          .filter((fileName) => CRITICAL_FONTS.some((pattern) => pattern.test(fileName)))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `/${fileName}` },
            injectTo: 'head' as const,
          })),
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), restorePreferences(), preloadCriticalFonts()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
