import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useNavigationType, type Location } from 'react-router';
import { SEARCH_PATH, readSearchParams, searchPath } from './search-params';

/** Results follow the words as they are typed on the search page, once typing pauses this long. */
const TYPING_DELAY_MS = 250;

/** History state of an entry made by typing: the next keystrokes replace it instead of adding more. */
const TYPED = { searchTyped: true };
const isTyped = (location: Location) => (location.state as typeof TYPED | null)?.searchTyped === true;

/**
 * The site's search field, in the header of every page. A real GET form to /search, so it works
 * before (or without) JavaScript; with it, submitting navigates in the app, and on the search page
 * the results follow the words as they are typed. The first keystroke after a search adds one
 * history entry and later ones replace it, so Back returns to the previous search, not to every
 * letter. `/` anywhere outside a text field brings the reader here.
 */
export function SearchForm() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  const onSearchPage = location.pathname === SEARCH_PATH;
  const params = onSearchPage ? readSearchParams(new URLSearchParams(location.search)) : { q: '' };
  const input = useRef<HTMLInputElement>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latestLocation = useRef(location);

  // The field shows the search of the page the reader is on: after Back, a link or a submitted
  // search, but not while the URL catches up with what they are typing.
  const [value, setValue] = useState(params.q);
  const [shownFor, setShownFor] = useState(location.key);
  if (shownFor !== location.key) {
    setShownFor(location.key);
    if (navigationType === 'POP' || !isTyped(location)) setValue(params.q);
  }

  useEffect(() => {
    latestLocation.current = location;
  });
  useEffect(() => () => clearTimeout(typingTimer.current), []);
  useFocusShortcut(input);

  const onChange = (next: string) => {
    setValue(next);
    if (!onSearchPage) return;
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => {
      const current = latestLocation.current;
      // The reader may have followed a result meanwhile.
      if (current.pathname !== SEARCH_PATH) return;
      const { section } = readSearchParams(new URLSearchParams(current.search));
      navigate(searchPath({ q: next, section }), { replace: isTyped(current), state: TYPED, preventScrollReset: true });
    }, TYPING_DELAY_MS);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearTimeout(typingTimer.current);
    const q = value.trim();
    if (!q) {
      input.current?.focus();
      return;
    }
    const target = searchPath({ q, section: params.section });
    // Submitting what was typed confirms the entry typing made; the same search again adds nothing.
    const current = `${location.pathname}${location.search}`;
    navigate(target, { replace: onSearchPage && (isTyped(location) || current === target) });
  };

  return (
    <form role="search" action={SEARCH_PATH} method="get" onSubmit={onSubmit} className="relative w-full sm:w-80">
      <label htmlFor="site-search" className="sr-only">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id="site-search"
        type="search"
        name="q"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={t('search.placeholder')}
        aria-keyshortcuts="/"
        enterKeyHint="search"
        autoComplete="off"
        spellCheck={false}
        className="peer min-h-11 w-full rounded-md border border-rule-strong bg-paper ps-3 pe-12 text-summary text-ink placeholder:text-muted"
      />
      {params.section && <input type="hidden" name="section" value={params.section} />}
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute inset-y-0 end-12 my-auto hidden h-6 items-center rounded border border-rule px-1.5 font-body text-meta text-muted sm:peer-placeholder-shown:flex sm:peer-focus:hidden"
      >
        /
      </kbd>
      <button
        type="submit"
        className="absolute inset-y-0 end-0 flex w-11 items-center justify-center rounded-e-md text-muted hover:text-accent"
      >
        <MagnifierIcon />
        <span className="sr-only">{t('search.submit')}</span>
      </button>
    </form>
  );
}

/**
 * `/` focuses the field, unless the reader is typing somewhere. On an Arabic keyboard layout the
 * same key types «ظ», so the key's position counts too.
 */
function useFocusShortcut(input: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key !== '/' && !(event.code === 'Slash' && event.key === 'ظ')) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input]);
}

function MagnifierIcon() {
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="m12.6 12.6 4.4 4.4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
