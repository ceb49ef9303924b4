import { openGraphLocale, publicUrl } from '@/lib/public-url';

interface PageHeadProps {
  title: string;
  description?: string;
  /** Root-relative path of the page. */
  path: string;
  siteName: string;
  locale: string;
  image?: string;
}

/** Title, description, canonical URL and Open Graph/Twitter tags of a non-article page. */
export function PageHead({ title, description, path, siteName, locale, image }: PageHeadProps) {
  const url = publicUrl(path);
  return (
    <>
      <title>{title}</title>
      {description && <meta name="description" content={description} />}
      <link rel="canonical" href={url} />
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={siteName} />
      <meta property="og:locale" content={openGraphLocale(locale)} />
      <meta property="og:url" content={url} />
      <meta property="og:title" content={title} />
      {description && <meta property="og:description" content={description} />}
      {image && <meta property="og:image" content={publicUrl(image)} />}
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={title} />
      {description && <meta name="twitter:description" content={description} />}
    </>
  );
}
