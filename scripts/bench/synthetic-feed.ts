/**
 * A synthetic feed of N articles (default 10,000) for benchmarks: the sample feed's articles
 * repeated under new ids and dates, spread over its sections, paginated like the real thing.
 *
 *   node scripts/bench/synthetic-feed.ts <out-dir> [--count 10000] [--section <slug>]
 *
 * Writes <out-dir>/site.json, latest*.json, sections/*.json, items/*.json and links media/ to the
 * sample feed's images. With `--section <slug>` every article goes to that one section (a section
 * of N articles, for the list bench); the others stay empty.
 */
import { mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const LATEST_PAGE_SIZE = 12;
const SECTION_PAGE_SIZE = 8;

interface Item {
  id: string;
  url: string;
  date_published: string;
  date_modified?: string;
  _sahifa?: { section?: string };
  [field: string]: unknown;
}

export async function writeSyntheticFeed(outDir: string, count: number, sampleDir = 'public/feed', onlySection?: string): Promise<void> {
  const sample = resolve(sampleDir);
  const site = JSON.parse(await readFile(join(sample, 'site.json'), 'utf8')) as { sections: { slug: string; feed_url: string }[] };
  if (onlySection && !site.sections.some((section) => section.slug === onlySection)) throw new Error(`no section "${onlySection}" in ${sampleDir}/site.json`);
  const templates = await Promise.all(
    (await readdir(join(sample, 'items'))).sort().map(async (file) => JSON.parse(await readFile(join(sample, 'items', file), 'utf8')) as Item),
  );

  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, 'items'), { recursive: true });
  await mkdir(join(outDir, 'sections'), { recursive: true });
  await symlink(join(sample, 'media'), join(outDir, 'media'));
  await writeFile(join(outDir, 'site.json'), JSON.stringify(site));

  const newest = Date.parse('2026-11-29T12:00:00Z');
  const items: Item[] = Array.from({ length: count }, (_, index) => {
    const template = templates[index % templates.length]!;
    const id = `synthetic-${String(index + 1).padStart(5, '0')}`;
    const published = new Date(newest - index * 17 * 60_000).toISOString();
    return {
      ...template,
      date_modified: undefined,
      id,
      url: `/articles/${id}`,
      date_published: published,
      _sahifa: { ...template._sahifa, section: onlySection ?? site.sections[index % site.sections.length]!.slug },
    };
  });

  await Promise.all(items.map((item) => writeFile(join(outDir, 'items', `${item.id}.json`), JSON.stringify(item))));
  await writePages(outDir, 'latest', items, LATEST_PAGE_SIZE);
  for (const section of site.sections) {
    await writePages(outDir, `sections/${section.slug}`, items.filter((item) => item._sahifa?.section === section.slug), SECTION_PAGE_SIZE);
  }
}

async function writePages(outDir: string, name: string, items: Item[], size: number): Promise<void> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  for (let page = 0; page < pages; page++) {
    const file = page === 0 ? `${name}.json` : `${name}-${page + 1}.json`;
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'صحيفة — اختبار الأداء',
      language: 'ar',
      ...(page < pages - 1 ? { next_url: `/feed/${name}-${page + 2}.json` } : {}),
      items: items.slice(page * size, (page + 1) * size),
    };
    await writeFile(join(outDir, file), JSON.stringify(feed));
  }
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { count: { type: 'string', default: '10000' }, section: { type: 'string' } } });
  if (!positionals[0]) {
    console.error('usage: node scripts/bench/synthetic-feed.ts <out-dir> [--count 10000] [--section <slug>]');
    process.exit(2);
  }
  await writeSyntheticFeed(resolve(positionals[0]), Number(values.count), 'public/feed', values.section);
  console.log(`synthetic feed: ${values.count} articles in ${positionals[0]}`);
}
