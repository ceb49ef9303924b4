import { useTranslation } from 'react-i18next';
import { Breadcrumb } from '@/components/Breadcrumb';
import { sectionPath, useSite, type Article, type Section } from '@/features/feed';

/** «الرئيسية / <section> / <headline>»: the feed's words keep their own language in any interface. */
export function ArticleBreadcrumb({ article, section }: { article: Article; section?: Section }) {
  const { t } = useTranslation();
  const site = useSite();
  return (
    <Breadcrumb
      label={t('article.breadcrumb')}
      items={[
        { label: t('site.home'), to: '/' },
        ...(section ? [{ label: section.title, to: sectionPath(section.slug), lang: site.language }] : []),
        { label: article.title, lang: article.language },
      ]}
    />
  );
}
