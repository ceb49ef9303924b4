/** Scripts written right to left, by primary language subtag (and explicit script subtags). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm']);
const LTR_SCRIPTS = new Set(['latn', 'cyrl']);

export type TextDirection = 'rtl' | 'ltr' | 'auto';

/** The direction of text in a BCP 47 language; 'auto' when unknown, so the browser reads the text. */
export function directionOf(language: string | undefined): TextDirection {
  if (!language) return 'auto';
  const [primary = '', ...rest] = language.toLowerCase().split(/[-_]/);
  const script = rest.find((part) => part.length === 4);
  if (script && RTL_SCRIPTS.has(script)) return 'rtl';
  if (script && LTR_SCRIPTS.has(script)) return 'ltr';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/**
 * `lang`/`dir` attributes for a piece of content: its own language when known, otherwise
 * no `lang` claim and `dir="auto"`.
 */
export function languageAttributes(language: string | undefined): { lang?: string; dir: TextDirection } {
  return language ? { lang: language, dir: directionOf(language) } : { dir: 'auto' };
}
