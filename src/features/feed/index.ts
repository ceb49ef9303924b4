/** The feed module's public face: the only way the rest of the app reaches feed data. */
export { FEED_BASE_URL } from './config';
export { FeedError, isFeedError, isRetryable, type FeedErrorKind } from './feed-error';
export type { Article, ArticleImage, FeedPage, Section, SiteConfig, SkippedItem } from './model';
export {
  articleQueryOptions,
  feedKeys,
  findListedArticle,
  latestQueryOptions,
  sectionQueryOptions,
  siteQueryOptions,
} from './queries';
export { articlePath, sectionPath } from './urls';
export { useSectionTitle, useSite } from './hooks';
export { ArticleCard, type CardVariant } from './components/ArticleCard';
export { FormattedDate } from './components/FormattedDate';
