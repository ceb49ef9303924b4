// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PREFERENCES,
  PREFERENCES_SCRIPT,
  applyPreferences,
  choosePreference,
  readStoredPreferences,
  shownPreference,
} from './preferences';

const HEAD = `
  <meta name="theme-color" content="#fbfaf7" media="(prefers-color-scheme: light)" data-scheme="light">
  <meta name="theme-color" content="#141414" media="(prefers-color-scheme: dark)" data-scheme="dark">`;
const root = () => document.documentElement;
const themeColorMedia = (doc: Document = document) =>
  [...doc.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map((meta) => `${meta.dataset.scheme}: ${meta.media}`);

beforeEach(() => {
  document.head.innerHTML = HEAD;
  localStorage.clear();
  root().removeAttribute('data-color-scheme');
  root().removeAttribute('data-text-size');
});

describe('readStoredPreferences', () => {
  it('reads each remembered choice', () => {
    localStorage.setItem('sahifa.theme', 'dark');
    localStorage.setItem('sahifa.textSize', 'largest');
    expect(readStoredPreferences(PREFERENCES)).toEqual({ theme: 'dark', textSize: 'largest' });
  });

  it('takes a missing or unknown value as the initial one', () => {
    localStorage.setItem('sahifa.theme', '"dark"');
    expect(readStoredPreferences(PREFERENCES)).toEqual({ theme: 'system', textSize: 'normal' });
  });

  it('leaves out what storage refuses to read, so the page keeps what it shows', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(readStoredPreferences(PREFERENCES)).toEqual({});
  });

  it('leaves everything out when the page may not even reach storage', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(readStoredPreferences(PREFERENCES)).toEqual({});
  });
});

describe('applyPreferences', () => {
  it('sets an attribute for a choice and removes it at the initial value', () => {
    applyPreferences(PREFERENCES, { theme: 'dark', textSize: 'large' });
    expect(root().dataset).toMatchObject({ colorScheme: 'dark', textSize: 'large' });
    applyPreferences(PREFERENCES, { theme: 'system', textSize: 'normal' });
    expect(root().hasAttribute('data-color-scheme')).toBe(false);
    expect(root().hasAttribute('data-text-size')).toBe(false);
  });

  it('leaves alone the preferences it is not given', () => {
    applyPreferences(PREFERENCES, { theme: 'dark' });
    applyPreferences(PREFERENCES, { textSize: 'small' });
    expect(root().dataset).toMatchObject({ colorScheme: 'dark', textSize: 'small' });
  });

  it('gives the browser the toolbar colour of the forced scheme, or of the system one', () => {
    applyPreferences(PREFERENCES, { theme: 'dark' });
    expect(themeColorMedia()).toEqual(['light: not all', 'dark: all']);
    applyPreferences(PREFERENCES, { theme: 'light' });
    expect(themeColorMedia()).toEqual(['light: all', 'dark: not all']);
    applyPreferences(PREFERENCES, { theme: 'system' });
    expect(themeColorMedia()).toEqual(['light: (prefers-color-scheme: light)', 'dark: (prefers-color-scheme: dark)']);
  });
});

describe('choosePreference', () => {
  it('shows the choice and remembers it; the initial value is remembered by forgetting', () => {
    expect(choosePreference('textSize', 'larger')).toBe(true);
    expect(root().dataset.textSize).toBe('larger');
    expect(localStorage.getItem('sahifa.textSize')).toBe('larger');
    expect(choosePreference('textSize', 'normal')).toBe(true);
    expect(localStorage.getItem('sahifa.textSize')).toBeNull();
  });

  it('still shows the choice when storage refuses it, and says it was not remembered', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(choosePreference('theme', 'dark')).toBe(false);
    expect(root().dataset.colorScheme).toBe('dark');
  });
});

describe('shownPreference', () => {
  it('reads what <html> shows, and the initial value for anything else', () => {
    expect(shownPreference('theme')).toBe('system');
    root().setAttribute('data-color-scheme', 'dark');
    expect(shownPreference('theme')).toBe('dark');
    root().setAttribute('data-text-size', 'enormous');
    expect(shownPreference('textSize')).toBe('normal');
  });
});

describe('the inline script', () => {
  let dom: JSDOM;
  beforeEach(() => {
    dom = new JSDOM(`<!doctype html><html><head>${HEAD}</head></html>`, { url: 'https://sahifa.test/', runScripts: 'outside-only' });
  });
  afterEach(() => dom.window.close());

  it('runs on its own and restores the remembered choices', () => {
    dom.window.localStorage.setItem('sahifa.theme', 'dark');
    dom.window.localStorage.setItem('sahifa.textSize', 'largest');
    dom.window.eval(PREFERENCES_SCRIPT);
    expect(dom.window.document.documentElement.dataset).toMatchObject({ colorScheme: 'dark', textSize: 'largest' });
    expect(themeColorMedia(dom.window.document)).toEqual(['light: not all', 'dark: all']);
  });

  it('ignores a tampered value', () => {
    dom.window.localStorage.setItem('sahifa.theme', 'url(javascript:alert(1))');
    dom.window.eval(PREFERENCES_SCRIPT);
    expect(dom.window.document.documentElement.hasAttribute('data-color-scheme')).toBe(false);
  });

  it('lays the page out in the remembered interface language\'s direction, leaving lang to the app', () => {
    dom.window.localStorage.setItem('sahifa.language', 'fr');
    dom.window.eval(PREFERENCES_SCRIPT);
    expect(dom.window.document.documentElement.dir).toBe('ltr');
    expect(dom.window.document.documentElement.lang).toBe('');
  });

  it('leaves the direction alone for an unknown language', () => {
    dom.window.document.documentElement.dir = 'rtl';
    for (const value of ['de', 'constructor', '__proto__']) {
      dom.window.localStorage.setItem('sahifa.language', value);
      dom.window.eval(PREFERENCES_SCRIPT);
      expect(dom.window.document.documentElement.dir, value).toBe('rtl');
    }
  });

  it('follows a choice made in another tab', () => {
    dom.window.eval(PREFERENCES_SCRIPT);
    dom.window.localStorage.setItem('sahifa.textSize', 'small');
    dom.window.dispatchEvent(new dom.window.StorageEvent('storage', { key: 'sahifa.textSize', newValue: 'small' }));
    expect(dom.window.document.documentElement.dataset.textSize).toBe('small');
  });
});

describe('the stylesheet', () => {
  const css = readFileSync(join(import.meta.dirname, '../../styles/index.css'), 'utf8');

  it('has a scale for every text size step and a rule for every forced theme', () => {
    for (const [name, { attribute, options, initial }] of Object.entries(PREFERENCES)) {
      for (const option of options.filter((option) => option !== initial && option !== 'system')) {
        expect(css, `${name}: ${option}`).toContain(`[${attribute}='${option}']`);
      }
    }
  });
});
