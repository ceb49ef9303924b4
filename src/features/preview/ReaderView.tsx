import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ArticleBreadcrumb, ArticleView } from '@/features/article';
import { ArticleCard, latestQueryOptions, sectionQueryOptions, useSite, type Article, type ArticleTeaser, type Section } from '@/features/feed';

export type ReaderPage = 'article' | 'home' | 'section';

/** How many real stories stand beside the draft, so the card is judged among its neighbours. */
const NEIGHBOURS = { home: 3, section: 2 };

/**
 * The draft as readers will meet it, with the components they get: its article page, the lead
 * card of the home page, and a standard and a compact card in its section. Headings start at h3:
 * this renders under the workspace's "preview" heading.
 */
export function ReaderView({ article, page }: { article: Article; page: ReaderPage }) {
  const site = useSite();
  const section = site.sections.find((candidate) => candidate.slug === article.sectionSlug);
  return (
    <div className="px-4 py-6 sm:px-6 lg:py-10">
      {page === 'article' && <ArticlePreview article={article} section={section} />}
      {page === 'home' && <HomePreview article={article} />}
      {page === 'section' && <SectionPreview article={article} section={section} />}
    </div>
  );
}

function ArticlePreview({ article, section }: { article: Article; section?: Section }) {
  return (
    <div className="mx-auto max-w-page">
      <ArticleBreadcrumb article={article} section={section} />
      <ArticleView article={article} section={section} headingLevel={3} />
    </div>
  );
}

function HomePreview({ article }: { article: Article }) {
  const { t } = useTranslation('preview');
  const neighbours = useNeighbours(article, undefined, NEIGHBOURS.home);
  return (
    <div className="mx-auto max-w-page">
      <p className="section-label">{t('home.title')}</p>
      <ArticleCard article={article} headingLevel={3} variant="lead" priority prefetch={false} />
      {neighbours.length > 0 && (
        <ul className="mt-8 grid gap-x-6 gap-y-8 border-t border-rule pt-8 sm:grid-cols-2 lg:grid-cols-3">
          {neighbours.map((item) => (
            <li key={item.id}>
              <ArticleCard article={item} headingLevel={3} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SectionPreview({ article, section }: { article: Article; section?: Section }) {
  const { t } = useTranslation('preview');
  const neighbours = useNeighbours(article, section, NEIGHBOURS.section);
  const stories: ArticleTeaser[] = [article, ...neighbours];
  return (
    <div className="mx-auto flex max-w-page flex-col gap-10">
      <div>
        <p className="mb-4 text-meta text-muted">{t('preview.sectionGrid')}</p>
        {section && <p className="mb-6 border-b border-rule pb-4 font-heading text-headline font-bold text-ink">{section.title}</p>}
        <ul className="grid gap-x-6 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
          {stories.map((item) => (
            <li key={item.id}>
              <ArticleCard article={item} headingLevel={3} showSection={false} prefetch={item !== article} />
            </li>
          ))}
        </ul>
      </div>
      <div className="md:max-w-[38rem]">
        <p className="mb-4 text-meta text-muted">{t('preview.sectionList')}</p>
        <ul className="flex flex-col gap-5 border-t border-rule pt-5">
          {stories.map((item) => (
            <li key={item.id}>
              <ArticleCard article={item} headingLevel={3} variant="compact" showSection={false} prefetch={item !== article} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/**
 * The newest published stories of the draft's section (or of the site). Decoration only: when
 * the feed cannot be read, the draft stands alone.
 */
function useNeighbours(article: Article, section: Section | undefined, count: number): ArticleTeaser[] {
  const site = useSite();
  // Both are pages of the same FeedPage list; only their key types differ, which a union cannot express to the hook.
  const options = (section ? sectionQueryOptions(section) : latestQueryOptions(site)) as ReturnType<typeof latestQueryOptions>;
  const items = useInfiniteQuery(options).data?.pages[0]?.items ?? [];
  return items.filter((item) => item.id !== article.id).slice(0, count);
}
