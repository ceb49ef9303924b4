/**
 * The app's page as built, with no page's content in it (index.html itself becomes the
 * pre-rendered home page after the build). The service worker precaches it and answers with it
 * when a page is neither on the network nor in its cache: the app then renders that page itself,
 * or says why it cannot. Shared by the build (vite.config.ts) and the worker.
 */
export const APP_SHELL_FILE = 'app-shell.html';
