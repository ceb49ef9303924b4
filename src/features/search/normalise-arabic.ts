/**
 * Arabic text as a search engine should compare it: spelled the way readers type on a phone.
 * Pure and dependency-free: the browser normalises queries with it, and the build-time index
 * builder normalises the feed with the very same code, so both sides always agree.
 *
 * - Compatibility forms are unfolded (NFKD): presentation forms and ligatures (ﻻ, ﷲ) become letters,
 *   and hamza or madda on a seat become the seat plus a combining mark: أ إ آ → ا, ؤ → و, ئ → ي.
 * - Every combining mark is dropped: tashkeel (fatha … sukun, shadda, tanwin, dagger alef), Quranic
 *   marks, those hamzas and maddas, and Latin accents (é → e).
 * - Tatweel and invisible controls (ZWNJ, ZWJ, LRM/RLM, isolates) are dropped.
 * - ٱ and the other alef forms → ا; ى → ي; ة → ه (it only ends words, where readers write either);
 *   Persian and Urdu forms newsrooms paste in (ی ک ہ ە ھ) → their Arabic letters.
 * - Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits → 0-9.
 * - Latin is lower-cased.
 *
 * A lone hamza (ء) is kept: it is a letter of its own (ماء، جزء) that typists rarely drop.
 */

const STRIPPED = /[\p{M}\u0640\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

const LETTERS: Record<string, string> = {
  'ٱ': 'ا', // alef wasla
  'ٲ': 'ا',
  'ٳ': 'ا',
  'ٵ': 'ا',
  'ى': 'ي',
  'ی': 'ي', // Persian yeh
  'ې': 'ي',
  'ة': 'ه',
  'ۃ': 'ه',
  'ە': 'ه',
  'ہ': 'ه',
  'ھ': 'ه',
  'ک': 'ك', // Persian keheh
};
const FOLDED_LETTERS = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

export function normaliseArabic(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(STRIPPED, '')
    .replace(FOLDED_LETTERS, (letter) => LETTERS[letter]!)
    // Both digit blocks start at a multiple of 16: the low four bits are the digit's value.
    .replace(ARABIC_INDIC_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/** Words longer than this are URLs, hashes or run-together text: not worth indexing. */
export const MAX_WORD_LENGTH = 40;

/** Arabic letters (not its digits) in any text, normalised or not. */
const ARABIC_LETTER = '[\\u0620-\\u064a\\u066e\\u066f\\u0671-\\u06d3\\u06d5\\u06ee\\u06ef\\u06fa-\\u06ff]';
/**
 * Arabic letters and digits written together are two words: «الـ81» is the article and 81,
 * «بـ41» is ب and 41. Latin keeps them together («5G»، «COP31»).
 */
const LETTER_DIGIT_BOUNDARY = new RegExp(`(?<=${ARABIC_LETTER}[\\p{M}\\u0640]*)(?=\\p{Nd})|(?<=\\p{Nd})(?=[\\p{M}\\u0640]*${ARABIC_LETTER})`, 'gu');
const WORD_RUN = /[\p{L}\p{N}\p{M}\u0640\u200c\u200d]+/gu;

/** The normalised words of a text: runs of letters and digits; everything else separates them. */
export function tokenize(text: string): string[] {
  return normaliseArabic(text)
    .replace(LETTER_DIGIT_BOUNDARY, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && word.length <= MAX_WORD_LENGTH);
}

/**
 * The words of a text as they appear in it, for highlighting: each span keeps its original
 * spelling (with its tashkeel and tatweel) and carries its normalised form, as tokenize gives it.
 */
export function wordSpans(text: string): { start: number; end: number; normalised: string }[] {
  const spans = [];
  for (const run of text.matchAll(WORD_RUN)) {
    let start = run.index;
    for (const word of run[0].split(LETTER_DIGIT_BOUNDARY)) {
      const normalised = normaliseArabic(word).replace(/[^\p{L}\p{N}]+/gu, '');
      if (normalised) spans.push({ start, end: start + word.length, normalised });
      start += word.length;
    }
  }
  return spans;
}

/**
 * Clitics written joined to the word: the conjunctions و ف, the prepositions ب ك ل, and the
 * definite article ال, alone or combined (وال، بال، فال، لل، وبال …). «لل» is ل + ال with the
 * alef dropped, as Arabic spells it («للرئيس»).
 */
const ARTICLE_PREFIXES = ['ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'وبال', 'فبال', 'وكال', 'فكال', 'ولل', 'فلل'];
const LETTER_PREFIXES = ['و', 'ف', 'ب', 'ك', 'ل', 'وب', 'فب', 'وك', 'فك', 'ول', 'فل'];
export const CLITIC_PREFIXES = [...ARTICLE_PREFIXES, ...LETTER_PREFIXES];

/**
 * How much of a word must remain after removing a prefix. The article may leave two letters
 * («الحج» → «حج»); a single letter needs three, so «ولد» or «بحر» are never read as و + «لد».
 */
export function minimumStem(prefix: string): number {
  return prefix.includes('ال') || prefix === 'لل' ? 2 : 3;
}

/** A normalised word and the stems it yields when one of the clitic prefixes is removed. */
export function stemsOf(word: string, prefixes: readonly string[] = CLITIC_PREFIXES): string[] {
  const stems = [word];
  for (const prefix of prefixes) {
    if (word.startsWith(prefix) && word.length - prefix.length >= minimumStem(prefix)) stems.push(word.slice(prefix.length));
  }
  return stems;
}

/**
 * The forms a query word is looked for as. Only the article family is removed from what the reader
 * typed: single letters are too often part of the word itself («بيان» must not become «يان» and
 * find «كيان»). The words of the text lose every clitic (see stemsOf), so «ليبية» finds «الليبية»
 * and «وسرت» is found by «سرت», and «الرئيس» finds «رئيس».
 */
export function queryForms(word: string): string[] {
  return stemsOf(word, ARTICLE_PREFIXES);
}
