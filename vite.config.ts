/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { MANIFEST_ICONS, appIcons } from './scripts/app-icons.ts';
import { EMBED_HOSTS } from './src/lib/sanitize-html.ts';
import { APP_SHELL_FILE } from './src/service-worker/app-shell.ts';

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
  // The service worker and the web app manifest (docs/decisions/007-offline.md).
  "worker-src 'self'",
  "manifest-src 'self'",
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
    contentSecurityPolicy(),
    preloadCriticalFonts(),
    // Not for pre-rendering. The dev server builds no worker, but resolves the registration module.
    ...(isSsrBuild ? [] : [appIcons(), appShell(), offline()]),
  ],
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
}));
