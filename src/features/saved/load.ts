import { loadArticleSchema } from '@/features/feed';

/** The saved page, loaded on demand: it costs nothing in a cold load of any other page. */
export const loadSavedRoute = () => import('./saved-route');

/** What reading saved copies needs (the page, and the model's schema to check them with). */
export const preloadSavedReading = () => Promise.all([loadSavedRoute(), loadArticleSchema()]);
