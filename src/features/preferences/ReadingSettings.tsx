import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '@/components/useHydrated';

/** The panel's contents are loaded when the reader reaches for the button: no page needs them to show. */
const loadContents = () => import('./ReadingSettingsContents').then((module) => module.ReadingSettingsContents);
type Contents = { Component: Awaited<ReturnType<typeof loadContents>> } | 'loading' | 'failed';

/**
 * The header's "reading settings" button and the panel it discloses. The panel is rendered only
 * when open, so the pre-rendered page (which cannot know the reader's choices) has only the button.
 */
export function ReadingSettings() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  const [contents, setContents] = useState<Contents>();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();

  const load = () => {
    if (contents !== undefined && contents !== 'failed') return;
    setContents('loading');
    loadContents().then(
      (Component) => setContents({ Component }),
      () => setContents('failed'),
    );
  };
  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }, []);

  return (
    <div className="relative shrink-0 print:hidden">
      <button
        ref={button}
        type="button"
        disabled={!hydrated}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onPointerEnter={load}
        onFocus={load}
        onClick={() => {
          load();
          setOpen(!open);
        }}
        className="flex size-11 items-center justify-center rounded-md border border-rule-strong bg-paper text-muted hover:border-accent hover:text-accent aria-expanded:border-ink aria-expanded:text-ink"
      >
        <SettingsIcon />
        <span className="sr-only">{t('preferences.title')}</span>
      </button>
      {open && (
        <div
          ref={panel}
          id={panelId}
          role="group"
          aria-labelledby={`${panelId}-title`}
          className="absolute end-0 top-full z-30 mt-2 w-[min(21rem,calc(100vw-2rem))] rounded-lg border border-rule-strong bg-paper p-4 text-ink shadow-lg"
        >
          <h2 id={`${panelId}-title`} className="mb-3 font-heading text-card-title font-bold">
            {t('preferences.title')}
          </h2>
          {typeof contents === 'object' ? (
            <contents.Component panel={panel} opener={button} onClose={close} />
          ) : (
            <p role={contents === 'failed' ? 'alert' : 'status'} className="text-meta text-muted">
              {contents === 'failed' ? t('preferences.unavailable') : t('preferences.loading')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** Text in two sizes: the control is about how articles read. */
function SettingsIcon() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path d="M3 19 8 6l5 13M4.8 14.5h6.4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      <path d="m14 19 3.5-9 3.5 9m-5.8-3h4.6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
