import { useSyncExternalStore } from 'react';
import { PREFERENCES, choosePreference, shownPreference, type PreferenceName, type PreferenceValue } from './preferences';

const ATTRIBUTES = Object.values(PREFERENCES).map((definition) => definition.attribute);

/**
 * A preference as the page shows it, and a way to choose it. The page's own attribute is the
 * source of truth (the inline script set it before React ran, and sets it again when another tab
 * chooses), so the value follows every change. Before hydration it reads as the initial value, like the
 * pre-rendered HTML, which cannot know the reader's choice.
 */
export function usePreference<Name extends PreferenceName>(name: Name) {
  const value = useSyncExternalStore(
    subscribeToShownPreferences,
    () => shownPreference(name),
    () => PREFERENCES[name].initial,
  );
  return [value, (next: PreferenceValue<Name>) => choosePreference(name, next)] as const;
}

function subscribeToShownPreferences(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributeFilter: ATTRIBUTES });
  return () => observer.disconnect();
}
