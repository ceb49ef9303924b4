import { describe, expect, it } from 'vitest';
import { normaliseArabic, queryForms, stemsOf, tokenize, wordSpans } from './normalise-arabic';

describe('normaliseArabic', () => {
  it.each([
    ['tashkeel', 'سِرْت', 'سرت'],
    ['shadda and tanwin', 'وفضّل مُركّبًا', 'وفضل مركبا'],
    ['dagger alef', 'هٰذا', 'هذا'],
    ['tatweel', 'الجـــزائر', 'الجزاير'],
    ['hamza above alef', 'أمريكا', 'امريكا'],
    ['hamza below alef', 'إخماد', 'اخماد'],
    ['madda', 'آسيا', 'اسيا'],
    ['alef wasla', 'ٱلله', 'الله'],
    ['alef maqsura', 'الرئاسى', 'الرياسي'],
    ['taa marbuta', 'نشرية خاصة', 'نشريه خاصه'],
    ['hamza on waw', 'مسؤول', 'مسوول'],
    ['hamza on yeh', 'رئيس', 'رييس'],
    ['Arabic-Indic digits', 'بكالوريا ٢٠٢٦', 'بكالوريا 2026'],
    ['Eastern Arabic-Indic digits', 'لوس أنجلوس ۲۰۲۸', 'لوس انجلوس 2028'],
    ['Persian yeh and keheh', 'کتاب یوم', 'كتاب يوم'],
    ['presentation forms', 'ﻻ', 'لا'],
    ['Latin case and accents', 'Algérie ANDROID', 'algerie android'],
    ['invisible controls', 'سر\u200fت\u200c', 'سرت'],
  ])('%s: %s → %s', (_rule, text, expected) => {
    expect(normaliseArabic(text)).toBe(expected);
  });

  it('keeps a lone hamza, a letter of its own', () => {
    expect(normaliseArabic('ماء جزء')).toBe('ماء جزء');
  });

  it('is idempotent', () => {
    const once = normaliseArabic('فيما اكد الرئاسى الليبى انها تمت بالتنسيق معه….أمريكا تشن غارات جوية على سرت الليبية');
    expect(normaliseArabic(once)).toBe(once);
  });
});

describe('tokenize', () => {
  it('splits the seed headline into normalised words at spaces and punctuation', () => {
    expect(tokenize('فيما اكد الرئاسى الليبى انها تمت بالتنسيق معه….أمريكا تشن غارات جوية على سرت الليبية')).toEqual([
      'فيما', 'اكد', 'الرياسي', 'الليبي', 'انها', 'تمت', 'بالتنسيق', 'معه', 'امريكا', 'تشن', 'غارات', 'جويه', 'علي', 'سرت', 'الليبيه',
    ]);
  });

  it('separates a clitic written with tatweel from the number or quote after it', () => {
    expect(tokenize('دورتها الـ81 بـ«توافق»')).toEqual(['دورتها', 'ال', '81', 'ب', 'توافق']);
  });

  it('keeps Latin words and numbers whole, lower-cased', () => {
    expect(tokenize('من Android 15 إلى 5G، d’Oran')).toEqual(['من', 'android', '15', 'الي', '5g', 'd', 'oran']);
  });
});

describe('wordSpans', () => {
  it('keeps each word as written, with its tashkeel, beside its normalised form', () => {
    const text = 'على سِرْت، الليبيّة';
    expect(wordSpans(text).map((span) => [text.slice(span.start, span.end), span.normalised])).toEqual([
      ['على', 'علي'],
      ['سِرْت', 'سرت'],
      ['الليبيّة', 'الليبيه'],
    ]);
  });
});

describe('clitic prefixes', () => {
  it.each([
    ['the article', 'الليبيه', 'ليبيه'],
    ['و', 'وسرت', 'سرت'],
    ['وال', 'واللجوء', 'لجوء'],
    ['بال', 'بالمايه', 'مايه'],
    ['فال', 'فالحكومه', 'حكومه'],
    ['كال', 'كالعاده', 'عاده'],
    ['لل (ل + ال)', 'للمسرح', 'مسرح'],
    ['ولل', 'وللجاليه', 'جاليه'],
    ['ب', 'بسرت', 'سرت'],
    ['ل', 'لليبيا', 'ليبيا'],
    ['the article before a two-letter word', 'الحج', 'حج'],
  ])('%s: %s yields %s', (_prefix, word, stem) => {
    expect(stemsOf(word)).toContain(stem);
  });

  it('never leaves fewer than three letters after a single letter', () => {
    expect(stemsOf('ولد')).toEqual(['ولد']);
    expect(stemsOf('بحر')).toEqual(['بحر']);
  });

  it('removes only the article family from what the reader typed', () => {
    expect(queryForms('الرييس')).toEqual(['الرييس', 'رييس']);
    expect(queryForms('بالجزاير')).toEqual(['بالجزاير', 'جزاير']);
    expect(queryForms('بيان')).toEqual(['بيان']);
  });
});
