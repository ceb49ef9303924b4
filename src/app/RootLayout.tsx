import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { sectionPath, useSite } from '@/features/feed';
import { UpdatePrompt } from '@/features/offline';
import { ReadingSettings } from '@/features/preferences';
import { SavedLink } from '@/features/saved';
import { SearchForm } from '@/features/search';
import { RouteAnnouncer } from './RouteAnnouncer';
import { languageAttributes } from '@/lib/text-direction';

export function RootLayout() {
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <OfflineNotice />
      <NavigationProgress />
      <main id="main" className="mx-auto w-full max-w-page flex-1 px-4 py-6 sm:px-6 lg:py-10">
        <Outlet />
      </main>
      <SiteFooter />
      <RouteAnnouncer />
      <UpdatePrompt />
      <ScrollRestoration />
    </>
  );
}

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a href="#main" className="skip-link print:hidden">
      {t('site.skipToContent')}
    </a>
  );
}

function SiteHeader() {
  const { t } = useTranslation();
  const site = useSite();
  return (
    <header className="border-b-2 border-ink bg-paper print:hidden">
      <div className="mx-auto flex max-w-page flex-col gap-3 px-4 pt-4 sm:px-6">
        <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
          <Link to="/" className="flex items-center gap-3 rounded-sm text-ink">
            {site.logo && <img src={site.logo} alt="" width="40" height="40" className="size-10" />}
            <span className="font-heading text-masthead font-bold" {...languageAttributes(site.language)}>
              {site.name}
            </span>
          </Link>
          <div className="ms-auto">
            <SavedLink />
          </div>
          <div className="flex w-full items-center gap-2 sm:w-auto">
            <SearchForm />
            <ReadingSettings />
          </div>
        </div>
        <nav aria-label={t('site.mainNavigation')} className="-mx-1">
          <ul className="flex flex-wrap gap-x-1 pb-1">
            <li>
              <NavLink to="/" end className="nav-link">
                {t('site.home')}
              </NavLink>
            </li>
            {site.sections.map((section) => (
              <li key={section.slug}>
                <NavLink to={sectionPath(section.slug)} className="nav-link" {...languageAttributes(site.language)}>
                  {section.title}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}

function SiteFooter() {
  const { t } = useTranslation();
  const site = useSite();
  return (
    <footer className="mt-12 border-t border-rule bg-paper-deep print:hidden">
      <div className="mx-auto flex max-w-page flex-col gap-3 px-4 py-8 text-meta text-muted sm:px-6">
        {site.description && <p {...languageAttributes(site.language)}>{site.description}</p>}
        <nav aria-label={t('site.footerNavigation')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {site.sections.map((section) => (
              <li key={section.slug}>
                <Link to={sectionPath(section.slug)} className="link-quiet" {...languageAttributes(site.language)}>
                  {section.title}
                </Link>
              </li>
            ))}
            <li>
              <a href={site.homeFeedUrl} type="application/feed+json" className="link-quiet">
                {t('site.feedLink')}
              </a>
            </li>
          </ul>
        </nav>
        <p>{t('site.copyright', { name: site.name })}</p>
      </div>
    </footer>
  );
}

/** A thin bar while a route's loader waits on the network; cached routes never show it. */
function NavigationProgress() {
  const { t } = useTranslation();
  const loading = useNavigation().state === 'loading';
  return (
    <div aria-live="polite" className="sticky top-0 z-20 h-0.5 print:hidden">
      {loading && (
        <div className="navigation-progress h-full bg-accent">
          <span className="sr-only">{t('site.loadingPage')}</span>
        </div>
      )}
    </div>
  );
}

/** Offline, cached pages stay readable; the reader is told they may be out of date. */
function OfflineNotice() {
  const { t } = useTranslation();
  const online = useSyncExternalStore(
    (onChange) => onlineManager.subscribe(onChange),
    () => onlineManager.isOnline(),
    () => true,
  );
  return (
    <div role="status" className={online ? 'sr-only' : 'bg-ink text-paper print:hidden'}>
      {!online && <p className="mx-auto max-w-page px-4 py-2 text-meta sm:px-6">{t('site.offline')}</p>}
    </div>
  );
}
