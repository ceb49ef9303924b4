/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Plugin } from 'vite';
import { EMBED_HOSTS } from './src/lib/sanitize-html.ts';

/**
 * The production page allows only its own scripts: no inline script, no eval. Feed images and a
 * CMS on another origin are allowed over https; frames only from the embed hosts the sanitiser
 * keeps. Not applied to the dev server, whose hot reload needs inline script.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "font-src 'self'",
  "connect-src 'self' https:",
  `frame-src ${EMBED_HOSTS.map((host) => `https://${host}`).join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'sahifa-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head' },
    ],
  };
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
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), preloadCriticalFonts()],
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
});
