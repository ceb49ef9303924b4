import { describe, expect, it } from 'vitest';
import { directionOf, languageAttributes } from './text-direction';

describe('directionOf', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-DZ', 'rtl'],
    ['fa', 'rtl'],
    ['he-IL', 'rtl'],
    ['fr', 'ltr'],
    ['fr-DZ', 'ltr'],
    ['de-DE', 'ltr'],
    ['en', 'ltr'],
    ['kab-Latn', 'ltr'],
    ['kab-Arab', 'rtl'],
    ['ber-Tfng', 'ltr'],
  ])('%s is %s', (language, direction) => {
    expect(directionOf(language)).toBe(direction);
  });

  it('leaves unknown language to the text', () => {
    expect(directionOf(undefined)).toBe('auto');
    expect(languageAttributes(undefined)).toEqual({ dir: 'auto' });
    expect(languageAttributes('fr')).toEqual({ lang: 'fr', dir: 'ltr' });
  });
});
