/** What other features may use of the article feature: the article as readers see it. */
export { ArticleView } from './ArticleView';
export { ArticleBreadcrumb } from './ArticleBreadcrumb';
