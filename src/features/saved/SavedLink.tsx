import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { BookmarkIcon } from './BookmarkIcon';
import { preloadSavedReading } from './load';
import { useSavedEntries } from './saved-store';

/**
 * The header's way to the saved articles. A reader who has saved something may lose the
 * connection before opening them: the saved page and the check of the copies are fetched while
 * the page is idle, so /saved and every saved article open offline. Nobody else downloads them.
 */
export function SavedLink() {
  const { t } = useTranslation();
  const hasSaved = useSavedEntries().length > 0;

  useEffect(() => {
    if (!hasSaved) return;
    const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1000));
    // Already offline, the download fails: the page then loads like any other, when asked for.
    whenIdle(() => void preloadSavedReading().catch(() => undefined));
  }, [hasSaved]);

  return (
    <NavLink
      to="/saved"
      className="inline-flex min-h-11 items-center gap-1.5 rounded-md px-2 font-heading text-meta font-bold text-muted hover:text-ink aria-[current=page]:text-accent"
    >
      <BookmarkIcon />
      {t('saved.link')}
    </NavLink>
  );
}
