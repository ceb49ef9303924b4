import { useEffect, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Segmented } from '@/components/Segmented';
import { UI_LANGUAGES, type UiLanguage } from '@/lib/ui-language';
import { PREFERENCES, type PreferenceName, type PreferenceValue } from './preferences';
import { storeUiLanguage } from './ui-language';
import { usePreference } from './usePreference';

/** Each language named in itself, so a reader finds theirs whatever the interface shows now. */
const LANGUAGE_NAMES: Record<UiLanguage, string> = { ar: 'العربية', fr: 'Français', en: 'English' };

interface ReadingSettingsContentsProps {
  panel: RefObject<HTMLElement | null>;
  /** The button that opened the panel: clicking it is not "elsewhere", and Escape returns focus to it. */
  opener: RefObject<HTMLElement | null>;
  onClose: (returnFocus: boolean) => void;
}

/**
 * What the reading settings panel holds and does: one fieldset per setting, each applied the moment
 * it is chosen, so the reader judges it on the page behind (another setting is one more fieldset in
 * the list). The panel closes on Escape, on a click elsewhere, or when focus moves on past it.
 */
export function ReadingSettingsContents({ panel, opener, onClose }: ReadingSettingsContentsProps) {
  const { t, i18n } = useTranslation();
  const [theme, chooseTheme] = usePreference('theme');
  const [textSize, chooseTextSize] = usePreference('textSize');
  const [unsaved, setUnsaved] = useState(false);
  useDismiss(panel, opener, onClose);

  return (
    <>
      <div className="flex flex-col gap-4">
        <Segmented
          legend={t('preferences.theme')}
          name="preference-theme"
          value={theme}
          labels={labelsOf('theme', (option) => t(`preferences.theme-${option}`))}
          onChange={(value) => setUnsaved(!chooseTheme(value))}
        />
        <Segmented
          legend={t('preferences.textSize')}
          name="preference-text-size"
          value={textSize}
          labels={labelsOf('textSize', (option) => t(`preferences.textSize-${option}`))}
          onChange={(value) => setUnsaved(!chooseTextSize(value))}
        />
        <Segmented
          legend={t('preferences.language')}
          name="preference-language"
          value={i18n.language as UiLanguage}
          labels={Object.fromEntries(UI_LANGUAGES.map((language) => [language, <span lang={language}>{LANGUAGE_NAMES[language]}</span>])) as Record<UiLanguage, ReactNode>}
          onChange={(language) => {
            setUnsaved(!storeUiLanguage(language));
            void i18n.changeLanguage(language);
          }}
        />
      </div>
      <p role="status" className="mt-3 text-meta text-muted empty:hidden">
        {unsaved ? t('preferences.unsaved') : ''}
      </p>
    </>
  );
}

function useDismiss(panel: RefObject<HTMLElement | null>, opener: RefObject<HTMLElement | null>, onClose: (returnFocus: boolean) => void) {
  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const outside = (target: EventTarget | null) => target instanceof Node && !element.contains(target) && !opener.current?.contains(target);
    const onPointerDown = (event: PointerEvent) => {
      if (outside(event.target)) onClose(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose(true);
    };
    // Focus that leaves for nowhere (a click on the panel's background) keeps it open.
    const onFocusOut = (event: FocusEvent) => {
      if (outside(event.relatedTarget)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [panel, opener, onClose]);
}

function labelsOf<Name extends PreferenceName>(name: Name, label: (option: PreferenceValue<Name>) => string) {
  const options = PREFERENCES[name].options as readonly PreferenceValue<Name>[];
  return Object.fromEntries(options.map((option) => [option, label(option)])) as Record<PreferenceValue<Name>, string>;
}
