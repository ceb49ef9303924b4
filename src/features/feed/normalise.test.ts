// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { FeedError } from './feed-error';
import { TEST_CONTEXT, jsonFeed, jsonItem } from './feed-test-helpers';
import { normaliseDate, parseArticle, parseFeedPage, parseListPage, parseSiteConfig } from './normalise';

describe('parseListPage', () => {
  it('keeps what cards show and leaves the bodies out, unsanitised', () => {
    const feed = jsonFeed([
      jsonItem('a', {
        content_html: '<p>نص</p><img src=x onerror="alert(1)">',
        date_modified: '2026-11-25T08:00:00Z',
        image: '/feed/media/a.webp',
        _sahifa: { section: 'world', image: { alt: 'رسم', caption: 'تعليق', credit: 'وكالة', width: 1200, height: 675 } },
      }),
    ]);
    const [teaser] = parseListPage(feed, TEST_CONTEXT).items;
    const [article] = parseFeedPage(feed, TEST_CONTEXT).items;
    expect(article!.image).toEqual({ ...teaser!.image, caption: 'تعليق', credit: 'وكالة' });
    expect(Object.keys(teaser!).sort()).toEqual(['dateModified', 'datePublished', 'id', 'image', 'language', 'path', 'sectionSlug', 'summary', 'title']);
    expect(teaser).toEqual({
      id: article!.id,
      path: article!.path,
      title: article!.title,
      summary: article!.summary,
      image: { url: '/feed/media/a.webp', alt: 'رسم', width: 1200, height: 675, variants: [] },
      datePublished: article!.datePublished,
      dateModified: '2026-11-25T08:00:00.000Z',
      language: article!.language,
      sectionSlug: article!.sectionSlug,
    });
  });

  it('still makes a headline from the body of an item with neither title nor summary', () => {
    const [fromHtml, fromText] = parseListPage(
      jsonFeed([
        { id: 'html', content_html: '<p>أول فقرة<script>alert(1)</script></p><p>ثانية</p>' },
        { id: 'text', content_text: 'سطر أول\n\nسطر   ثانٍ' },
      ]),
      TEST_CONTEXT,
    ).items;
    expect(fromHtml?.title).toBe('أول فقرة ثانية');
    expect(fromText?.title).toBe('سطر أول سطر ثانٍ');
  });
});

describe('parseFeedPage', () => {
  it('turns a JSON Feed 1.1 page into the app model', () => {
    const page = parseFeedPage(
      jsonFeed(
        [
          jsonItem('a', {
            image: '/feed/media/a-1200.webp',
            _sahifa: {
              section: 'world',
              image: { alt: 'رسم', caption: 'تعليق', width: 1200, height: 675, variants: [{ url: 'media/a-640.webp', width: 640 }] },
            },
          }),
        ],
        { next_url: 'latest-2.json' },
      ),
      TEST_CONTEXT,
    );
    const [article] = page.items;
    expect(page.nextUrl).toBe('/feed/latest-2.json');
    expect(article).toMatchObject({
      id: 'a',
      path: '/articles/a',
      permalink: '/articles/a',
      title: 'عنوان a',
      hasTitle: true,
      sectionSlug: 'world',
      language: 'ar',
      authors: [{ name: 'elmaouid' }],
      datePublished: '2026-11-24T09:30:00.000Z',
      image: { url: '/feed/media/a-1200.webp', alt: 'رسم', caption: 'تعليق', width: 1200, height: 675, variants: [{ url: '/feed/media/a-640.webp', width: 640 }] },
    });
  });

  it('renders any valid JSON Feed item without the _sahifa extension', () => {
    const [article] = parseFeedPage(
      jsonFeed([{ id: 'plain', content_text: 'First paragraph.\n\nSecond <b>paragraph</b>.', url: 'https://other.example/p' }]),
      TEST_CONTEXT,
    ).items;
    expect(article).toMatchObject({ id: 'plain', sectionSlug: undefined, image: undefined, language: undefined, hasTitle: false });
    expect(article?.title).toBe('First paragraph. Second <b>paragraph</b>.');
    expect(article?.contentHtml).toBe('<p>First paragraph.</p><p>Second &lt;b&gt;paragraph&lt;/b&gt;.</p>');
    expect(article?.permalink).toBe('https://other.example/p');
  });

  it('skips invalid items, keeps the valid ones and logs which and why', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const page = parseFeedPage(jsonFeed([jsonItem('ok'), { id: 'no-content', title: 'x' }, { title: 'no id', content_text: 'x' }, jsonItem('ok')]), TEST_CONTEXT);
    expect(page.items.map((item) => item.id)).toEqual(['ok']);
    expect(page.skipped).toEqual([
      { index: 1, id: 'no-content', reason: 'content_html: an item needs content_html or content_text' },
      { index: 2, id: undefined, reason: expect.stringContaining('id') },
      { index: 3, id: 'ok', reason: 'duplicate id' },
    ]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped 3 invalid item(s)'));
  });

  it('refuses a document that is not a JSON Feed', () => {
    expect(() => parseFeedPage({ rss: { channel: {} } }, TEST_CONTEXT)).toThrow(FeedError);
    expect(() => parseFeedPage(jsonFeed([], { version: 'https://example.com/v1' }), TEST_CONTEXT)).toThrow(/version/);
    expect(() => parseFeedPage([], TEST_CONTEXT)).toThrow(FeedError);
  });

  it('accepts an empty feed', () => {
    expect(parseFeedPage(jsonFeed([]), TEST_CONTEXT).items).toEqual([]);
  });

  it('accepts JSON Feed 1.0 authors and inherits the feed language', () => {
    const [article] = parseFeedPage(
      jsonFeed([{ id: '1', content_html: '<p>Hallo</p>', author: { name: 'Anna' } }], { language: 'de-DE', version: 'https://jsonfeed.org/version/1' }),
      TEST_CONTEXT,
    ).items;
    expect(article).toMatchObject({ authors: [{ name: 'Anna' }], language: 'de-DE' });
  });

  it('sanitises content_html at the edge', () => {
    const [article] = parseFeedPage(jsonFeed([jsonItem('x', { content_html: '<p>نص</p><img src=x onerror="alert(1)">' })]), TEST_CONTEXT).items;
    expect(article?.contentHtml).not.toContain('onerror');
  });

  it('keeps an item whose extension is malformed', () => {
    const [article] = parseFeedPage(jsonFeed([jsonItem('x', { _sahifa: { section: 42 } })]), TEST_CONTEXT).items;
    expect(article).toMatchObject({ id: 'x', sectionSlug: undefined });
  });
});

describe('parseArticle', () => {
  it('reads a bare item and a one-item feed alike', () => {
    expect(parseArticle(jsonItem('a'), TEST_CONTEXT).id).toBe('a');
    expect(parseArticle(jsonFeed([jsonItem('b')]), TEST_CONTEXT).id).toBe('b');
  });

  it('names the failing field', () => {
    expect(() => parseArticle({ id: 'a', title: 3, content_text: 'x' }, TEST_CONTEXT)).toThrow(/title/);
  });
});

describe('parseSiteConfig', () => {
  const site = {
    name: 'صحيفة',
    home_feed_url: '/feed/latest.json',
    sections: [{ slug: 'world', title: 'دولي', feed_url: 'sections/world.json' }],
  };

  it('fills the defaults and resolves URLs against site.json', () => {
    expect(parseSiteConfig(site, { documentUrl: 'http://localhost/feed/site.json', appOrigin: 'http://localhost' })).toEqual({
      name: 'صحيفة',
      description: undefined,
      language: 'ar',
      locale: 'ar-DZ',
      timeZone: 'Africa/Algiers',
      homeFeedUrl: '/feed/latest.json',
      logo: undefined,
      icon: undefined,
      sections: [{ slug: 'world', title: 'دولي', description: undefined, feedUrl: '/feed/sections/world.json' }],
    });
  });

  it('keeps a CMS on another origin absolute', () => {
    const parsed = parseSiteConfig(site, { documentUrl: 'https://cms.example/out/site.json', appOrigin: 'http://localhost' });
    expect(parsed.sections[0]?.feedUrl).toBe('https://cms.example/out/sections/world.json');
  });

  it('rejects bad slugs, duplicate sections, unknown locales and time zones', () => {
    const context = { documentUrl: 'http://localhost/feed/site.json', appOrigin: 'http://localhost' };
    expect(() => parseSiteConfig({ ...site, sections: [{ slug: 'دولي', title: 'x', feed_url: 'x' }] }, context)).toThrow(/slug/);
    expect(() => parseSiteConfig({ ...site, sections: [...site.sections, ...site.sections] }, context)).toThrow(/duplicate/);
    expect(() => parseSiteConfig({ ...site, time_zone: 'Mars/Olympus' }, context)).toThrow(/time zone/);
    expect(() => parseSiteConfig({ ...site, locale: 'not a locale!' }, context)).toThrow(/locale/);
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2026-11-24T10:30:00+01:00', '2026-11-24T09:30:00.000Z'],
    ['2026-11-24T09:30:00Z', '2026-11-24T09:30:00.000Z'],
    ['2026-11-24T09:30:00', '2026-11-24T09:30:00.000Z'],
    ['2026-11-24', '2026-11-24T00:00:00.000Z'],
    ['yesterday', undefined],
    [undefined, undefined],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseDate(raw)).toBe(expected);
  });
});
