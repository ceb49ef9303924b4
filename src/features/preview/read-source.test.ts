// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadItemParsers } from '@/features/feed';
import { MAX_CARD_TITLE_LENGTH, readSource, type Problem, type ReadOptions } from './read-source';

const parsers = await loadItemParsers();
const SECTIONS = ['national', 'world', 'culture'];

/** A complete, publishable item; each test breaks one thing. */
const item = (extra: Record<string, unknown> = {}) => ({
  id: 'draft-1',
  title: 'الجزائر تطلق خطًّا بحريًّا جديدًا نحو مرسيليا',
  summary: 'ملخص الخبر في جملة واحدة.',
  content_html: '<p>نص المقال.</p>',
  date_published: '2026-11-30T09:00:00+01:00',
  language: 'ar',
  image: '/feed/media/a-1200.webp',
  _sahifa: { section: 'national', image: { alt: 'باخرة في ميناء الجزائر', caption: 'ميناء الجزائر.', width: 1200, height: 675 } },
  ...extra,
});

function read(value: unknown, options: ReadOptions = {}) {
  const reading = readSource(typeof value === 'string' ? value : JSON.stringify(value, null, 2), parsers, { sectionSlugs: SECTIONS, ...options });
  if (reading.kind !== 'read') throw new Error(`expected a reading, got ${reading.kind}`);
  return reading;
}
const without = (value: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
const codes = (problems: Problem[]) => problems.map((problem) => `${problem.severity} ${problem.code} ${problem.path.join('.')}`);

describe('readSource', () => {
  it('reads a complete item into the article the reader would render, with no problems', () => {
    const reading = read(item());
    expect(reading.problems).toEqual([]);
    expect(reading.article).toMatchObject({ id: 'draft-1', title: item().title, sectionSlug: 'national', contentHtml: '<p>نص المقال.</p>' });
    expect(reading.article?.datePublished).toBe('2026-11-30T08:00:00.000Z');
  });

  it('says nothing about an empty field, and points at a syntax error by line and column', () => {
    expect(readSource('  \n', parsers)).toEqual({ kind: 'empty' });
    const reading = readSource('{\n  "id": "a",\n  "title": "x",\n}', parsers);
    expect(reading).toMatchObject({ kind: 'syntax-error', error: { line: 4, column: 1, code: 'expected-property-name' } });
  });

  it('requires a title, an id and a body; without id or body there is nothing to render', () => {
    expect(codes(read(item({ title: '  ' })).problems)).toEqual(['error title-missing title']);
    const reading = read(without(item(), 'title', 'id', 'content_html'));
    expect(codes(reading.problems)).toEqual(['error id-missing id', 'error body-missing content_html', 'error title-missing title']);
    expect(reading.article).toBeUndefined();
  });

  it(`warns about a headline over ${MAX_CARD_TITLE_LENGTH} characters, counting a letter with its harakat once`, () => {
    const long = 'ب'.repeat(MAX_CARD_TITLE_LENGTH + 1);
    expect(read(item({ title: long })).problems).toEqual([
      { code: 'title-too-long', severity: 'warning', path: ['title'], values: { count: MAX_CARD_TITLE_LENGTH + 1, max: MAX_CARD_TITLE_LENGTH } },
    ]);
    expect(read(item({ title: 'بَ'.repeat(MAX_CARD_TITLE_LENGTH) })).problems).toEqual([]);
  });

  it('warns about a missing summary and an item without a language', () => {
    expect(codes(read(without(item(), 'summary', 'language')).problems)).toEqual(['warning summary-missing summary', 'warning language-missing language']);
  });

  it.each([
    ['not a date', 'error date-invalid date_published'],
    ['2026-02-30T10:00:00+01:00', 'error date-invalid date_published'],
    ['2026-11-30T10:00:00', 'warning date-format date_published'],
    ['2026-11-30', 'warning date-format date_published'],
  ])('checks date_published %j', (value, expected) => {
    expect(codes(read(item({ date_published: value })).problems)).toEqual([expected]);
  });

  it('warns when an item has no publication date, and catches a broken date_modified', () => {
    expect(codes(read(item({ date_published: undefined, date_modified: 'hier' })).problems)).toEqual([
      'error date-modified-invalid date_modified',
      'warning date-missing date_published',
    ]);
  });

  it('wants alt text, a caption and dimensions for the hero image, pointing where each goes', () => {
    expect(codes(read(item({ _sahifa: { section: 'national', image: { credit: 'وأج' } } })).problems)).toEqual([
      'error image-alt-missing _sahifa.image.alt',
      'warning image-caption-missing _sahifa.image.caption',
      'warning image-size-missing _sahifa.image',
    ]);
    expect(codes(read(item({ _sahifa: undefined })).problems)).toEqual([
      'error image-alt-missing image',
      'warning section-missing _sahifa',
      'warning image-caption-missing image',
      'warning image-size-missing image',
    ]);
  });

  it('counts body images without alt text', () => {
    const reading = read(item({ content_html: '<p>نص</p><img src="/a.webp"><img src="/b.webp" alt="وصف"><img src="/c.webp">' }));
    expect(reading.problems).toEqual([{ code: 'body-image-alt-missing', severity: 'warning', path: ['content_html'], values: { count: 2 } }]);
  });

  it('lists the unsafe HTML the sanitiser will strip, apart from formatting it drops', () => {
    const reading = read(
      item({
        content_html:
          '<p onclick="steal()">نص <a href="javascript:alert(1)">رابط</a></p><script src="x.js"></script><script>alert(2)</script>' +
          '<img src="/a.webp" alt="" onerror="alert(3)"><iframe src="https://evil.example/"></iframe><p class="lead" style="color:red">ب</p><font>ج</font>',
      }),
    );
    expect(reading.problems).toEqual([
      { code: 'unsafe-html', severity: 'warning', path: ['content_html'], values: { list: ['<script> ×2', '<iframe>', 'onclick', 'href', 'onerror'] } },
      { code: 'formatting-removed', severity: 'warning', path: ['content_html'], values: { list: ['<font>', 'class', 'style'] } },
    ]);
    expect(reading.article?.contentHtml).not.toMatch(/script|onclick|onerror|javascript|iframe/);
  });

  it('knows the site sections', () => {
    expect(codes(read(item({ _sahifa: { ...item()._sahifa, section: 'sport' } })).problems)).toEqual(['error section-unknown _sahifa.section']);
    expect(read(item({ _sahifa: { ...item()._sahifa, section: 'sport' } })).problems[0]?.values).toEqual({ slug: 'sport', known: ['national', 'world', 'culture'] });
  });

  it('reports a broken _sahifa extension, which the reader would drop whole', () => {
    const reading = read(item({ _sahifa: { section: 'national', image: { alt: 'صورة', caption: 'تعليق', width: '1200', height: 675 } } }));
    expect(codes(reading.problems)).toEqual(['error extension-invalid _sahifa.image.width']);
    expect(reading.article?.sectionSlug).toBeUndefined();
  });

  it('reports fields of the wrong type and links the reader cannot open', () => {
    const reading = read(item({ tags: [1], external_url: 'javascript:alert(1)' }));
    expect(reading.problems).toEqual([
      { code: 'wrong-type', severity: 'error', path: ['tags', 0], values: { expected: 'string' } },
    ]);
    expect(codes(read(item({ external_url: 'javascript:alert(1)' })).problems)).toEqual(['warning link-invalid external_url']);
  });

  it('lists the items of a whole feed and reads the one picked, with paths into the feed', () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'صحيفة',
      language: 'ar',
      items: [item({ id: 'a', title: 'أول' }), item({ id: 'b', title: undefined, summary: undefined, language: undefined })],
    };
    const first = read(feed);
    expect(first.items).toEqual([{ label: 'أول' }, { label: 'b' }]);
    expect(first.article?.id).toBe('a');
    const second = read(feed, { itemIndex: 1 });
    // The feed's language is the item's default, as in the reader.
    expect(codes(second.problems)).toEqual(['error title-missing items.1.title', 'warning summary-missing items.1.summary']);
    expect(second.article?.language).toBe('ar');
    expect(read(feed, { itemIndex: 9 }).itemIndex).toBe(1);
  });

  it('says what is wrong with a feed the reader would refuse whole, or one without items', () => {
    expect(codes(read({ title: 'x', items: [item()] }).problems)).toEqual(['error feed-invalid version']);
    expect(codes(read({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [] }).problems)).toEqual(['error feed-empty items']);
    expect(codes(read('[1, 2]').problems)).toEqual(['error not-an-item ']);
  });

  it('resolves relative URLs against the document the JSON came from', () => {
    const article = read(item({ image: '../media/a.webp' }), { documentUrl: 'http://localhost:3000/feed/drafts/x.json' }).article;
    expect(article?.image?.url).toBe('/feed/media/a.webp');
  });
});
