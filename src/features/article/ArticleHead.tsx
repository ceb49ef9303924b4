import { JsonLd } from '@/components/JsonLd';
import { sectionPath, type Article, type Section, type SiteConfig } from '@/features/feed';
import { openGraphLocale, publicUrl } from '@/lib/public-url';

/**
 * What link previews (WhatsApp, Facebook, Telegram, X) and search engines read: title, description,
 * canonical URL, Open Graph and Twitter cards, and NewsArticle + BreadcrumbList JSON-LD. React hoists
 * the tags into <head>, in the browser and in the pre-rendered page alike.
 */
export function ArticleHead({ article, section, site, homeLabel }: { article: Article; section?: Section; site: SiteConfig; homeLabel: string }) {
  const url = publicUrl(article.path);
  const description = article.summary ?? '';
  const image = article.image;
  const language = article.language ?? site.language;
  const authors = article.authors.map((author) => ({ '@type': 'Person', name: author.name, ...(author.url ? { url: publicUrl(author.url) } : {}) }));

  return (
    <>
      <title>{`${article.title} — ${site.name}`}</title>
      {description && <meta name="description" content={description} />}
      <link rel="canonical" href={url} />
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={site.name} />
      <meta property="og:locale" content={openGraphLocale(site.locale)} />
      <meta property="og:url" content={url} />
      <meta property="og:title" content={article.title} />
      {description && <meta property="og:description" content={description} />}
      {image && <meta property="og:image" content={publicUrl(image.url)} />}
      {image?.width && <meta property="og:image:width" content={String(image.width)} />}
      {image?.height && <meta property="og:image:height" content={String(image.height)} />}
      {image?.alt && <meta property="og:image:alt" content={image.alt} />}
      {article.datePublished && <meta property="article:published_time" content={article.datePublished} />}
      {article.dateModified && <meta property="article:modified_time" content={article.dateModified} />}
      {section && <meta property="article:section" content={section.title} />}
      {article.authors.map((author) => (
        <meta key={author.name} property="article:author" content={author.name} />
      ))}
      {article.tags.map((tag) => (
        <meta key={tag} property="article:tag" content={tag} />
      ))}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={article.title} />
      {description && <meta name="twitter:description" content={description} />}
      {image && <meta name="twitter:image" content={publicUrl(image.url)} />}
      {image?.alt && <meta name="twitter:image:alt" content={image.alt} />}
      {section && <link rel="alternate" type="application/feed+json" title={`${site.name} — ${section.title}`} href={section.feedUrl} />}
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: article.title,
          description: description || undefined,
          datePublished: article.datePublished,
          dateModified: article.dateModified ?? article.datePublished,
          author: authors,
          image: image ? [{ '@type': 'ImageObject', url: publicUrl(image.url), width: image.width, height: image.height, caption: image.caption ?? image.alt }] : undefined,
          articleSection: section?.title,
          keywords: article.tags.length ? article.tags.join('، ') : undefined,
          inLanguage: language,
          mainEntityOfPage: { '@type': 'WebPage', '@id': url },
          url,
          publisher: {
            '@type': 'NewsMediaOrganization',
            name: site.name,
            url: publicUrl('/'),
            ...(site.icon || site.logo ? { logo: { '@type': 'ImageObject', url: publicUrl((site.icon ?? site.logo)!) } } : {}),
          },
        }}
      />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: [
            { name: homeLabel, item: publicUrl('/') },
            ...(section ? [{ name: section.title, item: publicUrl(sectionPath(section.slug)) }] : []),
            { name: article.title, item: url },
          ].map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, ...crumb })),
        }}
      />
    </>
  );
}
