/**
 * A term's postings as a compact string: for each document that holds the term, in increasing
 * order, one number `gap × 4 + weight` (gap from the previous document; weight 1–3, the best field
 * the term is in), written as a varint of 5-bit digits. A digit below 32 ends a number, one from
 * 32 continues it; the 64 symbols need no escaping in JSON. Most gaps between documents sharing a
 * common word fit one character, and a string per term stays cheap to validate and to skip:
 * only the terms of a query are ever decoded.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const DIGIT_CODES = [...DIGITS].map((digit) => digit.charCodeAt(0));
const VALUES = new Int8Array(128).fill(-1);
for (let index = 0; index < DIGITS.length; index++) VALUES[DIGITS.charCodeAt(index)] = index;

/** Where a term was found in a document: the title outranks the summary, tags and authors, which outrank the body. */
export const FieldWeight = { body: 1, lead: 2, title: 3 } as const;
export type FieldWeight = (typeof FieldWeight)[keyof typeof FieldWeight];

/** A document and the weight of the term in it, as one number: `document × 4 + weight`. */
export const posting = (document: number, weight: number) => document * 4 + weight;

/** `postings` (see posting) are in increasing document order. */
export function encodePostings(postings: readonly number[]): string {
  const codes: number[] = [];
  let previous = 0;
  for (const entry of postings) {
    const document = Math.floor(entry / 4);
    let value = (document - previous) * 4 + (entry % 4);
    previous = document;
    while (value >= 32) {
      codes.push(DIGIT_CODES[32 + (value % 32)]!);
      value = Math.floor(value / 32);
    }
    codes.push(DIGIT_CODES[value]!);
  }
  let out = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let start = 0; start < codes.length; start += 8192) out += String.fromCharCode(...codes.slice(start, start + 8192));
  return out;
}

/** Calls `visit` for each document of an encoded postings string, in increasing order. */
export function decodePostings(encoded: string, visit: (document: number, weight: number) => void): void {
  let document = 0;
  let value = 0;
  let scale = 1;
  for (let index = 0; index < encoded.length; index++) {
    const digit = VALUES[encoded.charCodeAt(index)] ?? -1;
    if (digit < 0) throw new Error(`invalid postings character at ${index}`);
    if (digit >= 32) {
      value += (digit - 32) * scale;
      scale *= 32;
      continue;
    }
    value += digit * scale;
    document += Math.floor(value / 4);
    visit(document, value % 4);
    value = 0;
    scale = 1;
  }
}
