import { loadArticleSchema } from '@/features/feed';
import { SavedPage } from './SavedPage';

/** /saved: its loader brings the schema the page checks the copies with. */
export function savedRoute() {
  return { loader: () => loadArticleSchema(), Component: SavedPage };
}
