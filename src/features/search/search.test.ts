// @vitest-environment jsdom
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SearchIndexData, SearchParams } from '@/features/feed';
import { buildSearchIndexFromFeed, STORED_TEXT_LENGTH } from './build-index';
import { SearchEngine } from './engine';
import { decodePostings, encodePostings, posting } from './postings';
import { highlight, matchWord, parseQuery, snippet } from './query';

/**
 * The index is built from the bundled sample feed through the feed module, as the build script
 * does, and searched with the words a reader would type. Expectations come from the real articles.
 */
const FEED_DIR = join(import.meta.dirname, '../../../public/feed');
const SEED = '2026-11-24-us-strikes-sirte';
const SEED_TITLE = 'فيما اكد الرئاسى الليبى انها تمت بالتنسيق معه….أمريكا تشن غارات جوية على سرت الليبية';

let index: SearchIndexData;
let engine: SearchEngine;

beforeAll(async () => {
  vi.stubGlobal('fetch', async (input: string) => {
    const path = new URL(input).pathname.replace(/^\/feed\//, '');
    const body = await readFile(join(FEED_DIR, decodeURIComponent(path)), 'utf8').catch(() => undefined);
    return body === undefined
      ? new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } })
      : Object.defineProperty(new Response(body, { headers: { 'content-type': 'application/json' } }), 'url', { value: input });
  });
  index = await buildSearchIndexFromFeed();
  engine = new SearchEngine(index);
  vi.unstubAllGlobals();
});

const search = (q: string, section?: string) => engine.page({ q, section }, 0, 100);
const ids = (params: SearchParams | string) => search(typeof params === 'string' ? params : params.q, typeof params === 'string' ? undefined : params.section).hits.map((hit) => hit.id);
const marked = (text: string, q: string) => highlight(text, parseQuery(q)).filter((part) => part.marked).map((part) => part.text);

describe('the index built from the sample feed', () => {
  it('holds every article, newest first, with its section, date and a trimmed text', () => {
    expect(index.docs).toHaveLength(49);
    const minutes = index.docs.map((doc) => doc[4]);
    expect(minutes).toEqual([...minutes].sort((a, b) => b - a));
    const seed = index.docs.find((doc) => doc[0] === SEED)!;
    expect(seed[1]).toBe(SEED_TITLE);
    expect(index.sections[seed[3]]).toBe('world');
    expect(new Date(seed[4] * 60_000).toISOString()).toBe('2026-11-24T09:30:00.000Z');
    expect(seed[2]).toMatch(/^أعلنت الولايات المتحدة مقتل أكثر من 80 عنصرا/);
    for (const doc of index.docs) expect(doc[2].length).toBeLessThanOrEqual(STORED_TEXT_LENGTH + 1);
  });

  it('keeps its words sorted for binary search', () => {
    expect(index.terms).toEqual([...index.terms].sort());
    expect(new Set(index.terms).size).toBe(index.terms.length);
  });
});

describe('postings', () => {
  it('round-trip documents and weights through the compact string', () => {
    const entries: [number, number][] = [[0, 3], [1, 1], [2, 2], [40, 1], [1_000, 3], [70_000, 1]];
    const encoded = encodePostings(entries.map(([document, weight]) => posting(document, weight)));
    expect(encoded).toMatch(/^[0-9A-Za-z_-]+$/);
    const decoded: [number, number][] = [];
    decodePostings(encoded, (document, weight) => decoded.push([document, weight]));
    expect(decoded).toEqual(entries);
  });
});

describe('matching the way Arabic readers type', () => {
  it.each([
    ['tashkeel is ignored', 'سِرْت'],
    ['hamza on alef is optional: «امريكا» finds «أمريكا»', 'امريكا'],
    ['ى and ي are one letter: «الرئاسي» finds «الرئاسى»', 'الرئاسي'],
    ['the article does not prevent a match: «ليبية» finds «الليبية»', 'ليبية'],
    ['nor does it in the query: «الغارات» finds «غارات»', 'الغارات'],
    ['tatweel is ignored', 'غـــارات'],
    ['ة and ه are one letter at the end of a word: «جويه» finds «جوية»', 'جويه'],
    ['the word being typed is a prefix: «غار» finds «غارات»', 'غار'],
  ])('%s', (_rule, q) => {
    expect(ids(q)).toContain(SEED);
  });

  it('finds words behind the prefixes و، بال، لل، وال', () => {
    expect(ids('تنسيق')).toContain(SEED); // «بالتنسيق»
    expect(ids('قادت ')).toEqual([SEED]); // «وقادت», only there
    expect(ids('مسرح')).toContain('2026-06-18-professional-theatre-festival'); // «للمسرح»
    expect(ids('لجوء')).toContain('2026-06-12-eu-migration-pact-applies'); // «واللجوء»
    expect(ids('مائة')).toContain('2026-11-28-local-elections-turnout'); // «بالمائة»
    expect(ids('حج')).toContain('2026-06-10-last-hajj-flights-return'); // «للحج»
  });

  it('reads ؤ and ئ as و and ي: «مسوول» typed without hamza finds «المسؤول»', () => {
    expect(ids('مسوول')).toContain('2026-11-28-local-elections-turnout');
    expect(ids('رييس')).toEqual(ids('رئيس'));
  });

  it('equates Arabic-Indic and Western digits, also when a clitic is joined with tatweel', () => {
    expect(ids('بكالوريا ٢٠٢٦')).toEqual(['2026-07-21-baccalaureate-results']);
    expect(ids('لوس أنجلوس ۲۰۲۸')[0]).toBe('2026-10-22-road-to-los-angeles-2028');
    expect(ids('٦٤')).toContain('2026-07-05-independence-day-housing-keys'); // «الـ64»
    expect(ids('41 ميدالية')).toEqual(['2026-09-04-taranto-games-medal-tally']); // «بـ41»
  });

  it('finds Latin words whatever their case, in Arabic and French articles', () => {
    expect(ids('android')).toEqual(['2026-11-16-apps-android-update-race']);
    expect(ids('ANDROID')).toEqual(ids('android'));
    expect(ids('ORAN film')).toEqual(['2026-10-09-oran-arab-film-festival']);
  });

  it('needs every word: «غارات سرت» finds only the seed, «سرت كرة» nothing', () => {
    expect(ids('غارات سرت')).toEqual([SEED]);
    expect(search('سرت كرة').total).toBe(0);
  });

  it('does not read a letter of the query word as a prefix: «بيان» does not find «كيان»', () => {
    for (const hit of search('بيان ').hits) expect(`${hit.title} ${hit.snippet}`).not.toMatch(/(^|\s)كيان/);
  });
});

describe('the index lookup', () => {
  /** Every document holding, for each query word, some index word that matchWord accepts. */
  function bruteForce(q: string): Set<number> {
    let matching: Set<number> | undefined;
    for (const term of parseQuery(q)) {
      const documents = new Set<number>();
      index.terms.forEach((word, position) => {
        if (matchWord(term, word)) decodePostings(index.postings[position]!, (document) => documents.add(document));
      });
      matching = matching ? new Set([...matching].filter((document) => documents.has(document))) : documents;
    }
    return matching ?? new Set();
  }

  it.each(['سرت', 'الليبية', 'ليبي', 'غار', 'مسوول', 'حج', 'للحج', 'الجزائر ', 'بالجزائر', 'كرة القدم', 'وزي', 'انتخا', 'android', '2026'])(
    'finds exactly what the matching rule accepts: «%s»',
    (q) => {
      const found = new Set(search(q).hits.map((hit) => index.docs.findIndex((doc) => doc[0] === hit.id)));
      expect(found).toEqual(bruteForce(q));
    },
  );
});

describe('ranking', () => {
  it('puts title matches above body matches: «ليبيا» is in one headline and in the seed body', () => {
    const found = ids('ليبيا ');
    expect(found[0]).toBe('2026-10-13-libya-neighbours-meeting-algiers');
    expect(found).toContain(SEED);
  });

  it('puts the newer article first when both match in the title: «كوب 31»', () => {
    expect(ids('كوب 31')).toEqual(['2026-11-22-cop31-closes', '2026-11-09-cop31-antalya-opens']);
  });

  it('ranks an exact word above a completion of the word being typed', () => {
    const results = search('الانتخابات');
    expect(results.total).toBeGreaterThan(1);
    expect(ids('الانتخابات')).toEqual(ids('الانتخابات '));
  });
});

describe('sections', () => {
  it('counts matches per section and filters by one', () => {
    const all = search('الجزائر');
    const counts = all.sectionCounts!;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(all.total);
    expect(Object.keys(counts).length).toBeGreaterThan(2);
    const sports = search('الجزائر', 'sports');
    expect(sports.total).toBe(counts.sports);
    expect(sports.hits.every((hit) => hit.sectionSlug === 'sports')).toBe(true);
    expect(sports.sectionCounts).toEqual(counts);
  });

  it('an unknown section has no results', () => {
    expect(search('الجزائر', 'astrology').total).toBe(0);
  });
});

describe('results', () => {
  it('carry the headline, section, date and a snippet around the matched words', () => {
    const [hit] = search('قاذفتان').hits;
    expect(hit).toMatchObject({ id: SEED, path: `/articles/${SEED}`, title: SEED_TITLE, sectionSlug: 'world', datePublished: '2026-11-24T09:30:00.000Z', language: 'ar' });
    expect(hit!.snippet).toContain('قاذفتان');
  });

  it('come in pages', () => {
    const first = engine.page({ q: 'في ' }, 0, 20);
    const second = engine.page({ q: 'في ' }, 20, 20);
    expect(first.hits).toHaveLength(20);
    expect(first.nextPage).toBe(20);
    expect(new Set([...first.hits, ...second.hits].map((hit) => hit.id)).size).toBe(first.hits.length + second.hits.length);
  });

  it('a query without words has no results', () => {
    expect(search('  ؟!  ').total).toBe(0);
  });
});

describe('highlighting', () => {
  it('marks the matched words as written, tashkeel, prefixes and all', () => {
    expect(marked(SEED_TITLE, 'سِرْت')).toEqual(['سرت']);
    expect(marked(SEED_TITLE, 'امريكا')).toEqual(['أمريكا']);
    expect(marked(SEED_TITLE, 'ليبية')).toEqual(['الليبية']);
    expect(marked(SEED_TITLE, 'الليبي ')).toEqual(['الليبى']);
    expect(marked('تُعلن النتائج المؤقتة', 'نتايج')).toEqual(['النتائج']);
    expect(marked('في الذكرى الـ64 للاستقلال', '64')).toEqual(['64']);
  });

  it('keeps the text whole around the marks', () => {
    const parts = highlight(SEED_TITLE, parseQuery('غارات سرت'));
    expect(parts.map((part) => part.text).join('')).toBe(SEED_TITLE);
  });

  it('snippets start near the first match and are cut between words', () => {
    const text = index.docs.find((doc) => doc[0] === SEED)![2];
    const cut = snippet(`${text} ${text}`, parseQuery('المجلس'));
    expect(cut.length).toBeLessThanOrEqual(205);
    expect(marked(cut, 'المجلس')).toEqual(['المجلس']);
    expect(cut.endsWith('…')).toBe(true);
  });
});
