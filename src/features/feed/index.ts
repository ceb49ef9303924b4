/** The feed module's public face: the only way the rest of the app reaches feed data. */
export { FEED_BASE_URL, SEARCH_URL } from './config';
export { FeedError, isFeedError, isRetryable, type FeedErrorKind } from './feed-error';
export type { Article, ArticleImage, ArticleTeaser, FeedPage, Section, SiteConfig, SkippedItem } from './model';
export {
  articleQueryOptions,
  draftQueryOptions,
  ensureArticlePageData,
  feedKeys,
  latestArticlesQueryOptions,
  latestQueryOptions,
  remoteSearchQueryOptions,
  searchIndexQueryOptions,
  sectionQueryOptions,
  siteQueryOptions,
} from './queries';
export type { SearchHit, SearchIndexData, SearchIndexDocument, SearchPage, SearchParams } from './search';
export { articlePath, sectionPath } from './urls';
export { useSectionTitle, useSite, useUiLocale } from './hooks';
export { ArticleCard, type CardVariant } from './components/ArticleCard';
export { FormattedDate } from './components/FormattedDate';

/**
 * Validation and normalising for the editor preview, loaded on demand: a static export would put
 * zod and DOMPurify back into every reader's first download.
 */
export const loadItemParsers = () => import('./item-parsers');
export type ItemParsers = Awaited<ReturnType<typeof loadItemParsers>>;

/**
 * The app's model as a schema, for articles that come back from the reader's device (saved
 * copies): checked like feed data, and loaded on demand for the same reason as the parsers.
 */
export const loadArticleSchema = () => import('./model').then((model) => model.articleSchema);
export type ArticleSchema = Awaited<ReturnType<typeof loadArticleSchema>>;
