import { describe, expect, it } from 'vitest';
import { UI_DIRECTION } from '@/features/preferences';
import { UI_LANGUAGES } from '@/lib/ui-language';
import { createI18n } from './i18n';

/** Every strings file: the core (./locales/<lang>.json) and each feature's namespace. */
const files = import.meta.glob<Record<string, unknown>>(['./locales/*.json', '../features/*/locales/*.json'], { eager: true, import: 'default' });
const namespaces = new Map<string, Map<string, Record<string, string>>>();
for (const [path, strings] of Object.entries(files)) {
  const [, namespace, language] = /(?:features\/([^/]+)\/)?locales\/(\w+)\.json$/.exec(path)!;
  const byLanguage = namespaces.get(namespace ?? 'translation') ?? new Map();
  byLanguage.set(language!, flatten(strings));
  namespaces.set(namespace ?? 'translation', byLanguage);
}

function flatten(strings: Record<string, unknown>, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(strings).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value as Record<string, unknown>, `${prefix}${key}.`)),
    ),
  );
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** The keys a language must have: Arabic's, with each plural in that language's own forms. */
function expectedKeys(arabicKeys: string[], language: string): string[] {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const plain = arabicKeys.filter((key) => !PLURAL_SUFFIX.test(key));
  const plurals = new Set(arabicKeys.filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, '')));
  return [...plain, ...[...plurals].flatMap((base) => forms.map((form) => `${base}_${form}`))].sort();
}

describe('interface strings', () => {
  it('has a strings file for every interface language in every namespace', () => {
    expect([...namespaces.keys()]).toContain('translation');
    for (const [namespace, byLanguage] of namespaces) expect([...byLanguage.keys()].sort(), namespace).toEqual([...UI_LANGUAGES].sort());
  });

  for (const [namespace, byLanguage] of namespaces) {
    for (const language of UI_LANGUAGES) {
      it(`${namespace}/${language}: no key missing, none extra, every placeholder kept`, () => {
        const arabic = byLanguage.get('ar')!;
        const strings = byLanguage.get(language)!;
        expect(Object.keys(strings).sort()).toEqual(expectedKeys(Object.keys(arabic), language));
        for (const [key, text] of Object.entries(strings)) {
          expect(text.trim(), `${language} ${key}`).not.toBe('');
          const source = arabic[key] ?? arabic[`${key.replace(PLURAL_SUFFIX, '')}_other`]!;
          const placeholders = (value: string) => [...new Set(value.match(/\{\{\s*\w+\s*\}\}/g) ?? [])].filter((p) => !p.includes('count')).sort();
          expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(source));
        }
      });
    }
  }

  it('uses Arabic punctuation in Arabic, never an ASCII comma or question mark inside Arabic', () => {
    for (const byLanguage of namespaces.values()) {
      for (const text of Object.values(byLanguage.get('ar')!)) expect(text, text).not.toMatch(/[\u0600-\u06ff]\s*[,?;]|[,?;]\s*[\u0600-\u06ff]/);
    }
  });
});

describe('Arabic plurals', () => {
  const i18n = createI18n();

  it.each([
    [0, 'لا مقالات معروضة'],
    [1, 'مقال واحد معروض'],
    [2, 'مقالان معروضان'],
    [3, '3 مقالات معروضة'],
    [10, '10 مقالات معروضة'],
    [11, '11 مقالًا معروضًا'],
    [99, '99 مقالًا معروضًا'],
    [100, '100 مقال معروض'],
    [102, '102 مقال معروض'],
  ])('uses the right one of the six plural forms for %i', (count, text) => {
    expect(i18n.t('section.shown', { count })).toBe(text);
  });

  it.each([
    [0, '0 دقيقة'],
    [1, 'دقيقة واحدة'],
    [2, 'دقيقتان'],
    [3, '3 دقائق'],
    [10, '10 دقائق'],
    [11, '11 دقيقة'],
    [99, '99 دقيقة'],
    [100, '100 دقيقة'],
    [1000, '1.000 دقيقة'],
  ])('says a reading time of %i minutes with its plural form and the site locale\'s digits', (count, text) => {
    expect(i18n.t('reading.minutes', { count, formatParams: { count: { locale: 'ar-DZ' } } })).toBe(text);
  });
});

describe('switching the interface language', () => {
  it('has the direction the pre-paint script sets (preferences.ts) agree with i18next, for every language', () => {
    const i18n = createI18n();
    expect(Object.keys(UI_DIRECTION.directions).sort()).toEqual([...UI_LANGUAGES].sort());
    for (const language of UI_LANGUAGES) expect(UI_DIRECTION.directions[language], language).toBe(i18n.dir(language));
  });

  it('loads French and English on demand and falls back to nothing Arabic', async () => {
    const i18n = createI18n();
    await i18n.changeLanguage('fr');
    expect(i18n.t('section.shown', { count: 2 })).not.toMatch(/[\u0600-\u06ff]/);
    expect(i18n.dir()).toBe('ltr');
    await i18n.changeLanguage('en');
    expect(i18n.t('section.shown', { count: 1 })).not.toMatch(/[\u0600-\u06ff]/);
  });

  it('loads a feature namespace in the current language', async () => {
    const i18n = createI18n('en');
    await i18n.loadNamespaces('preview');
    await i18n.changeLanguage('en');
    expect(i18n.hasResourceBundle('en', 'preview')).toBe(true);
  });
});
