/**
 * Builds the bundled sample feed: deletes `public/feed/` and writes it again from `articles.ts`.
 *
 *   node scripts/sample-feed/generate.ts
 *
 * Output (all URLs root-relative): `site.json`; `latest.json`, `latest-2.json`, … (JSON Feed 1.1,
 * 12 items a page); `sections/<slug>.json`, `<slug>-2.json`, … (8 a page); `items/<id>.json` (one
 * item each); `media/` (one abstract illustration per article as WebP at 1200 and 640 px wide, the
 * emblem as `logo.svg`, `icon-192.png`, `icon-512.png`). The output is deterministic: same input,
 * same bytes.
 *
 * Images need `sharp`. It is loaded with `require('sharp')` from this file's location, so it is
 * found once sharp is a devDependency of the project. Until then point SHARP_FROM at any folder
 * whose node_modules holds sharp:
 *
 *   mkdir -p /tmp/sf && (cd /tmp/sf && npm init -y && npm i sharp)
 *   SHARP_FROM=/tmp/sf node scripts/sample-feed/generate.ts
 */
import { createRequire } from 'node:module';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articles, sections, site } from './articles.ts';
import type { Article, Palette, Scene } from './articles.ts';

// ─── Settings ─────────────────────────────────────────────────────────────────────────────────

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'public/feed');
const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';
const LATEST_PAGE_SIZE = 12;
const SECTION_PAGE_SIZE = 8;
const IMAGE_WIDTH = 1200;
const IMAGE_HEIGHT = 675;
const IMAGE_WIDTHS = [640, 1200] as const;
const WEBP_QUALITY = 70;
const DEFAULT_CREDIT = 'صحيفة / رسم توضيحي';

// ─── sharp ────────────────────────────────────────────────────────────────────────────────────

/** The slice of sharp's API this script uses (so the script type-checks without sharp installed). */
interface SharpPipeline {
  resize(width: number, height: number): SharpPipeline;
  webp(options: { quality: number; effort?: number }): SharpPipeline;
  png(options?: { compressionLevel?: number }): SharpPipeline;
  toBuffer(): Promise<Buffer>;
}
type SharpFactory = (input: Buffer, options?: { density?: number }) => SharpPipeline;

function loadSharp(): SharpFactory {
  const fromHere = createRequire(import.meta.url);
  try {
    return fromHere('sharp') as SharpFactory;
  } catch (error) {
    const from = process.env.SHARP_FROM;
    if (!from) {
      throw new Error('sharp is not installed: add it as a devDependency, or set SHARP_FROM to a folder whose node_modules holds it', { cause: error });
    }
    return createRequire(path.join(path.resolve(from), 'noop.cjs'))('sharp') as SharpFactory;
  }
}

// ─── Feed documents ───────────────────────────────────────────────────────────────────────────

const mediaUrl = (file: string) => `/feed/media/${file}`;
const articleUrl = (id: string) => `/articles/${id}`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function contentHtml(article: Article): string {
  if (article.html) return article.html.join('\n');
  return (article.paragraphs ?? []).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
}

/** A JSON Feed 1.1 item plus the `_sahifa` extension, keys in a fixed order. */
function toItem(article: Article): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id: article.id,
    url: articleUrl(article.id),
    title: article.title,
    summary: article.summary,
    content_html: contentHtml(article),
  };
  if (article.image) item.image = mediaUrl(`${article.id}-${IMAGE_WIDTH}.webp`);
  item.date_published = article.date_published;
  if (article.date_modified) item.date_modified = article.date_modified;
  item.authors = article.authors.map((name) => ({ name }));
  item.tags = article.tags;
  item.language = article.language;
  const extension: Record<string, unknown> = { section: article.section };
  if (article.image) {
    extension.image = {
      alt: article.image.alt,
      caption: article.image.caption,
      credit: article.image.credit ?? DEFAULT_CREDIT,
      width: IMAGE_WIDTH,
      height: IMAGE_HEIGHT,
      variants: IMAGE_WIDTHS.map((width) => ({ url: mediaUrl(`${article.id}-${width}.webp`), width })),
    };
  }
  item._sahifa = extension;
  return item;
}

interface FeedSpec {
  /** File name without `.json`, relative to public/feed: `latest`, `sections/world`. */
  base: string;
  title: string;
  homePageUrl: string;
  description: string;
  pageSize: number;
  articles: Article[];
}

/** Pages of one paginated feed: `<base>.json`, `<base>-2.json`, … each pointing to the next. */
function feedPages(spec: FeedSpec): { file: string; doc: Record<string, unknown> }[] {
  const pageCount = Math.max(1, Math.ceil(spec.articles.length / spec.pageSize));
  const fileOf = (page: number) => `${spec.base}${page === 1 ? '' : `-${page}`}.json`;
  return Array.from({ length: pageCount }, (_, index) => {
    const page = index + 1;
    const doc: Record<string, unknown> = {
      version: JSON_FEED_VERSION,
      title: spec.title,
      home_page_url: spec.homePageUrl,
      feed_url: `/feed/${fileOf(page)}`,
      language: site.language,
      description: spec.description,
    };
    if (page < pageCount) doc.next_url = `/feed/${fileOf(page + 1)}`;
    doc.items = spec.articles.slice(index * spec.pageSize, page * spec.pageSize).map(toItem);
    return { file: fileOf(page), doc };
  });
}

function siteDocument(): Record<string, unknown> {
  return {
    version: 'sahifa-site/1',
    name: site.name,
    description: site.description,
    language: site.language,
    locale: site.locale,
    time_zone: site.timeZone,
    home_feed_url: '/feed/latest.json',
    logo: mediaUrl('logo.svg'),
    icon: mediaUrl('icon-512.png'),
    sections: sections.map((section) => ({
      slug: section.slug,
      title: section.title,
      description: section.description,
      feed_url: `/feed/sections/${section.slug}.json`,
    })),
  };
}

// ─── Checks on the source data ────────────────────────────────────────────────────────────────

function validate(list: Article[]): void {
  const problems: string[] = [];
  const ids = new Set<string>();
  const slugs = new Set(sections.map((section) => section.slug));
  const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+01:00$/;
  for (const article of list) {
    const where = article.id;
    if (!/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(article.id)) problems.push(`${where}: id is not a YYYY-MM-DD-slug`);
    if (!article.date_published.startsWith(article.id.slice(0, 10))) problems.push(`${where}: id date differs from date_published`);
    if (ids.has(article.id)) problems.push(`${where}: duplicate id`);
    ids.add(article.id);
    if (!slugs.has(article.section)) problems.push(`${where}: unknown section ${article.section}`);
    if (!date.test(article.date_published)) problems.push(`${where}: date_published is not ISO 8601 with +01:00`);
    if (article.date_modified !== undefined && (!date.test(article.date_modified) || article.date_modified <= article.date_published)) {
      problems.push(`${where}: date_modified must be a later ISO 8601 date`);
    }
    if (Boolean(article.html) === Boolean(article.paragraphs)) problems.push(`${where}: give either paragraphs or html`);
    if ((article.html ?? article.paragraphs ?? []).some((block) => block.trim() === '')) problems.push(`${where}: empty block`);
    if (!article.title.trim() || !article.summary.trim() || article.authors.length === 0) problems.push(`${where}: title, summary and an author are required`);
    if (article.image && (!article.image.alt.trim() || !article.image.caption.trim())) problems.push(`${where}: image needs alt and caption`);
  }
  if (problems.length > 0) throw new Error(`articles.ts:\n  ${problems.join('\n  ')}`);
}

// ─── Illustrations ────────────────────────────────────────────────────────────────────────────

interface Colors {
  sky: [string, string];
  /** Three shades, light to dark. */
  layers: [string, string, string];
  accent: string;
  ink: string;
  light: string;
}

const PALETTES: Record<Palette, Colors> = {
  dawn: { sky: ['#f6c1c9', '#fde8d7'], layers: ['#e8a3b5', '#c97f9a', '#9c5b7c'], accent: '#fff3e6', ink: '#4a2a3d', light: '#ffffff' },
  dusk: { sky: ['#f08a3c', '#fcd49a'], layers: ['#c8643b', '#a14a2f', '#6e2f22'], accent: '#fff1c1', ink: '#3a1c17', light: '#ffe9c7' },
  ember: { sky: ['#3b0d0c', '#c2410c'], layers: ['#7c2d12', '#4a1a0c', '#250a05'], accent: '#fdba74', ink: '#1a0705', light: '#fed7aa' },
  gold: { sky: ['#fff4d6', '#f4cf7e'], layers: ['#d9a441', '#b7832f', '#8a5f20'], accent: '#fffaf0', ink: '#3b2a10', light: '#ffffff' },
  indigo: { sky: ['#1e1b4b', '#3730a3'], layers: ['#a5b4fc', '#818cf8', '#6366f1'], accent: '#22d3ee', ink: '#0f0d2e', light: '#e0e7ff' },
  night: { sky: ['#0b1d3a', '#1f3b66'], layers: ['#2a4a7a', '#1b3358', '#0f2140'], accent: '#f5e6a8', ink: '#050b18', light: '#cfe0ff' },
  noon: { sky: ['#4f9fd6', '#cfe8f5'], layers: ['#eac46e', '#d4a24c', '#b07d3a'], accent: '#fff7d6', ink: '#2b3a4a', light: '#ffffff' },
  olive: { sky: ['#f1f6e6', '#d6e8bd'], layers: ['#8bbf6a', '#5f9447', '#3f6b33'], accent: '#f4d35e', ink: '#233d1d', light: '#ffffff' },
  rose: { sky: ['#fde7ea', '#f9c9d2'], layers: ['#ec8fa3', '#d0607c', '#a43c5a'], accent: '#ffffff', ink: '#5a1a2c', light: '#fff5f7' },
  sea: { sky: ['#bfe3f2', '#eaf7fc'], layers: ['#4a9bd1', '#2d74a8', '#1d4f75'], accent: '#ffd166', ink: '#10324a', light: '#ffffff' },
  slate: { sky: ['#e3e9f0', '#bcc8d6'], layers: ['#7d90a8', '#566b86', '#3a4d66'], accent: '#f2f5f8', ink: '#1e2a3a', light: '#ffffff' },
  teal: { sky: ['#e3f4f0', '#b5ded5'], layers: ['#3aa597', '#23867a', '#145e56'], accent: '#f2c14e', ink: '#0b3d38', light: '#ffffff' },
  whitewash: { sky: ['#6fbfe6', '#d6eff9'], layers: ['#fbfbf8', '#eef1f2', '#d9e1e5'], accent: '#2f6f9f', ink: '#1d3b57', light: '#ffffff' },
};

type Random = () => number;

/** mulberry32 seeded with an FNV-1a hash of the article id: every article gets its own picture. */
function seededRandom(seed: string): Random {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
  let state = hash >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Draw {
  rand: Random;
  c: Colors;
  /** A number in [min, max). */
  between(min: number, max: number): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

const W = IMAGE_WIDTH;
const H = IMAGE_HEIGHT;
const n = (value: number) => String(Math.round(value * 10) / 10);

function verticalGradient(id: string, top: string, bottom: string): string {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`;
}

function skyBackground(d: Draw): string {
  return `<defs>${verticalGradient('sky', d.c.sky[0], d.c.sky[1])}</defs><rect width="${W}" height="${H}" fill="url(#sky)"/>`;
}

function sun(x: number, y: number, r: number, color: string, opacity = 0.92): string {
  return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${color}" opacity="${opacity}"/>`;
}

/** Points across the width around `base`, for ridges and dunes. */
function horizonPoints(d: Draw, base: number, amplitude: number, count: number): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i <= count; i++) {
    const x = -40 + ((W + 80) * i) / count + (i > 0 && i < count ? d.between(-40, 40) : 0);
    points.push([x, base - d.between(0, amplitude)]);
  }
  return points;
}

/** Path data for a smooth curve through the points. */
function smoothCurve(points: [number, number][]): string {
  const [first] = points;
  if (!first) return '';
  let dPath = `M${n(first[0])} ${n(first[1])}`;
  for (let i = 1; i < points.length; i++) {
    const [px, py] = points[i - 1]!;
    const [x, y] = points[i]!;
    const mx = (px + x) / 2;
    dPath += ` C${n(mx)} ${n(py)} ${n(mx)} ${n(y)} ${n(x)} ${n(y)}`;
  }
  return dPath;
}

/** A smooth closed shape through the points, down to the bottom edge. */
function smoothLand(points: [number, number][], fill: string): string {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return `<path d="${smoothCurve(points)} L${n(last[0])} ${H} L${n(first[0])} ${H} Z" fill="${fill}"/>`;
}

function jaggedLand(points: [number, number][], fill: string): string {
  const body = points.map(([x, y]) => `${n(x)} ${n(y)}`).join(' L');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return `<path d="M${body} L${n(last[0])} ${H} L${n(first[0])} ${H} Z" fill="${fill}"/>`;
}

function wave(y: number, amplitude: number, length: number, phase: number, fill: string, opacity = 1): string {
  let dPath = `M-20 ${n(y)}`;
  let x = -20;
  for (; x < W + phase + 20; x += length) {
    dPath += ` q${n(length / 4)} ${n(-amplitude)} ${n(length / 2)} 0 t${n(length / 2)} 0`;
  }
  return `<path d="${dPath} L${n(x)} ${H} L-20 ${H} Z" fill="${fill}" opacity="${opacity}" transform="translate(${n(-phase)} 0)"/>`;
}

const SCENES: Record<Scene, (d: Draw) => string> = {
  dunes(d) {
    let svg = skyBackground(d) + sun(d.between(250, 950), d.between(140, 240), d.between(55, 85), d.c.accent, 0.85);
    const fills = [d.c.layers[0], d.c.layers[1], d.c.layers[2], d.c.ink];
    fills.forEach((fill, i) => {
      svg += smoothLand(horizonPoints(d, 360 + i * 80, 70, d.int(4, 6)), fill);
    });
    return svg;
  },

  mountains(d) {
    let svg = skyBackground(d) + sun(d.between(300, 900), d.between(180, 280), d.between(70, 110), d.c.accent, 0.55);
    const fills = [d.c.layers[0], d.c.layers[1], d.c.layers[2], d.c.ink];
    fills.forEach((fill, i) => {
      svg += jaggedLand(horizonPoints(d, 330 + i * 85, 150 - i * 20, d.int(6, 10)), fill);
    });
    return svg;
  },

  heat(d) {
    const cx = d.between(450, 750);
    const cy = d.between(230, 290);
    let svg = skyBackground(d);
    for (let i = 5; i >= 1; i--) svg += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${110 + i * 48}" fill="${d.c.accent}" opacity="${n(0.09 + (5 - i) * 0.03)}"/>`;
    svg += sun(cx, cy, 110, d.c.accent, 0.95);
    for (let i = 0; i < 4; i++) {
      const y = 410 + i * 22;
      svg += `<path d="M${n(d.between(80, 300))} ${y} q40 -14 80 0 t80 0 t80 0 t80 0" fill="none" stroke="${d.c.light}" stroke-width="5" stroke-linecap="round" opacity="0.45"/>`;
    }
    [d.c.layers[0], d.c.layers[1], d.c.layers[2]].forEach((fill, i) => {
      svg += smoothLand(horizonPoints(d, 500 + i * 60, 60, d.int(3, 5)), fill);
    });
    return svg;
  },

  drops(d) {
    let svg = skyBackground(d);
    svg += wave(430, 18, d.between(160, 220), d.between(0, 100), d.c.layers[0], 0.9);
    svg += wave(500, 16, d.between(140, 200), d.between(0, 100), d.c.layers[1]);
    svg += wave(575, 14, d.between(120, 180), d.between(0, 100), d.c.layers[2]);
    const drop = 'M0 -1.7 C0.35 -1.05 1 -0.6 1 0.05 A1 1 0 0 1 -1 0.05 C-1 -0.6 -0.35 -1.05 0 -1.7 Z';
    const count = d.int(3, 4);
    for (let i = 0; i < count; i++) {
      const x = 200 + (i * 800) / (count - 1) + d.between(-50, 50);
      const y = d.between(180, 320);
      const size = d.between(45, 85);
      svg += `<g transform="translate(${n(x)} ${n(y)}) scale(${n(size)})"><path d="${drop}" fill="${d.c.layers[i % 2]}" opacity="0.9"/><ellipse cx="-0.4" cy="-0.1" rx="0.16" ry="0.32" fill="${d.c.light}" opacity="0.7"/></g>`;
    }
    return svg;
  },

  city(d) {
    let svg = skyBackground(d) + sun(d.between(200, 1000), d.between(150, 250), d.between(60, 90), d.c.accent, 0.85);
    const skyline = (baseY: number, minH: number, maxH: number, fill: string, domes: boolean) => {
      let out = '';
      for (let x = -20; x < W + 20; ) {
        const width = d.between(50, 120);
        const height = d.between(minH, maxH);
        out += `<rect x="${n(x)}" y="${n(baseY - height)}" width="${n(width + 1)}" height="${n(height + H - baseY)}" fill="${fill}"/>`;
        if (domes && d.rand() < 0.3) out += `<path d="M${n(x + width * 0.15)} ${n(baseY - height)} a${n(width * 0.35)} ${n(width * 0.35)} 0 0 1 ${n(width * 0.7)} 0 Z" fill="${fill}"/>`;
        if (domes && d.rand() < 0.12) {
          const mx = x + width * 0.5 - 9;
          out += `<rect x="${n(mx)}" y="${n(baseY - height - 120)}" width="18" height="120" fill="${fill}"/><path d="M${n(mx - 4)} ${n(baseY - height - 120)} l13 -26 l13 26 Z" fill="${fill}"/>`;
        }
        x += width;
      }
      return out;
    };
    svg += skyline(520, 90, 260, d.c.layers[0], true);
    svg += skyline(600, 60, 200, d.c.layers[2], true);
    svg += `<rect y="620" width="${W}" height="${H - 620}" fill="${d.c.ink}"/>`;
    return svg;
  },

  houses(d) {
    let svg = skyBackground(d) + sun(d.between(200, 1000), d.between(110, 190), d.between(50, 75), d.c.accent, 0.9);
    const ground = 620;
    for (let x = -30; x < W + 30; ) {
      const width = d.between(150, 230);
      const height = d.between(220, 430);
      const fill = d.pick([d.c.layers[1], d.c.layers[2]]);
      const top = ground - height;
      svg += `<rect x="${n(x)}" y="${n(top)}" width="${n(width - 10)}" height="${n(height)}" fill="${fill}"/>`;
      for (let wy = top + 26; wy < ground - 40; wy += 44) {
        for (let wx = x + 18; wx < x + width - 40; wx += 34) {
          const lit = d.rand() < 0.55;
          svg += `<rect x="${n(wx)}" y="${n(wy)}" width="18" height="24" fill="${lit ? d.c.accent : d.c.ink}" opacity="${lit ? 0.95 : 0.35}"/>`;
        }
      }
      x += width;
    }
    svg += `<rect y="${ground}" width="${W}" height="${H - ground}" fill="${d.c.ink}"/>`;
    return svg;
  },

  hemicycle(d) {
    let svg = skyBackground(d);
    const cx = W / 2;
    const cy = 610;
    const shades = [d.c.layers[0], d.c.layers[1], d.c.layers[2]];
    const splits = [d.between(0.25, 0.4), d.between(0.6, 0.78)];
    for (let row = 0; row < 7; row++) {
      const radius = 170 + row * 58;
      const count = Math.floor((Math.PI * radius) / 36);
      for (let i = 0; i <= count; i++) {
        const share = i / count;
        const angle = Math.PI - share * Math.PI;
        const fill = share < splits[0]! ? shades[0] : share < splits[1]! ? shades[1] : shades[2];
        svg += `<circle cx="${n(cx + radius * Math.cos(angle))}" cy="${n(cy - radius * Math.sin(angle))}" r="12" fill="${fill}"/>`;
      }
    }
    svg += `<rect x="${cx - 70}" y="${cy - 40}" width="140" height="80" rx="10" fill="${d.c.ink}" opacity="0.85"/>`;
    return svg;
  },

  ballot(d) {
    let svg = skyBackground(d);
    for (let i = 0; i < 5; i++) svg += `<circle cx="${n(d.between(0, W))}" cy="${n(d.between(0, H))}" r="${n(d.between(80, 220))}" fill="${d.c.layers[i % 3]}" opacity="0.18"/>`;
    const x = d.between(400, 460);
    const y = 340;
    const w = 340;
    const h = 250;
    const depth = 60;
    svg += `<path d="M${n(x)} ${y} l${depth} -${depth} h${w} l-${depth} ${depth} Z" fill="${d.c.light}" opacity="0.7" stroke="${d.c.ink}" stroke-width="4" stroke-linejoin="round"/>`;
    svg += `<path d="M${n(x + w)} ${y} l${depth} -${depth} v${h} l-${depth} ${depth} Z" fill="${d.c.light}" opacity="0.45" stroke="${d.c.ink}" stroke-width="4" stroke-linejoin="round"/>`;
    svg += `<rect x="${n(x + w * 0.3 + depth / 2)}" y="${y - depth / 2 - 7}" width="${n(w * 0.4)}" height="14" rx="6" fill="${d.c.ink}"/>`;
    const ex = x + w * 0.5 + depth / 2;
    const tilt = d.between(-8, 8);
    svg += `<g transform="translate(${n(ex)} ${y - depth / 2 - 70}) rotate(${n(tilt)})"><rect x="-80" y="-60" width="160" height="110" rx="6" fill="${d.c.accent}" stroke="${d.c.ink}" stroke-width="4"/><path d="M-80 -60 L0 0 L80 -60" fill="none" stroke="${d.c.ink}" stroke-width="4" stroke-linejoin="round"/></g>`;
    svg += `<rect x="${n(x)}" y="${y}" width="${w}" height="${h}" fill="${d.c.light}" opacity="0.55" stroke="${d.c.ink}" stroke-width="4"/>`;
    svg += `<rect x="${n(x + 30)}" y="${y + 30}" width="${w - 60}" height="${h - 60}" fill="none" stroke="${d.c.ink}" stroke-width="2" opacity="0.3"/>`;
    return svg;
  },

  network(d) {
    let svg = skyBackground(d);
    const nodes: [number, number][] = [];
    const count = d.int(16, 22);
    for (let i = 0; i < count; i++) nodes.push([d.between(80, W - 80), d.between(70, H - 70)]);
    const edges = new Set<string>();
    nodes.forEach((node, i) => {
      const nearest = nodes
        .map((other, j) => ({ j, dist: Math.hypot(other[0] - node[0], other[1] - node[1]) }))
        .filter((entry) => entry.j !== i)
        .sort((a, b) => a.dist - b.dist)
        .slice(0, 3);
      for (const { j } of nearest) edges.add(i < j ? `${i}-${j}` : `${j}-${i}`);
    });
    for (const edge of [...edges].sort()) {
      const [a, b] = edge.split('-').map(Number);
      const from = nodes[a!]!;
      const to = nodes[b!]!;
      svg += `<line x1="${n(from[0])}" y1="${n(from[1])}" x2="${n(to[0])}" y2="${n(to[1])}" stroke="${d.c.layers[1]}" stroke-width="4" opacity="0.7"/>`;
    }
    for (const [x, y] of nodes) {
      const r = d.between(9, 18);
      svg += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r + 7)}" fill="${d.c.layers[0]}" opacity="0.35"/><circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${d.c.layers[2]}"/>`;
    }
    return svg;
  },

  globe(d) {
    const cx = d.between(520, 680);
    const cy = 337;
    const r = 215;
    let svg = skyBackground(d);
    for (let i = 0; i < 2; i++) {
      const rx = 330 + i * 70;
      const ry = 90 + i * 30;
      const rot = d.between(-25, 25);
      svg += `<ellipse cx="${n(cx)}" cy="${cy}" rx="${rx}" ry="${ry}" fill="none" stroke="${d.c.light}" stroke-width="3" stroke-dasharray="4 14" stroke-linecap="round" opacity="0.6" transform="rotate(${n(rot)} ${n(cx)} ${cy})"/>`;
      const angle = d.between(0, Math.PI * 2);
      const px = cx + rx * Math.cos(angle);
      const py = cy + ry * Math.sin(angle);
      svg += `<circle cx="${n(px)}" cy="${n(py)}" r="10" fill="${d.c.accent}" transform="rotate(${n(rot)} ${n(cx)} ${cy})"/>`;
    }
    svg += `<defs><clipPath id="ball"><circle cx="${n(cx)}" cy="${cy}" r="${r}"/></clipPath></defs>`;
    svg += `<circle cx="${n(cx)}" cy="${cy}" r="${r}" fill="${d.c.layers[0]}"/>`;
    svg += `<g clip-path="url(#ball)" fill="none" stroke="${d.c.light}" stroke-width="3" opacity="0.55">`;
    for (let i = 1; i < 6; i++) svg += `<ellipse cx="${n(cx)}" cy="${cy}" rx="${n(r * Math.cos((i * Math.PI) / 12))}" ry="${r}"/>`;
    for (let i = -3; i <= 3; i++) svg += `<line x1="${n(cx - r)}" y1="${n(cy + i * 55)}" x2="${n(cx + r)}" y2="${n(cy + i * 55)}"/>`;
    svg += `</g><circle cx="${n(cx)}" cy="${cy}" r="${r}" fill="none" stroke="${d.c.light}" stroke-width="4"/>`;
    return svg;
  },

  leaves(d) {
    const cx = W / 2 + d.between(-60, 60);
    const cy = 337;
    const r = 150;
    let svg = skyBackground(d);
    svg += `<defs><clipPath id="ball"><circle cx="${n(cx)}" cy="${cy}" r="${r}"/></clipPath></defs>`;
    svg += `<circle cx="${n(cx)}" cy="${cy}" r="${r}" fill="${d.c.layers[0]}" opacity="0.55"/>`;
    svg += `<g clip-path="url(#ball)" fill="none" stroke="${d.c.layers[2]}" stroke-width="3" opacity="0.6">`;
    for (let i = 1; i < 5; i++) svg += `<ellipse cx="${n(cx)}" cy="${cy}" rx="${n(r * Math.cos((i * Math.PI) / 10))}" ry="${r}"/>`;
    for (let i = -2; i <= 2; i++) svg += `<line x1="${n(cx - r)}" y1="${n(cy + i * 50)}" x2="${n(cx + r)}" y2="${n(cy + i * 50)}"/>`;
    svg += '</g>';
    const count = d.int(9, 12);
    for (let i = 0; i < count; i++) {
      const angle = (i / count) * 360 + d.between(-10, 10);
      const distance = r + d.between(20, 60);
      const size = d.between(0.8, 1.25);
      const fill = d.c.layers[i % 3];
      svg += `<g transform="translate(${n(cx)} ${cy}) rotate(${n(angle)}) translate(${n(distance)} 0) scale(${n(size)})"><path d="M0 0 C30 -42 95 -42 130 0 C95 42 30 42 0 0 Z" fill="${fill}"/><path d="M6 0 H118" stroke="${d.c.light}" stroke-width="3" opacity="0.7"/></g>`;
    }
    return svg;
  },

  tents(d) {
    let svg = skyBackground(d) + sun(d.between(150, 1050), d.between(90, 160), 55, d.c.accent, 0.95);
    svg += smoothLand(horizonPoints(d, 400, 40, 4), d.c.layers[0]);
    svg += smoothLand(horizonPoints(d, 520, 30, 4), d.c.layers[1]);
    const rows = [
      { y: 430, size: 46, count: 11 },
      { y: 515, size: 70, count: 8 },
      { y: 630, size: 105, count: 6 },
    ];
    for (const row of rows) {
      for (let i = 0; i < row.count; i++) {
        const x = ((i + 0.5) * W) / row.count + d.between(-20, 20);
        const s = row.size * d.between(0.9, 1.1);
        svg += `<path d="M${n(x - s)} ${row.y} L${n(x)} ${n(row.y - s * 0.85)} L${n(x + s)} ${row.y} Z" fill="${d.c.light}"/>`;
        svg += `<path d="M${n(x)} ${n(row.y - s * 0.85)} L${n(x + s)} ${row.y} L${n(x + s * 0.35)} ${row.y} Z" fill="${d.c.ink}" opacity="0.14"/>`;
        svg += `<path d="M${n(x - s * 0.18)} ${row.y} L${n(x)} ${n(row.y - s * 0.4)} L${n(x + s * 0.18)} ${row.y} Z" fill="${d.c.ink}" opacity="0.45"/>`;
      }
    }
    return svg;
  },

  fields(d) {
    let svg = skyBackground(d) + sun(d.between(250, 950), d.between(120, 200), d.between(50, 70), d.c.accent, 0.95);
    const fills = [d.c.layers[0], d.c.layers[1], d.c.layers[2]];
    fills.forEach((fill, i) => {
      const points = horizonPoints(d, 360 + i * 110, 70, d.int(3, 4));
      svg += smoothLand(points, fill);
      for (let k = 1; k <= 4; k++) {
        const furrow = smoothCurve(points.map(([x, y]) => [x, y + k * 22] as [number, number]));
        svg += `<path d="${furrow}" fill="none" stroke="${d.c.ink}" stroke-width="3" opacity="0.18"/>`;
      }
    });
    return svg;
  },

  chart(d) {
    let svg = skyBackground(d);
    for (let y = 120; y < 620; y += 80) svg += `<line x1="90" y1="${y}" x2="${W - 90}" y2="${y}" stroke="${d.c.light}" stroke-width="2" opacity="0.25"/>`;
    const count = d.int(7, 9);
    const gap = (W - 220) / count;
    const tops: [number, number][] = [];
    for (let i = 0; i < count; i++) {
      const height = 120 + (i / (count - 1)) * 300 + d.between(-50, 50);
      const x = 120 + i * gap;
      const top = 600 - height;
      svg += `<rect x="${n(x)}" y="${n(top)}" width="${n(gap * 0.62)}" height="${n(height)}" rx="6" fill="${d.c.layers[i % 3]}"/>`;
      tops.push([x + gap * 0.31, top - 40 - d.between(0, 30)]);
    }
    svg += `<polyline points="${tops.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="none" stroke="${d.c.accent}" stroke-width="7" stroke-linejoin="round" stroke-linecap="round"/>`;
    for (const [x, y] of tops) svg += `<circle cx="${n(x)}" cy="${n(y)}" r="10" fill="${d.c.accent}"/>`;
    svg += `<line x1="90" y1="600" x2="${W - 90}" y2="600" stroke="${d.c.ink}" stroke-width="5" opacity="0.6"/>`;
    return svg;
  },

  coins(d) {
    let svg = skyBackground(d);
    const count = d.int(5, 7);
    const gap = (W - 200) / count;
    for (let i = 0; i < count; i++) {
      const x = 100 + gap * (i + 0.5) + d.between(-15, 15);
      const coins = d.int(5, 22);
      const base = 600 - (i % 2) * 20;
      for (let k = 0; k < coins; k++) {
        const y = base - k * 15;
        svg += `<ellipse cx="${n(x)}" cy="${n(y + 6)}" rx="62" ry="18" fill="${d.c.layers[2]}"/><ellipse cx="${n(x)}" cy="${n(y)}" rx="62" ry="18" fill="${k % 2 ? d.c.layers[0] : d.c.layers[1]}"/>`;
      }
      const topY = base - (coins - 1) * 15;
      svg += `<ellipse cx="${n(x)}" cy="${n(topY)}" rx="42" ry="11" fill="none" stroke="${d.c.light}" stroke-width="3" opacity="0.8"/>`;
    }
    return svg;
  },

  rail(d) {
    const horizon = 330;
    const vx = d.between(520, 680);
    let svg = skyBackground(d) + sun(vx + d.between(-150, 150), horizon - 40, 70, d.c.accent, 0.9);
    svg += smoothLand(horizonPoints(d, horizon + 10, 40, 5), d.c.layers[0]);
    svg += `<defs>${verticalGradient('sand', d.c.layers[0], d.c.layers[1])}</defs><rect y="${horizon}" width="${W}" height="${H - horizon}" fill="url(#sand)"/>`;
    for (let k = 1; k <= 14; k++) {
      const t = (k / 14) ** 2;
      const y = horizon + t * (H - horizon);
      const half = 20 + t * 330;
      svg += `<line x1="${n(vx - half * 1.15)}" y1="${n(y)}" x2="${n(vx + half * 1.15)}" y2="${n(y)}" stroke="${d.c.layers[2]}" stroke-width="${n(2 + t * 18)}"/>`;
    }
    for (const side of [-1, 1]) {
      svg += `<path d="M${n(vx + side * 12)} ${horizon} L${n(vx + side * 340)} ${H}" stroke="${d.c.ink}" stroke-width="10"/>`;
    }
    return svg;
  },

  pipeline(d) {
    let svg = skyBackground(d) + sun(d.between(700, 1050), d.between(110, 180), 60, d.c.accent, 0.95);
    svg += smoothLand(horizonPoints(d, 400, 60, 5), d.c.layers[0]);
    svg += smoothLand(horizonPoints(d, 520, 40, 4), d.c.layers[1]);
    const stackX = d.between(180, 360);
    svg += `<rect x="${n(stackX)}" y="250" width="16" height="200" fill="${d.c.ink}"/>`;
    svg += `<path d="M${n(stackX + 8)} 170 C${n(stackX + 40)} 210 ${n(stackX + 30)} 245 ${n(stackX + 8)} 252 C${n(stackX - 16)} 245 ${n(stackX - 22)} 212 ${n(stackX + 8)} 170 Z" fill="#f28c28"/>`;
    svg += `<path d="M${n(stackX + 8)} 205 C${n(stackX + 22)} 225 ${n(stackX + 18)} 245 ${n(stackX + 8)} 250 C${n(stackX - 4)} 245 ${n(stackX - 6)} 226 ${n(stackX + 8)} 205 Z" fill="#ffd166"/>`;
    for (let i = 0; i < 3; i++) {
      const y = 520 + i * 48;
      const tilt = d.between(-2, 2);
      svg += `<g transform="rotate(${n(tilt)} 600 ${y})">`;
      for (let x = 60; x < W; x += 170) svg += `<rect x="${x}" y="${y + 14}" width="14" height="40" fill="${d.c.layers[2]}"/>`;
      svg += `<rect x="-20" y="${y - 16}" width="${W + 40}" height="32" rx="16" fill="${d.c.ink}"/><rect x="-20" y="${y - 10}" width="${W + 40}" height="6" fill="${d.c.light}" opacity="0.35"/>`;
      for (let x = 140; x < W; x += 260) svg += `<rect x="${x}" y="${y - 20}" width="16" height="40" rx="4" fill="${d.c.ink}"/>`;
      svg += '</g>';
    }
    return svg;
  },

  pitch(d) {
    let svg = `<rect width="${W}" height="${H}" fill="${d.c.layers[2]}"/>`;
    const crowd = [d.c.layers[0], d.c.layers[1], d.c.light];
    for (let y = 12; y < H; y += 16) {
      for (let x = 10; x < W; x += 16) {
        if (x > 70 && x < W - 70 && y > 60 && y < H - 60) continue;
        svg += `<circle cx="${n(x + d.between(-3, 3))}" cy="${n(y + d.between(-3, 3))}" r="4.5" fill="${d.pick(crowd)}" opacity="${n(d.between(0.45, 0.9))}"/>`;
      }
    }
    const left = 90;
    const top = 80;
    const right = W - 90;
    const bottom = H - 80;
    const width = right - left;
    const stripes = 12;
    for (let i = 0; i < stripes; i++) {
      svg += `<rect x="${n(left + (i * width) / stripes)}" y="${top}" width="${n(width / stripes + 0.5)}" height="${bottom - top}" fill="${i % 2 ? '#3e8e41' : '#47a04b'}"/>`;
    }
    const mid = (top + bottom) / 2;
    const line = `fill="none" stroke="#ffffff" stroke-width="5" opacity="0.9"`;
    svg += `<rect x="${left + 20}" y="${top + 20}" width="${width - 40}" height="${bottom - top - 40}" ${line}/>`;
    svg += `<line x1="${W / 2}" y1="${top + 20}" x2="${W / 2}" y2="${bottom - 20}" ${line}/><circle cx="${W / 2}" cy="${mid}" r="72" ${line}/><circle cx="${W / 2}" cy="${mid}" r="6" fill="#ffffff"/>`;
    for (const side of [left + 20, right - 20]) {
      const dir = side < W / 2 ? 1 : -1;
      const boxX = dir === 1 ? side : side - 150;
      const smallX = dir === 1 ? side : side - 55;
      svg += `<rect x="${boxX}" y="${mid - 150}" width="150" height="300" ${line}/><rect x="${smallX}" y="${mid - 65}" width="55" height="130" ${line}/>`;
    }
    return svg;
  },

  track(d) {
    let svg = skyBackground(d);
    const cx = W / 2 + d.between(-120, 120);
    const cy = 1030;
    svg += `<ellipse cx="${n(cx)}" cy="${cy}" rx="1100" ry="760" fill="${d.c.layers[1]}"/>`;
    svg += `<ellipse cx="${n(cx)}" cy="${cy}" rx="1040" ry="720" fill="${d.c.layers[0]}"/>`;
    for (let lane = 0; lane <= 6; lane++) {
      svg += `<ellipse cx="${n(cx)}" cy="${cy}" rx="${1020 - lane * 44}" ry="${700 - lane * 40}" fill="none" stroke="#ffffff" stroke-width="5" opacity="0.9"/>`;
    }
    svg += `<ellipse cx="${n(cx)}" cy="${cy}" rx="${1020 - 6 * 44 - 3}" ry="${700 - 6 * 40 - 3}" fill="${d.c.layers[2]}"/>`;
    return svg;
  },

  stage(d) {
    let svg = `<rect width="${W}" height="${H}" fill="${d.c.ink}"/>`;
    svg += `<path d="M0 520 H${W} L${W} ${H} H0 Z" fill="${d.c.layers[1]}"/>`;
    const spot = d.between(480, 720);
    svg += `<path d="M${n(spot - 40)} 0 H${n(spot + 40)} L${n(spot + 210)} 590 H${n(spot - 210)} Z" fill="${d.c.light}" opacity="0.13"/>`;
    svg += `<ellipse cx="${n(spot)}" cy="590" rx="220" ry="42" fill="${d.c.light}" opacity="0.32"/>`;
    const curtain = (x0: number, dir: 1 | -1) => {
      const inner = x0 + dir * d.between(250, 330);
      let out = `<path d="M${x0} 0 H${n(inner)} C${n(inner - dir * 60)} 200 ${n(inner + dir * 40)} 380 ${n(inner - dir * 120)} ${H} H${x0} Z" fill="${d.c.layers[0]}"/>`;
      for (let k = 1; k <= 4; k++) {
        const fx = x0 + dir * ((inner - x0) * dir * k) / 5;
        out += `<path d="M${n(fx)} 0 C${n(fx - dir * 20)} 220 ${n(fx + dir * 10)} 420 ${n(fx - dir * 50)} ${H}" stroke="${d.c.layers[2]}" stroke-width="14" fill="none" opacity="0.5"/>`;
      }
      return out;
    };
    svg += curtain(0, 1) + curtain(W, -1);
    let valance = `M0 0 H${W} V70`;
    for (let x = W; x > 0; x -= 100) valance += ` q-50 50 -100 0`;
    svg += `<path d="${valance} Z" fill="${d.c.layers[0]}"/><path d="M0 8 H${W}" stroke="${d.c.accent}" stroke-width="6" opacity="0.6"/>`;
    return svg;
  },

  columns(d) {
    let svg = skyBackground(d) + sun(d.between(200, 1000), d.between(160, 240), 75, d.c.accent, 0.85);
    svg += `<rect y="560" width="${W}" height="${H - 560}" fill="${d.c.layers[2]}"/>`;
    const archX = d.pick([180, 840]);
    svg += `<defs><mask id="arch"><rect width="${W}" height="${H}" fill="#fff"/><path d="M${archX + 70} 560 V400 a70 70 0 0 1 140 0 V560 Z" fill="#000"/></mask></defs>`;
    svg += `<rect x="${archX}" y="240" width="280" height="320" fill="${d.c.layers[1]}" mask="url(#arch)"/><rect x="${archX - 14}" y="226" width="308" height="26" fill="${d.c.layers[1]}"/>`;
    const start = archX === 180 ? 520 : 80;
    for (let i = 0; i < 6; i++) {
      const x = start + i * 92;
      const broken = d.rand() < 0.3;
      const top = broken ? d.between(380, 460) : 300;
      svg += `<rect x="${x}" y="${n(top)}" width="40" height="${n(540 - top)}" fill="${d.c.layers[0]}"/>`;
      if (!broken) svg += `<rect x="${x - 10}" y="284" width="60" height="18" fill="${d.c.layers[0]}"/>`;
      svg += `<rect x="${x - 8}" y="538" width="56" height="22" fill="${d.c.layers[0]}"/>`;
    }
    return svg;
  },

  casbah(d) {
    let svg = skyBackground(d);
    svg += `<path d="M0 500 H${W} V${H} H0 Z" fill="#2f7fb5"/><path d="M0 540 H${W} V${H} H0 Z" fill="#276b99"/>`;
    svg += `<path d="M300 ${H} C520 520 760 260 ${W} 120 V${H} Z" fill="${d.c.layers[2]}"/>`;
    for (let row = 0; row < 9; row++) {
      const y = 640 - row * 62;
      const startX = 330 + row * 95 - d.between(0, 40);
      for (let x = startX; x < W + 40; ) {
        const w = d.between(70, 120);
        const h = d.between(60, 95);
        const fill = d.pick([d.c.layers[0], d.c.layers[1], d.c.light]);
        svg += `<rect x="${n(x)}" y="${n(y - h)}" width="${n(w)}" height="${n(h + 20)}" fill="${fill}"/><rect x="${n(x + w - 14)}" y="${n(y - h)}" width="14" height="${n(h + 20)}" fill="${d.c.ink}" opacity="0.08"/>`;
        if (d.rand() < 0.7) svg += `<rect x="${n(x + w * 0.3)}" y="${n(y - h * 0.55)}" width="${n(w * 0.18)}" height="${n(h * 0.3)}" fill="${d.c.accent}" opacity="0.85"/>`;
        if (d.rand() < 0.35) svg += `<path d="M${n(x + w * 0.6)} ${n(y + 20)} v-30 a10 10 0 0 1 20 0 v30 Z" fill="${d.c.ink}" opacity="0.55"/>`;
        x += w + d.between(-6, 4);
      }
    }
    return svg;
  },

  film(d) {
    let svg = skyBackground(d);
    svg += `<path d="M0 ${n(d.between(60, 140))} L${W} -80 L${W} 420 Z" fill="${d.c.light}" opacity="0.12"/>`;
    const angle = d.between(-22, -12);
    svg += `<g transform="translate(600 390) rotate(${n(angle)})">`;
    svg += `<rect x="-760" y="-95" width="1520" height="190" fill="${d.c.ink}"/>`;
    for (let x = -740; x < 760; x += 44) svg += `<rect x="${x}" y="-82" width="24" height="18" rx="4" fill="${d.c.light}" opacity="0.75"/><rect x="${x}" y="64" width="24" height="18" rx="4" fill="${d.c.light}" opacity="0.75"/>`;
    for (let x = -740; x < 760; x += 190) svg += `<rect x="${x}" y="-52" width="170" height="104" rx="4" fill="${d.pick([d.c.layers[0], d.c.layers[1], d.c.accent])}" opacity="0.85"/>`;
    svg += '</g>';
    return svg;
  },

  books(d) {
    let svg = skyBackground(d);
    const colors = [d.c.layers[0], d.c.layers[1], d.c.layers[2], d.c.ink, d.c.light];
    for (const shelfY of [250, 450, 650]) {
      for (let x = 70; x < W - 110; ) {
        const w = d.between(24, 50);
        const h = d.between(110, 170);
        const fill = d.pick(colors);
        const lean = d.rand() < 0.08 ? d.between(-12, -6) : 0;
        svg += `<g transform="rotate(${n(lean)} ${n(x + w)} ${shelfY})"><rect x="${n(x)}" y="${n(shelfY - h)}" width="${n(w)}" height="${n(h)}" rx="3" fill="${fill}"/><rect x="${n(x + 4)}" y="${n(shelfY - h + 16)}" width="${n(w - 8)}" height="6" fill="${d.c.accent}" opacity="0.5"/></g>`;
        x += w + (lean ? 22 : d.between(2, 5));
      }
      svg += `<rect x="40" y="${shelfY}" width="${W - 80}" height="18" rx="3" fill="${d.c.ink}"/>`;
    }
    return svg;
  },

  pencils(d) {
    let svg = skyBackground(d);
    const rot = d.between(-8, -3);
    svg += `<g transform="rotate(${n(rot)} 600 337)"><rect x="230" y="70" width="740" height="540" rx="8" fill="#ffffff"/>`;
    for (let y = 130; y < 600; y += 36) svg += `<line x1="230" y1="${y}" x2="970" y2="${y}" stroke="${d.c.layers[0]}" stroke-width="2" opacity="0.55"/>`;
    svg += `<line x1="310" y1="70" x2="310" y2="610" stroke="#e07a7a" stroke-width="3" opacity="0.8"/></g>`;
    const colors = ['#f4b400', '#e94f37', '#3f88c5', '#44bba4', '#8e6c8a'];
    const count = d.int(3, 5);
    for (let i = 0; i < count; i++) {
      const x = 260 + i * 150 + d.between(-20, 20);
      const y = 220 + d.between(-40, 120);
      const angle = d.between(-40, -25);
      const color = colors[(i + d.int(0, 4)) % colors.length]!;
      svg += `<g transform="translate(${n(x)} ${n(y)}) rotate(${n(angle)})"><rect x="0" y="-17" width="420" height="34" fill="${color}"/><rect x="0" y="-17" width="420" height="11" fill="#ffffff" opacity="0.2"/><path d="M420 -17 L490 0 L420 17 Z" fill="#f1d3a0"/><path d="M470 -5 L490 0 L470 5 Z" fill="#333333"/><rect x="-26" y="-17" width="26" height="34" fill="#b8b8b8"/><rect x="-62" y="-17" width="38" height="34" rx="6" fill="#f4a6b8"/></g>`;
    }
    return svg;
  },

  plane(d) {
    let svg = skyBackground(d) + sun(d.between(200, 1000), d.between(380, 460), 80, d.c.accent, 0.9);
    const cloud = (x: number, y: number, s: number) =>
      `<g transform="translate(${n(x)} ${n(y)}) scale(${n(s)})" fill="#ffffff" opacity="0.92"><circle cx="0" cy="0" r="50"/><circle cx="55" cy="-22" r="62"/><circle cx="120" cy="0" r="48"/><rect x="0" y="0" width="120" height="50"/></g>`;
    for (let i = 0; i < 6; i++) svg += cloud(d.between(-60, W - 60), d.between(470, 600), d.between(0.8, 1.6));
    svg += cloud(d.between(40, W - 200), d.between(110, 220), d.between(0.5, 0.8));
    const px = d.between(380, 700);
    const py = d.between(230, 300);
    const tilt = d.between(-14, -6);
    svg += `<g transform="translate(${n(px)} ${n(py)}) rotate(${n(tilt)}) scale(1.5)" fill="${d.c.ink}"><path d="M-150 0 C-150 -16 -130 -20 -100 -20 H120 C150 -20 175 -10 185 0 C175 10 150 14 120 14 H-100 C-130 14 -150 12 -150 0 Z"/><path d="M-10 -4 L-70 -95 H-40 L60 -4 Z"/><path d="M-10 6 L-50 70 H-25 L40 8 Z" opacity="0.8"/><path d="M-120 -16 L-150 -70 H-128 L-88 -18 Z"/></g>`;
    return svg;
  },

  ribbon(d) {
    let svg = skyBackground(d);
    for (let i = 0; i < 7; i++) svg += `<circle cx="${n(d.between(0, W))}" cy="${n(d.between(0, H))}" r="${n(d.between(50, 200))}" fill="${d.c.layers[0]}" opacity="0.16"/>`;
    const x = d.between(540, 660);
    svg += `<g transform="translate(${n(x)} 360) scale(1.35)" fill="none" stroke-linejoin="round">`;
    svg += `<path d="M-85 170 L10 -10" stroke="${d.c.layers[2]}" stroke-width="54"/>`;
    svg += `<path d="M-10 -10 C-70 -100 -45 -175 0 -175 C45 -175 70 -100 10 -10 L85 170" stroke="${d.c.layers[1]}" stroke-width="54"/>`;
    svg += `<path d="M-10 -10 C-70 -100 -45 -175 0 -175 C45 -175 70 -100 10 -10 L85 170" stroke="${d.c.light}" stroke-width="6" opacity="0.35" transform="translate(-12 0)"/>`;
    svg += '</g>';
    return svg;
  },

  bridge(d) {
    let svg = skyBackground(d) + sun(d.between(300, 900), d.between(120, 190), 65, d.c.accent, 0.9);
    const deck = 250;
    const left = 150;
    const right = W - 150;
    const arches = 6;
    const span = (right - left) / arches;
    let holes = '';
    for (let i = 0; i < arches; i++) {
      const x0 = left + i * span + 18;
      const x1 = left + (i + 1) * span - 18;
      const r = (x1 - x0) / 2;
      holes += `<path d="M${n(x0)} ${H} V${n(deck + 40 + r)} A${n(r)} ${n(r)} 0 0 1 ${n(x1)} ${n(deck + 40 + r)} V${H} Z" fill="#000"/>`;
    }
    svg += `<defs><mask id="arches"><rect width="${W}" height="${H}" fill="#fff"/>${holes}</mask></defs>`;
    svg += `<rect x="${left}" y="${deck}" width="${right - left}" height="${H - deck}" fill="${d.c.layers[1]}" mask="url(#arches)"/>`;
    svg += `<rect x="${left - 20}" y="${deck - 16}" width="${right - left + 40}" height="22" fill="${d.c.layers[2]}"/>`;
    svg += `<path d="M0 ${n(d.between(180, 230))} L${left + 30} ${deck - 10} L${left + 60} ${H} H0 Z" fill="${d.c.ink}"/>`;
    svg += `<path d="M${W} ${n(d.between(160, 220))} L${right - 30} ${deck - 10} L${right - 60} ${H} H${W} Z" fill="${d.c.ink}"/>`;
    svg += `<path d="M${left + 40} ${H} C400 600 800 640 ${right - 40} ${H} Z" fill="${d.c.layers[2]}"/>`;
    return svg;
  },

  signal(d) {
    let svg = skyBackground(d);
    const x = d.between(520, 680);
    const topY = 230;
    for (let i = 1; i <= 5; i++) {
      const r = 70 + i * 70;
      const opacity = n(0.85 - i * 0.13);
      svg += `<path d="M${n(x - r * 0.7)} ${n(topY - r * 0.7)} A${r} ${r} 0 0 0 ${n(x - r * 0.7)} ${n(topY + r * 0.7)}" fill="none" stroke="${d.c.accent}" stroke-width="9" stroke-linecap="round" opacity="${opacity}"/>`;
      svg += `<path d="M${n(x + r * 0.7)} ${n(topY - r * 0.7)} A${r} ${r} 0 0 1 ${n(x + r * 0.7)} ${n(topY + r * 0.7)}" fill="none" stroke="${d.c.accent}" stroke-width="9" stroke-linecap="round" opacity="${opacity}"/>`;
    }
    const base = 640;
    const halfBase = 120;
    let lattice = `M${n(x - halfBase)} ${base} L${n(x)} ${topY} L${n(x + halfBase)} ${base}`;
    for (let k = 1; k < 6; k++) {
      const y = topY + ((base - topY) * k) / 6;
      const half = (halfBase * k) / 6;
      const nextY = topY + ((base - topY) * (k + 1)) / 6;
      const nextHalf = (halfBase * (k + 1)) / 6;
      lattice += ` M${n(x - half)} ${n(y)} H${n(x + half)} M${n(x - half)} ${n(y)} L${n(x + nextHalf)} ${n(nextY)} M${n(x + half)} ${n(y)} L${n(x - nextHalf)} ${n(nextY)}`;
    }
    svg += `<path d="${lattice}" fill="none" stroke="${d.c.light}" stroke-width="7" stroke-linejoin="round"/>`;
    svg += `<circle cx="${n(x)}" cy="${topY}" r="18" fill="${d.c.accent}"/><rect y="${base}" width="${W}" height="${H - base}" fill="${d.c.ink}"/>`;
    return svg;
  },

  circuit(d) {
    let svg = `<defs>${verticalGradient('bg', d.c.ink, d.c.layers[2])}</defs><rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    const step = 50;
    for (let i = 0; i < 26; i++) {
      let x = d.int(1, W / step - 1) * step;
      let y = d.int(1, H / step - 1) * step;
      let path = `M${x} ${y}`;
      let horizontal = d.rand() < 0.5;
      const turns = d.int(2, 5);
      for (let t = 0; t < turns; t++) {
        const length = d.int(1, 5) * step * (d.rand() < 0.5 ? -1 : 1);
        if (horizontal) x = Math.min(W - step, Math.max(step, x + length));
        else y = Math.min(H - step, Math.max(step, y + length));
        path += ` L${x} ${y}`;
        horizontal = !horizontal;
      }
      svg += `<path d="${path}" fill="none" stroke="${d.c.layers[0]}" stroke-width="5" stroke-linejoin="round" opacity="0.75"/><circle cx="${x}" cy="${y}" r="10" fill="${d.pick([d.c.accent, d.c.light])}"/>`;
    }
    const cx = d.int(8, 16) * step;
    const cy = d.int(4, 9) * step;
    svg += `<rect x="${cx - 90}" y="${cy - 90}" width="180" height="180" rx="14" fill="${d.c.ink}" stroke="${d.c.layers[0]}" stroke-width="6"/>`;
    for (let k = -3; k <= 3; k++) {
      svg += `<rect x="${cx + k * 22 - 5}" y="${cy - 112}" width="10" height="22" fill="${d.c.layers[0]}"/><rect x="${cx + k * 22 - 5}" y="${cy + 90}" width="10" height="22" fill="${d.c.layers[0]}"/>`;
    }
    svg += `<rect x="${cx - 50}" y="${cy - 50}" width="100" height="100" rx="8" fill="${d.c.accent}" opacity="0.8"/>`;
    return svg;
  },
};

function illustration(article: Article): string {
  const spec = article.image!;
  const rand = seededRandom(article.id);
  const draw: Draw = {
    rand,
    c: PALETTES[spec.palette],
    between: (min, max) => min + rand() * (max - min),
    int: (min, max) => min + Math.floor(rand() * (max - min + 1)),
    pick: (items) => items[Math.floor(rand() * items.length)]!,
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${SCENES[spec.scene](draw)}</svg>`;
}

/** The emblem: a folded newspaper on a rounded square. No text, no fonts. */
const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="112" fill="#0f5e55"/>
  <path d="M376 196 h20 a20 20 0 0 1 20 20 v150 a42 42 0 0 1 -42 42 z" fill="#d9cba6"/>
  <path d="M104 128 a24 24 0 0 1 24 -24 h224 a24 24 0 0 1 24 24 v240 a40 40 0 0 0 40 40 h-268 a44 44 0 0 1 -44 -44 z" fill="#fbf6ea"/>
  <rect x="140" y="140" width="200" height="30" rx="8" fill="#0f5e55"/>
  <rect x="140" y="196" width="92" height="84" rx="8" fill="#d9a441"/>
  <g fill="#9fb8b1">
    <rect x="250" y="198" width="90" height="12" rx="6"/>
    <rect x="250" y="222" width="90" height="12" rx="6"/>
    <rect x="250" y="246" width="90" height="12" rx="6"/>
    <rect x="250" y="270" width="60" height="12" rx="6"/>
    <rect x="140" y="304" width="200" height="12" rx="6"/>
    <rect x="140" y="328" width="200" height="12" rx="6"/>
    <rect x="140" y="352" width="140" height="12" rx="6"/>
  </g>
</svg>
`;

// ─── Main ─────────────────────────────────────────────────────────────────────────────────────

async function writeJson(relative: string, doc: unknown): Promise<void> {
  const file = path.join(OUT, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`);
}

async function main(): Promise<void> {
  validate(articles);
  const sharp = loadSharp();
  const newestFirst = [...articles].sort((a, b) => Date.parse(b.date_published) - Date.parse(a.date_published) || a.id.localeCompare(b.id));

  await rm(OUT, { recursive: true, force: true });
  await mkdir(path.join(OUT, 'media'), { recursive: true });

  await writeJson('site.json', siteDocument());
  const feeds: FeedSpec[] = [
    {
      base: 'latest',
      title: `${site.name} — آخر الأخبار`,
      homePageUrl: '/',
      description: site.latestDescription,
      pageSize: LATEST_PAGE_SIZE,
      articles: newestFirst,
    },
    ...sections.map((section) => ({
      base: `sections/${section.slug}`,
      title: `${site.name} — ${section.title}`,
      homePageUrl: `/sections/${section.slug}`,
      description: section.description,
      pageSize: SECTION_PAGE_SIZE,
      articles: newestFirst.filter((article) => article.section === section.slug),
    })),
  ];
  let pageCount = 0;
  for (const feed of feeds) {
    for (const page of feedPages(feed)) {
      await writeJson(page.file, page.doc);
      pageCount++;
    }
  }
  for (const article of newestFirst) await writeJson(`items/${article.id}.json`, toItem(article));

  await writeFile(path.join(OUT, 'media/logo.svg'), LOGO_SVG);
  for (const size of [192, 512]) {
    const png = await sharp(Buffer.from(LOGO_SVG), { density: (72 * size) / 512 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
    await writeFile(path.join(OUT, `media/icon-${size}.png`), png);
  }
  let imageCount = 0;
  for (const article of newestFirst.filter((entry) => entry.image)) {
    const svg = Buffer.from(illustration(article));
    for (const width of IMAGE_WIDTHS) {
      const height = Math.round((width * IMAGE_HEIGHT) / IMAGE_WIDTH);
      const webp = await sharp(svg).resize(width, height).webp({ quality: WEBP_QUALITY, effort: 6 }).toBuffer();
      await writeFile(path.join(OUT, `media/${article.id}-${width}.webp`), webp);
      imageCount++;
    }
  }
  const perSection = sections.map((section) => `${section.slug} ${articles.filter((a) => a.section === section.slug).length}`).join(', ');
  console.log(`public/feed: ${articles.length} articles (${perSection}), ${pageCount} feed pages, ${imageCount} images`);
}

await main();
