import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFeed, type CheckOptions, type Problem } from './feed-check/check.ts';
import { findJsonSyntaxError } from '../src/lib/json-syntax.ts';

const CLI = join(import.meta.dirname, 'feed-check.ts');
const SAMPLE_FEED = join(import.meta.dirname, '../public/feed');
const PNG = Buffer.from('89504e470d0a1a0a', 'hex');

// ─── fixtures ─────────────────────────────────────────────────────────────────────────────────

type Json = Record<string, unknown>;
/** Files by path under the feed root: JSON values are written as JSON, strings and buffers as they are. */
type Tree = Record<string, Json | string | Buffer>;

const temporaryDirectories: string[] = [];
afterAll(() => Promise.all(temporaryDirectories.map((directory) => rm(directory, { recursive: true, force: true }))));

async function makeTemporaryDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'feed-check-'));
  temporaryDirectories.push(directory);
  return directory;
}

function item(id: string, section: string, datePublished: string): Json {
  return {
    id,
    url: `/articles/${id}`,
    title: `عنوان ${id}`,
    content_html: `<p>نص ${id}</p>`,
    image: `/feed/media/${id}-1200.webp`,
    date_published: datePublished,
    _sahifa: {
      section,
      image: {
        alt: 'صورة',
        variants: [
          { url: `/feed/media/${id}-640.webp`, width: 640 },
          { url: `/feed/media/${id}-1200.webp`, width: 1200 },
        ],
      },
    },
  };
}

/** Each page gets its own copies of the items, so a test can break one copy alone. */
function page(title: string, items: Json[], nextUrl?: string): Json {
  return { version: 'https://jsonfeed.org/version/1.1', title, items: structuredClone(items), ...(nextUrl ? { next_url: nextUrl } : {}) };
}

/**
 * A small valid tree: four items over two latest pages; "world" on one page, "national" on two;
 * one file per item and per image.
 */
function validTree(): Tree {
  const a = item('a', 'world', '2026-11-04T10:00:00+01:00');
  const b = item('b', 'national', '2026-11-03T10:00:00+01:00');
  const c = item('c', 'world', '2026-11-02T10:00:00+01:00');
  const d = item('d', 'national', '2026-11-01T10:00:00Z');
  const tree: Tree = {
    'site.json': {
      name: 'صحيفة',
      home_feed_url: '/feed/latest.json',
      logo: '/feed/media/logo.svg',
      icon: '/feed/media/icon-512.png',
      sections: [
        { slug: 'world', title: 'دولي', feed_url: '/feed/sections/world.json' },
        { slug: 'national', title: 'وطني', feed_url: '/feed/sections/national.json' },
      ],
    },
    'latest.json': page('آخر الأخبار', [a, b], '/feed/latest-2.json'),
    'latest-2.json': page('آخر الأخبار', [c, d]),
    'sections/world.json': page('دولي', [a, c]),
    'sections/national.json': page('وطني', [b], 'national-2.json'),
    'sections/national-2.json': page('وطني', [d]),
    'media/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'media/icon-512.png': PNG,
  };
  for (const entry of [a, b, c, d]) {
    tree[`items/${entry.id}.json`] = structuredClone(entry);
    tree[`media/${entry.id}-640.webp`] = PNG;
    tree[`media/${entry.id}-1200.webp`] = PNG;
  }
  return tree;
}

async function writeTree(tree: Tree): Promise<string> {
  const root = await makeTemporaryDirectory();
  await Promise.all(
    Object.entries(tree).map(async ([path, content]) => {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2));
    }),
  );
  return root;
}

/** The tree's feed pages and items, typed loosely enough to break them. */
const json = (tree: Tree, path: string) => tree[path] as Json & { items: Json[] };
const sahifa = (entry: Json) => entry._sahifa as { section?: unknown; image: { alt?: string; variants: Json[] } };

async function check(tree: Tree, options?: CheckOptions): Promise<Problem[]> {
  return (await checkFeed(await writeTree(tree), options)).problems;
}

/** A problem with this severity, file and path whose message matches. */
const problem = (severity: Problem['severity'], file: string, path: string, message: string | RegExp) =>
  expect.objectContaining({ severity, file, path, message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message) });

// ─── directory mode ───────────────────────────────────────────────────────────────────────────

describe('checkFeed on a directory', () => {
  it('finds nothing wrong with a valid tree, and counts what it read', async () => {
    const result = await checkFeed(await writeTree(validTree()));
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ files: 10, items: 4, images: 10, notes: [] });
  });

  describe('documents', () => {
    it('reports invalid JSON with its line and column', async () => {
      const tree = validTree();
      tree['latest-2.json'] = '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "x"\n  "items": []\n}';
      tree['items/b.json'] = '{"id": "b", "title": ';
      const problems = await check(tree);
      expect(problems).toContainEqual(problem('error', 'latest-2.json', '', `invalid JSON at line 4, column 3: unexpected '"', expected ',' or '}'`));
      expect(problems).toContainEqual(problem('error', 'items/b.json', '', 'invalid JSON at line 1, column 22: unexpected end of file'));
    });

    it('reports every schema issue with its path, and each item of a page on its own', async () => {
      const tree = validTree();
      delete json(tree, 'site.json').name;
      json(tree, 'latest-2.json').version = 'https://example.com/feed';
      json(tree, 'latest-2.json').items[1]!.title = 7;
      delete json(tree, 'sections/world.json').items[0]!.content_html;
      const problems = await check(tree);
      expect(problems).toContainEqual(problem('error', 'site.json', 'name', 'expected string'));
      expect(problems).toContainEqual(problem('error', 'latest-2.json', 'version', 'not a JSON Feed version URL'));
      expect(problems).toContainEqual(problem('error', 'latest-2.json', 'items[1].title', 'expected string, received number'));
      expect(problems).toContainEqual(problem('error', 'sections/world.json', 'items[0].content_html', 'an item needs content_html or content_text'));
    });

    it('reports a broken _sahifa extension, which the reader would silently drop', async () => {
      const tree = validTree();
      sahifa(json(tree, 'latest.json').items[0]!).image.variants[0]!.width = '640px';
      expect(await check(tree)).toContainEqual(
        problem('error', 'latest.json', 'items[0]._sahifa.image.variants[0].width', 'the reader then ignores all of _sahifa'),
      );
    });
  });

  describe('site.json', () => {
    it('reports section and home feeds that do not exist', async () => {
      const tree = validTree();
      delete tree['sections/national.json'];
      json(tree, 'site.json').home_feed_url = '/feed/home.json';
      const problems = await check(tree);
      expect(problems).toContainEqual(problem('error', 'site.json', 'sections[1].feed_url', 'not found: sections/national.json'));
      expect(problems).toContainEqual(problem('error', 'site.json', 'home_feed_url', 'not found: home.json'));
    });
  });

  describe('next_url chains', () => {
    it('reports a page that does not exist', async () => {
      const tree = validTree();
      json(tree, 'latest.json').next_url = '/feed/latest-9.json';
      expect(await check(tree)).toContainEqual(problem('error', 'latest.json', 'next_url', 'not found: latest-9.json'));
    });

    it('reports a loop', async () => {
      const tree = validTree();
      json(tree, 'latest-2.json').next_url = 'latest.json';
      expect(await check(tree)).toContainEqual(problem('error', 'latest-2.json', 'next_url', 'loop: points back to latest.json'));
    });

    it('warns when a chain is not newest first, across pages too', async () => {
      const tree = validTree();
      json(tree, 'latest-2.json').items[0]!.date_published = '2026-12-01T10:00:00+01:00';
      json(tree, 'items/c.json').date_published = '2026-12-01T10:00:00+01:00';
      json(tree, 'sections/world.json').items[1]!.date_published = '2026-12-01T10:00:00+01:00';
      const problems = await check(tree);
      expect(problems).toContainEqual(problem('warning', 'latest-2.json', 'items[0].date_published', 'not newest first: newer than the item before it (latest.json items[1])'));
      expect(problems).toContainEqual(problem('warning', 'sections/world.json', 'items[1].date_published', 'not newest first'));
    });

    it('reports an id listed twice in a chain', async () => {
      const tree = validTree();
      json(tree, 'latest-2.json').items[1] = structuredClone(json(tree, 'latest.json').items[0]!);
      expect(await check(tree)).toContainEqual(problem('error', 'latest-2.json', 'items[1].id', 'duplicate id "a": already at latest.json items[0]'));
    });
  });

  describe('items/', () => {
    it('reports a listed item without a file once, naming its other listings', async () => {
      const tree = validTree();
      delete tree['items/b.json'];
      const problems = await check(tree);
      expect(problems).toContainEqual({
        severity: 'error',
        file: 'latest.json',
        path: 'items[1].id',
        message: 'dangling: no items/b.json',
        alsoIn: ['sections/national.json items[0]'],
      });
    });

    it('warns about a file no page lists', async () => {
      const tree = validTree();
      tree['items/e.json'] = item('e', 'world', '2026-10-01T10:00:00Z');
      tree['media/e-640.webp'] = PNG;
      tree['media/e-1200.webp'] = PNG;
      expect(await check(tree)).toEqual([problem('warning', 'items/e.json', '', 'orphan: not listed in the latest chain')]);
    });

    it('warns when a file differs from its listed copy', async () => {
      const tree = validTree();
      json(tree, 'items/a.json').title = 'عنوان آخر';
      const problems = await check(tree);
      expect(problems).toContainEqual(problem('warning', 'latest.json', 'items[0]', 'differs from items/a.json in title'));
      expect(problems).toContainEqual(problem('warning', 'sections/world.json', 'items[0]', 'differs from items/a.json in title'));
    });

    it('accepts a one-item feed, and reports an id that does not match the file name', async () => {
      const tree = validTree();
      tree['items/a.json'] = page('a', [json(tree, 'items/a.json')]);
      json(tree, 'items/b.json').id = 'bb';
      const problems = await check(tree);
      expect(problems.filter((found) => found.file === 'items/a.json')).toEqual([]);
      expect(problems).toContainEqual(problem('error', 'items/b.json', 'id', 'id "bb" does not match the file name: /articles/b opens this file'));
    });
  });

  describe('sections', () => {
    it('reports an unknown section and an item missing from its section feed', async () => {
      const tree = validTree();
      for (const copy of [json(tree, 'latest.json').items[0]!, json(tree, 'sections/world.json').items[0]!, json(tree, 'items/a.json')]) {
        sahifa(copy).section = 'sport';
      }
      sahifa(json(tree, 'latest-2.json').items[1]!).section = 'world';
      sahifa(json(tree, 'items/d.json')).section = 'world';
      const problems = await check(tree);
      expect(problems).toContainEqual({
        severity: 'error',
        file: 'latest.json',
        path: 'items[0]._sahifa.section',
        message: 'unknown section "sport": site.json has world, national',
        alsoIn: ['sections/world.json items[0]', 'items/a.json'],
      });
      expect(problems).toContainEqual(problem('error', 'latest-2.json', 'items[1]._sahifa.section', 'not listed in the "world" section feed (sections/world.json and its next pages)'));
      expect(problems).toContainEqual(problem('warning', 'sections/world.json', 'items[0]._sahifa.section', 'listed in the "world" section feed but _sahifa.section is "sport"'));
    });
  });

  describe('images', () => {
    it('reports missing images wherever they are referenced', async () => {
      const tree = validTree();
      delete tree['media/logo.svg'];
      delete tree['media/a-1200.webp'];
      delete tree['media/b-640.webp'];
      json(tree, 'latest-2.json').items[0]!.content_html = '<p>نص</p><img alt="" src="/feed/media/inline.png">';
      json(tree, 'items/c.json').content_html = '<p>نص</p><img alt="" src="/feed/media/inline.png">';
      const problems = await check(tree);
      expect(problems).toContainEqual(problem('error', 'site.json', 'logo', 'image not found: media/logo.svg'));
      expect(problems).toContainEqual(problem('error', 'latest.json', 'items[0].image', 'image not found: media/a-1200.webp'));
      expect(problems).toContainEqual(problem('error', 'latest.json', 'items[0]._sahifa.image.variants[1].url', 'image not found: media/a-1200.webp'));
      expect(problems).toContainEqual(problem('error', 'latest.json', 'items[1]._sahifa.image.variants[0].url', 'image not found: media/b-640.webp'));
      expect(problems).toContainEqual(
        problem('error', 'latest-2.json', 'items[0].content_html', '<img src="/feed/media/inline.png">: image not found: media/inline.png'),
      );
    });

    it('resolves relative URLs against their document and only counts images on other hosts', async () => {
      const tree = validTree();
      for (const copy of [json(tree, 'sections/world.json').items[0]!, json(tree, 'items/a.json'), json(tree, 'latest.json').items[0]!]) {
        copy.banner_image = 'https://cdn.example/banner.jpg';
      }
      json(tree, 'sections/world.json').items[0]!.image = '../media/a-1200.webp';
      json(tree, 'latest.json').items[0]!.image = 'media/a-1200.webp';
      const result = await checkFeed(await writeTree(tree));
      expect(result.problems.filter((found) => found.severity === 'error')).toEqual([]);
      expect(result.notes).toEqual(['1 image outside the feed tree (on other hosts) not checked']);
    });

    it('warns about an image without alt text', async () => {
      const tree = validTree();
      delete sahifa(json(tree, 'latest.json').items[1]!).image.alt;
      json(tree, 'latest-2.json').items[0]!.content_html = '<p>نص</p><img src="/feed/media/c-640.webp">';
      const problems = await check(tree);
      expect(problems).toContainEqual(problem('warning', 'latest.json', 'items[1]._sahifa.image.alt', 'the image has no alt text'));
      expect(problems).toContainEqual(problem('warning', 'latest-2.json', 'items[0].content_html', '<img src="/feed/media/c-640.webp"> has no alt attribute'));
    });
  });

  describe('dates', () => {
    it('warns about a missing zone or a modification before publication, and rejects anything else', async () => {
      const tree = validTree();
      const [a, b] = json(tree, 'latest.json').items;
      a!.date_published = '2026-11-04T10:00:00';
      b!.date_published = 'Tue, 03 Nov 2026 10:00:00 GMT';
      json(tree, 'latest-2.json').items[0]!.date_modified = '2026-11-01T10:00:00+01:00';
      json(tree, 'latest-2.json').items[1]!.date_published = '2026-02-30T10:00:00Z';
      const problems = await check(tree);
      expect(problems).toContainEqual(problem('warning', 'latest.json', 'items[0].date_published', 'has no time zone; the reader takes it as UTC'));
      expect(problems).toContainEqual(problem('error', 'latest.json', 'items[1].date_published', 'is not an RFC 3339 date'));
      expect(problems).toContainEqual(problem('warning', 'latest-2.json', 'items[0].date_modified', 'date_modified is earlier than date_published'));
      expect(problems).toContainEqual(problem('error', 'latest-2.json', 'items[1].date_published', 'is not a real date and time'));
    });
  });

  describe('links', () => {
    it('reports a link to an article that has no item file', async () => {
      const tree = validTree();
      json(tree, 'latest.json').items[0]!.content_html =
        '<p><a href="/articles/b">موجود</a> <a href="https://other.example/articles/x">خارجي</a> <a href="/articles/zz?ref=1">مفقود</a></p>';
      const problems = await check(tree);
      expect(problems.filter((found) => found.message.startsWith('dangling link'))).toEqual([
        problem('error', 'latest.json', 'items[0].content_html', 'dangling link: <a href="/articles/zz?ref=1"> opens an article with no items/zz.json'),
      ]);
    });
  });

  it('maps root-relative URLs through --base', async () => {
    const tree = JSON.parse(JSON.stringify(validTree(), (_key, value: unknown) => (typeof value === 'string' ? value.replaceAll('/feed/', '/news/feed/') : value))) as Tree;
    for (const path of Object.keys(tree).filter((path) => path.startsWith('media/'))) tree[path] = PNG;
    expect(await check(tree, { base: '/news/feed' })).toEqual([]);
    expect(await check(tree)).toContainEqual(problem('error', 'site.json', 'home_feed_url', 'not found: /news/feed/latest.json (outside the feed tree served at /feed/; see --base)'));
  });
});

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a": 1}', undefined],
    ['{"a": 1,}', { line: 1, column: 9, offset: 8, code: 'expected-property-name', message: "unexpected '}', expected a property name in double quotes" }],
    ['[1, 2\n', { line: 2, column: 1, offset: 6, code: 'end-of-file', message: 'unexpected end of file' }],
    ['{"a": "x\ny"}', { line: 1, column: 9, offset: 8, code: 'control-character', message: 'control character inside a string (write it as an escape, e.g. \\n)' }],
    ['{"a": 01}', { line: 1, column: 8, offset: 7, code: 'expected-comma-or-brace', message: "unexpected '1', expected ',' or '}' after a property value" }],
    ['{} {}', { line: 1, column: 4, offset: 3, code: 'trailing-text', message: 'unexpected text after the end of the JSON value' }],
  ])('%j', (text, expected) => {
    expect(findJsonSyntaxError(text)).toEqual(expected);
  });
});

// ─── URL mode ─────────────────────────────────────────────────────────────────────────────────

const CONTENT_TYPES: Record<string, string> = { '.json': 'application/feed+json', '.webp': 'image/webp', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** Serves a tree at /feed/, like a static host; optionally refusing HEAD, or with a single-page-app fallback. */
async function serveTree(root: string, options: { refuseHead?: boolean; htmlFallback?: boolean } = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://localhost').pathname);
    if (options.refuseHead && request.method === 'HEAD') return response.writeHead(405).end();
    const file = path.startsWith('/feed/') ? join(root, path.slice('/feed/'.length)) : undefined;
    readFile(file ?? root).then(
      (body) => response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file!)] ?? 'text/plain' }).end(request.method === 'HEAD' ? undefined : body),
      () =>
        options.htmlFallback
          ? response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sahifa</title>')
          : response.writeHead(404).end(),
    );
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/feed/`,
    close: () => {
      server.closeAllConnections();
      return new Promise((closed) => server.close(closed));
    },
  };
}

describe('checkFeed on a URL', () => {
  it('checks a served tree, with HEAD for images and GET where HEAD is refused', async () => {
    const root = await writeTree(validTree());
    for (const refuseHead of [false, true]) {
      const server = await serveTree(root, { refuseHead });
      try {
        const result = await checkFeed(server.url);
        expect(result.problems).toEqual([]);
        expect(result).toMatchObject({ files: 10, items: 4, images: 10, notes: ['orphan files in items/ not looked for: a folder cannot be listed over HTTP'] });
      } finally {
        await server.close();
      }
    }
  });

  it('reports missing pages, items and images, even behind an HTML fallback', async () => {
    const tree = validTree();
    delete tree['media/a-640.webp'];
    delete tree['items/d.json'];
    json(tree, 'latest-2.json').items[0]!.content_html = '<p><a href="/articles/nope">؟</a></p>';
    tree['sections/national-2.json'] = JSON.stringify(tree['sections/national-2.json']);
    const root = await writeTree(tree);
    await rm(join(root, 'sections/national-2.json'));
    for (const htmlFallback of [false, true]) {
      const server = await serveTree(root, { htmlFallback });
      try {
        const problems = (await checkFeed(server.url)).problems;
        const reason = htmlFallback ? 'the host answered with an HTML page' : 'HTTP 404';
        expect(problems).toContainEqual(problem('error', 'latest.json', 'items[0]._sahifa.image.variants[0].url', `image not found: media/a-640.webp (${reason}`));
        expect(problems).toContainEqual(problem('error', 'latest-2.json', 'items[1].id', 'dangling: no items/d.json'));
        expect(problems).toContainEqual(problem('error', 'sections/national.json', 'next_url', `not found: sections/national-2.json (${reason}`));
        expect(problems).toContainEqual(problem('error', 'latest-2.json', 'items[0].content_html', 'dangling link: <a href="/articles/nope">'));
      } finally {
        await server.close();
      }
    }
  });

  it('reports a document served with a content type the reader refuses', async () => {
    const root = await writeTree(validTree());
    const server = createServer((request, response) => {
      readFile(join(root, new URL(request.url!, 'http://localhost').pathname.replace(/^\/feed\//, ''))).then(
        (body) => response.writeHead(200, { 'content-type': request.url!.endsWith('site.json') ? 'text/plain' : 'application/json' }).end(body),
        () => response.writeHead(404).end(),
      );
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    try {
      const { port } = server.address() as AddressInfo;
      const problems = (await checkFeed(`http://127.0.0.1:${port}/feed`)).problems;
      expect(problems).toContainEqual(problem('error', 'site.json', '', 'served as "text/plain": the reader accepts only JSON content types'));
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('checkFeed on a URL that does not answer', () => {
  it('gives up on each request after the timeout', async () => {
    const server = createServer(() => {
      // Never answers.
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    try {
      const { port } = server.address() as AddressInfo;
      const problems = (await checkFeed(`http://127.0.0.1:${port}/feed/`, { timeoutMs: 200 })).problems;
      expect(problems).toContainEqual(problem('error', 'site.json', '', 'cannot read site.json: no answer after 0.2 s'));
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

// ─── the command ──────────────────────────────────────────────────────────────────────────────

function runCli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    // process.execPath: the same Node 24 that runs the tests, whatever PATH says.
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('npm run feed:check', () => {
  it('exits 0 with a summary for a valid tree, 1 with one line per problem otherwise', async () => {
    const tree = validTree();
    expect(await runCli(await writeTree(tree))).toMatchObject({ code: 0, stdout: 'feed:check: 0 errors, 0 warnings in 10 files (4 items, 10 images)\n' });

    json(tree, 'latest.json').items[1]!.title = 3;
    const broken = await runCli(await writeTree(tree));
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^error {4}latest\.json {2}items\[1\]\.title {2}Invalid input: expected string, received number$/m);
    expect(broken.stdout).toMatch(/^feed:check: 1 error, 1 warning in 10 files/m);
  });

  it('prints JSON with --json, and fails on warnings with --strict', async () => {
    const tree = validTree();
    delete sahifa(json(tree, 'items/a.json')).image.alt;
    const root = await writeTree(tree);
    const { code, stdout } = await runCli(root, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, errors: 0, warnings: 3, files: 10, problems: expect.arrayContaining([problem('warning', 'items/a.json', '_sahifa.image.alt', 'no alt text')]) });
    expect((await runCli(root, '--strict')).code).toBe(1);
  });

  it('exits 2 on a usage error', async () => {
    expect(await runCli()).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: npm run feed:check') });
    expect((await runCli('--nope', 'public/feed')).code).toBe(2);
    expect((await runCli(join(tmpdir(), 'no-such-feed-dir'))).code).toBe(2);
    expect((await runCli('https://example.com/feed/', '--base', '/feed/')).code).toBe(2);
  });
});

// ─── the sample feed ──────────────────────────────────────────────────────────────────────────

describe.skipIf(!existsSync(join(SAMPLE_FEED, 'site.json')))('the sample feed in public/feed', () => {
  it('is clean, and every breakage of a copy is reported where it is', { timeout: 30_000 }, async () => {
    const root = await makeTemporaryDirectory();
    await cp(SAMPLE_FEED, root, { recursive: true });
    expect((await checkFeed(root)).problems.filter((found) => found.severity === 'error')).toEqual([]);

    const readJson = async (path: string) => JSON.parse(await readFile(join(root, path), 'utf8')) as Json & { items: Json[] };
    const writeJson = (path: string, value: unknown) => writeFile(join(root, path), JSON.stringify(value, null, 2));
    const site = await readJson('site.json');
    const sectionFile = (site.sections as { feed_url: string }[])[0]!.feed_url.replace(/^\/feed\//, '');
    const latest = await readJson('latest.json');
    const [deleted, duplicated, , withImage, retitled] = latest.items;
    const imageFile = (withImage!.image as string).replace(/^\/feed\//, '');

    await unlink(join(root, `items/${deleted!.id}.json`));
    await unlink(join(root, imageFile));
    latest.items[2]!.id = duplicated!.id;
    retitled!.title = 42;
    latest.next_url = '/feed/latest-99.json';
    await writeJson('latest.json', latest);
    const sectionText = await readFile(join(root, sectionFile), 'utf8');
    await writeFile(join(root, sectionFile), sectionText.slice(0, sectionText.length / 2));

    const problems = (await checkFeed(root)).problems;
    expect(problems).toContainEqual(problem('error', 'latest.json', 'items[0].id', `dangling: no items/${deleted!.id}.json`));
    expect(problems).toContainEqual(problem('error', sectionFile, '', /^invalid JSON at line \d+, column \d+: /));
    expect(problems).toContainEqual(problem('error', 'latest.json', 'next_url', 'not found: latest-99.json'));
    expect(problems).toContainEqual(problem('error', 'latest.json', 'items[2].id', `duplicate id "${duplicated!.id}": already at latest.json items[1]`));
    expect(problems).toContainEqual(problem('error', 'latest.json', 'items[3].image', `image not found: ${imageFile}`));
    expect(problems).toContainEqual(problem('error', 'latest.json', 'items[4].title', 'expected string, received number'));

    const { code, stdout } = await runCli(root);
    expect(code).toBe(1);
    expect(stdout).toContain(`error    ${sectionFile}`);
  });
});
