import { describe, expect, it } from 'vitest';
import { WORDS_PER_MINUTE, countWords, readingMinutes } from './reading-time';

const words = (count: number) => `<p>${Array.from({ length: count }, () => 'كلمة').join(' ')}</p>`;

describe('countWords', () => {
  it('counts the words of the text, not of the markup', () => {
    expect(countWords('<p>قادت الهجوم <a href="/articles/x" title="عنوان طويل">قاذفتان</a> من طراز <strong>بي-2</strong>.</p>')).toBe(6);
  });

  it('keeps block boundaries as word boundaries', () => {
    expect(countWords('<h2>العنوان</h2><p>الفقرة</p><ul><li>أول</li><li>ثانٍ</li></ul>')).toBe(4);
  });

  it('reads a no-break space as a space and drops other entities', () => {
    expect(countWords('<p>الجزائر&nbsp;العاصمة &amp; وهران AT&amp;T</p>')).toBe(4);
  });

  it('skips punctuation that stands alone, and counts numbers', () => {
    expect(countWords('<p>سقط 12 قتيلًا ، ثم — «هدوء» ؛</p>')).toBe(5);
  });

  it('ignores what is never read: scripts, styles, templates', () => {
    expect(countWords('<p>نص</p><style>p { color: red }</style><script>var a = 1</script>')).toBe(1);
  });

  it('is 0 for nothing at all', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('<img src="/a.webp" alt="صورة">')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 0],
    [WORDS_PER_MINUTE - 1, 0],
    [WORDS_PER_MINUTE, 1],
    [WORDS_PER_MINUTE * 1.5 - 1, 1],
    [WORDS_PER_MINUTE * 1.5, 2],
    [WORDS_PER_MINUTE * 3, 3],
    [WORDS_PER_MINUTE * 10.5 - 1, 10],
    [WORDS_PER_MINUTE * 10.5, 11],
    [WORDS_PER_MINUTE * 100, 100],
  ])('%i words read in %i minutes (0: less than a minute)', (count, minutes) => {
    expect(readingMinutes(words(count))).toBe(minutes);
  });
});
