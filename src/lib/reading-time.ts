/**
 * How long an article takes to read, from its sanitised HTML, without a DOM: the same answer in the
 * browser and in the build-time renderer, so a pre-rendered page hydrates to the same text.
 */

/**
 * Silent reading of Arabic news prose by adults: measured speeds sit well below the 230–250 words a
 * minute usual for English (the script is denser and words carry clitics), so 180.
 */
export const WORDS_PER_MINUTE = 180;

const NON_TEXT_ELEMENTS = /<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi;
const TAG = /<[^>]*>/g;
const NO_BREAK_SPACE = /&(?:nbsp|#160|#x0*a0);/gi;
const OTHER_ENTITY = /&(?:#\d+|#x[\da-f]+|\w+);/gi;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words in the text of an HTML fragment: runs between spaces that hold a letter or a digit. */
export function countWords(html: string): number {
  const text = html.replace(NON_TEXT_ELEMENTS, ' ').replace(TAG, ' ').replace(NO_BREAK_SPACE, ' ').replace(OTHER_ENTITY, '');
  let words = 0;
  for (const token of text.split(/\s+/)) if (HAS_LETTER_OR_DIGIT.test(token)) words++;
  return words;
}

/** Whole minutes, rounded to the nearest; 0 means "less than a minute". */
export function readingMinutes(html: string): number {
  const minutes = countWords(html) / WORDS_PER_MINUTE;
  return minutes < 1 ? 0 : Math.round(minutes);
}
