import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';

/**
 * The article's HTML, already sanitised at the feed edge. Links into the site become router
 * navigation (no full reload); every other link behaves as a normal link.
 */
export function ArticleBody({ html, lang, dir }: { html: string; lang?: string; dir: string }) {
  const container = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element).closest('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin || link.hasAttribute('download')) return;
      event.preventDefault();
      void navigate(`${link.pathname}${link.search}${link.hash}`);
    };
    element.addEventListener('click', onClick);
    return () => element.removeEventListener('click', onClick);
  }, [navigate]);

  return <div ref={container} className="prose-article" lang={lang} dir={dir} dangerouslySetInnerHTML={{ __html: html }} />;
}
