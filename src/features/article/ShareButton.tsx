import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '@/features/feed';
import { publicUrl } from '@/lib/public-url';
import { useHydrated } from '@/components/useHydrated';

const canShare = () => typeof navigator.share === 'function';

/**
 * Shares the article's permalink (its canonical URL): through the system's share sheet where the
 * browser has the Web Share API (phones, mostly), else by copying it, confirmed in a live region.
 * When the browser refuses the clipboard, the link is shown to copy by hand. The server and the
 * hydrating render offer the copy; a browser that can share relabels the button right after.
 */
export function ShareButton({ article }: { article: Article }) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const sharing = hydrated && canShare();
  const [copied, setCopied] = useState<boolean>();
  const url = publicUrl(article.path);

  const share = () =>
    sharing
      ? // Dismissing the share sheet rejects: nothing to say about that.
        navigator.share({ title: article.title, url }).catch(() => undefined)
      : navigator.clipboard.writeText(url).then(
          () => setCopied(true),
          () => setCopied(false),
        );

  return (
    <>
      <button type="button" className="tool-button" disabled={!hydrated} onClick={() => void share()}>
        <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false" className="shrink-0">
          <path d="M8 12l4-4M9 5l1-1a3.5 3.5 0 0 1 5 5l-1 1M11 15l-1 1a3.5 3.5 0 0 1-5-5l1-1" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" />
        </svg>
        {sharing ? t('share.share') : t('share.copy')}
      </button>
      <p role="status" className="text-meta text-muted empty:sr-only">
        {copied && t('share.copied')}
      </p>
      {copied === false && (
        <p role="alert" className="basis-full text-meta text-ink">
          {t('share.copyFailed')}{' '}
          <bdi dir="ltr" className="select-all break-all text-accent">
            {url}
          </bdi>
        </p>
      )}
    </>
  );
}
