/**
 * The reader's display preferences: what each one may be, where it is remembered, and how it
 * reaches the page — an attribute on <html> that the stylesheet reads (src/styles/index.css).
 *
 * This module has no imports: vite.config.ts reads it too, to put PREFERENCES_SCRIPT inline in
 * the <head> of every page and allow it by hash in the Content-Security-Policy.
 */

interface PreferenceDefinition {
  storageKey: string;
  /** The attribute on <html>; absent when the preference is at its initial value. */
  attribute: string;
  options: readonly string[];
  initial: string;
}

export const PREFERENCES = {
  /** 'system' follows the device's light or dark setting; the others force one. */
  theme: { storageKey: 'sahifa.theme', attribute: 'data-color-scheme', options: ['light', 'dark', 'system'], initial: 'system' },
  /** Steps of the article text size, smallest first; each has its scale in index.css. */
  textSize: {
    storageKey: 'sahifa.textSize',
    attribute: 'data-text-size',
    options: ['small', 'normal', 'large', 'larger', 'largest'],
    initial: 'normal',
  },
} as const satisfies Record<string, PreferenceDefinition>;

export type PreferenceName = keyof typeof PREFERENCES;
export type PreferenceValue<Name extends PreferenceName> = (typeof PREFERENCES)[Name]['options'][number];
type Choices = Partial<Record<string, string>>;

/*
 * readStoredPreferences and applyPreferences also run as the inline script, from their source
 * text (PREFERENCES_SCRIPT): they may use nothing from outside themselves but their arguments and
 * the browser's globals, and only syntax every supported browser parses.
 */

/**
 * The remembered value of each preference; an unknown value counts as the initial one. Storage can
 * be missing, refuse access (privacy settings, a sandboxed frame) or hold anything: a preference
 * that cannot be read is left out, so the page keeps what it shows.
 */
export function readStoredPreferences(definitions: Record<string, PreferenceDefinition>): Choices {
  const stored: Choices = {};
  for (const name of Object.keys(definitions)) {
    const definition = definitions[name]!;
    try {
      const value = window.localStorage.getItem(definition.storageKey);
      stored[name] = value !== null && definition.options.indexOf(value) >= 0 ? value : definition.initial;
    } catch {
      // Unreadable storage: nothing to restore.
    }
  }
  return stored;
}

/**
 * Shows the given preferences: each one's attribute on <html> (removed at its initial value), and
 * the browser's toolbar colour (meta theme-color) for the scheme in force.
 */
export function applyPreferences(definitions: Record<string, PreferenceDefinition>, choices: Choices): void {
  const root = document.documentElement;
  for (const name of Object.keys(choices)) {
    const definition = definitions[name];
    const value = choices[name];
    if (!definition || value === undefined) continue;
    if (value === definition.initial) root.removeAttribute(definition.attribute);
    else root.setAttribute(definition.attribute, value);
  }
  const forced = root.getAttribute('data-color-scheme');
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"][data-scheme]')) {
    const scheme = meta.getAttribute('data-scheme');
    meta.media = forced ? (forced === scheme ? 'all' : 'not all') : '(prefers-color-scheme: ' + scheme + ')';
  }
}

/**
 * The interface language's writing direction. Pages are pre-rendered in Arabic and switch to a
 * French or English interface once the app runs (src/app/AppProviders.tsx); with the direction set
 * before the first paint, the page is laid out left to right from the start and the switch changes
 * words, not sides (it used to flip the whole page at hydration: CLS 0.14 on an article, 0.63 on the
 * home page). `lang` follows with the strings: until they come, the interface text is Arabic.
 */
export const UI_DIRECTION = { storageKey: 'sahifa.language', directions: { ar: 'rtl', fr: 'ltr', en: 'ltr' } } as const;

/** Sets <html dir> for the remembered interface language; anything unknown leaves the page as built. */
export function applyStoredDirection(setting: { storageKey: string; directions: Record<string, string> }): void {
  try {
    const language = window.localStorage.getItem(setting.storageKey);
    if (language !== null && Object.prototype.hasOwnProperty.call(setting.directions, language)) {
      document.documentElement.setAttribute('dir', setting.directions[language]!);
    }
  } catch {
    // Unreadable storage: the page keeps the site's direction.
  }
}

/**
 * The inline script in <head>: restores the remembered preferences before the body is parsed, so
 * the first paint already has the reader's theme, text size and interface direction, and again
 * whenever another tab changes storage, so every open page follows a choice. Inline rather than a
 * file because a blocking request there would delay every first paint.
 */
export const PREFERENCES_SCRIPT = `((definitions, uiDirection) => {
  const restore = () => {
    (${applyPreferences.toString()})(definitions, (${readStoredPreferences.toString()})(definitions));
    (${applyStoredDirection.toString()})(uiDirection);
  };
  restore();
  addEventListener('storage', restore);
})(${JSON.stringify(PREFERENCES)}, ${JSON.stringify(UI_DIRECTION)});`;

/**
 * Shows a choice at once and remembers it for the next visits. Returns false when storage refuses:
 * the choice then lasts only as long as the page.
 */
export function choosePreference<Name extends PreferenceName>(name: Name, value: PreferenceValue<Name>): boolean {
  applyPreferences(PREFERENCES, { [name]: value });
  const { storageKey, initial } = PREFERENCES[name];
  try {
    if (value === initial) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, value);
    return true;
  } catch {
    return false;
  }
}

/** What the page shows now: the attribute on <html>, which the inline script set from storage. */
export function shownPreference<Name extends PreferenceName>(name: Name): PreferenceValue<Name> {
  const { attribute, options, initial } = PREFERENCES[name];
  const value = document.documentElement.getAttribute(attribute);
  return (options as readonly string[]).includes(value ?? '') ? (value as PreferenceValue<Name>) : initial;
}
