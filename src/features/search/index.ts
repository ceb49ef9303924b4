/**
 * What the app uses of the search feature: the header's search field, and the /search route,
 * loaded on demand so the engine and its index stay out of every other page.
 */
export { SearchForm } from './SearchForm';
export const loadSearchRoute = () => import('./search-route');
