/**
 * Measures the metric-adjusted fallback faces in src/styles/font-fallbacks.css, in a real browser.
 *
 * While a Noto woff2 is on its way (font-display: swap), the text is drawn in a font the device
 * already has. Unadjusted, that font's Arabic runs are wider or narrower, lines wrap differently and
 * everything below jumps when the web font arrives. Each fallback face here names a device font with
 * `size-adjust` chosen so the sample feed's text (headlines for the Kufi face, article bodies for
 * Naskh) takes the same width as in the Noto face it stands in for, and ascent/descent overrides
 * that put its baseline where Noto's is. Widths are measured with Chromium's own shaping (joined
 * Arabic forms, not isolated glyphs), then checked again with the adjusted face.
 *
 * Only fonts installed on this machine can be measured; the others are reported and left out, and
 * --write replaces the file with what this machine measured (so a run on Windows, to add Tahoma,
 * must keep the faces measured here by hand). A face also needs its family in the font stacks of
 * src/styles/index.css; the script names any that are missing.
 *
 *   node scripts/font-fallbacks.ts [--write] [--chromium /usr/bin/chromium]
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values } = parseArgs({
  options: { write: { type: 'boolean', default: false }, chromium: { type: 'string', default: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
});
const OUTPUT = 'src/styles/font-fallbacks.css';
const STACKS = 'src/styles/index.css';
const FONTSOURCE = 'node_modules/@fontsource';

interface Face {
  /** The family the app asks for; the fallback family is named after it. */
  family: string;
  weight: 400 | 700;
  woff2: string;
  /** What the face sets in the app, so the widths are measured on that text. */
  sample: 'bodies' | 'headlines';
}
interface Candidate {
  /** Names `local()` matches: full name and PostScript name, as the font declares them. */
  local: string[];
  label: string;
}

const FACES: Face[] = [
  { family: 'Noto Naskh Arabic', weight: 400, woff2: 'noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2', sample: 'bodies' },
  { family: 'Noto Naskh Arabic', weight: 700, woff2: 'noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2', sample: 'headlines' },
  { family: 'Noto Kufi Arabic', weight: 700, woff2: 'noto-kufi-arabic/files/noto-kufi-arabic-arabic-700-normal.woff2', sample: 'headlines' },
];

/**
 * Device fonts with Arabic, in the order they are tried. Android ships Noto Naskh Arabic (which
 * also stands in for the Kufi headings there) and Noto Sans Arabic; Linux desktops and ChromeOS
 * have Noto Sans Arabic or DejaVu Sans; Windows Tahoma, Segoe UI, Arial; Apple Geeza Pro.
 */
const CANDIDATES: Record<400 | 700, Candidate[]> = {
  400: [
    { label: 'Noto Sans Arabic', local: ['Noto Sans Arabic Regular', 'NotoSansArabic-Regular'] },
    { label: 'DejaVu Sans', local: ['DejaVu Sans', 'DejaVuSans'] },
    { label: 'Segoe UI', local: ['Segoe UI', 'SegoeUI'] },
    { label: 'Tahoma', local: ['Tahoma'] },
    { label: 'Arial', local: ['Arial', 'ArialMT'] },
    { label: 'Geeza Pro', local: ['Geeza Pro Regular', 'GeezaPro'] },
  ],
  700: [
    { label: 'Noto Sans Arabic', local: ['Noto Sans Arabic Bold', 'NotoSansArabic-Bold'] },
    { label: 'Noto Naskh Arabic', local: ['Noto Naskh Arabic Bold', 'NotoNaskhArabic-Bold'] },
    { label: 'DejaVu Sans', local: ['DejaVu Sans Bold', 'DejaVuSans-Bold'] },
    { label: 'Segoe UI', local: ['Segoe UI Bold', 'SegoeUI-Bold'] },
    { label: 'Tahoma', local: ['Tahoma Bold', 'Tahoma-Bold'] },
    { label: 'Arial', local: ['Arial Bold', 'Arial-BoldMT'] },
    { label: 'Geeza Pro', local: ['Geeza Pro Bold', 'GeezaPro-Bold'] },
  ],
};

interface Metrics {
  /** Width of each sample paragraph on one line, in px at 100px. */
  widths: number[];
  ascent: number;
  descent: number;
}
interface Measured {
  candidate: Candidate;
  sizeAdjust: number;
  ascentOverride: number;
  descentOverride: number;
  /** After adjusting: total width relative to Noto, and the worst single paragraph. */
  totalError: number;
  worstParagraphError: number;
}

const samples = await sampleTexts();
const browser = await chromium.launch({ executablePath: values.chromium, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const ORIGIN = 'http://fonts.sahifa.test';
await page.route(`${ORIGIN}/**`, async (route) => {
  const path = new URL(route.request().url()).pathname;
  if (path === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><body></body>' });
  return route.fulfill({ contentType: 'font/woff2', body: await readFile(join(FONTSOURCE, decodeURIComponent(path.slice(1)))) });
});
await page.goto(`${ORIGIN}/`);

const appFonts = await readFile('src/styles/fonts.css', 'utf8');
const results: { face: Face; unicodeRange: string; measured: Measured[]; missing: string[] }[] = [];
for (const face of FACES) {
  const texts = samples[face.sample];
  const noto = await measure(`url('${ORIGIN}/${face.woff2}')`, texts, face.weight, {});
  if (!noto) throw new Error(`font-fallbacks: could not load ${face.woff2}`);
  const measured: Measured[] = [];
  const missing: string[] = [];
  // A face's own device copy is already its first source (fonts.css), not a fallback.
  for (const candidate of CANDIDATES[face.weight].filter(({ label }) => label !== face.family)) {
    const src = candidate.local.map((name) => `local('${name}')`).join(', ');
    const plain = await measure(src, texts, face.weight, {});
    if (!plain) {
      missing.push(candidate.label);
      continue;
    }
    const sizeAdjust = sum(noto.widths) / sum(plain.widths);
    // The overrides are scaled by size-adjust too, so they are divided by it here.
    const ascentOverride = noto.ascent / 100 / sizeAdjust;
    const descentOverride = noto.descent / 100 / sizeAdjust;
    const adjusted = (await measure(src, texts, face.weight, { sizeAdjust, ascentOverride, descentOverride }))!;
    const ratios = adjusted.widths.map((width, index) => width / noto.widths[index]!);
    measured.push({
      candidate,
      sizeAdjust,
      ascentOverride,
      descentOverride,
      totalError: sum(adjusted.widths) / sum(noto.widths) - 1,
      worstParagraphError: Math.max(...ratios.map((ratio) => Math.abs(ratio - 1))),
    });
    if (Math.abs(adjusted.ascent - noto.ascent) > 1 || Math.abs(adjusted.descent - noto.descent) > 1) {
      throw new Error(`${face.family} ${face.weight} / ${candidate.label}: adjusted ascent/descent ${adjusted.ascent}/${adjusted.descent}, Noto ${noto.ascent}/${noto.descent}`);
    }
  }
  results.push({ face, unicodeRange: unicodeRangeOf(face), measured, missing });
}
await browser.close();

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;
for (const { face, measured, missing } of results) {
  console.log(`${face.family} ${face.weight} (${samples[face.sample].length} ${face.sample})`);
  for (const m of measured) {
    console.log(
      `  ${m.candidate.label.padEnd(18)} size-adjust ${percent(m.sizeAdjust).padStart(8)}  after: total ${percent(m.totalError).padStart(7)}, worst paragraph ${percent(m.worstParagraphError).padStart(6)}`,
    );
  }
  if (missing.length) console.log(`  not installed here, left out: ${missing.join(', ')}`);
}

const css = stylesheet(results);
if (values.write) {
  await writeFile(OUTPUT, css);
  console.log(`wrote ${OUTPUT}`);
} else if (css !== (await readFile(OUTPUT, 'utf8').catch(() => ''))) {
  console.log(`${OUTPUT} differs from this measurement; run with --write to update it`);
}
// A face only helps once a font stack names it; the stacks are the typography tokens' to keep.
const tokens = await readFile(STACKS, 'utf8');
const unnamed = results.flatMap(({ face, measured }) => measured.map((m) => fallbackFamily(face.family, m.candidate.label))).filter((family) => !tokens.includes(`'${family}'`));
if (unnamed.length) console.log(`not yet in the font stacks of ${STACKS}: ${[...new Set(unnamed)].map((family) => `'${family}'`).join(', ')}`);

function stylesheet(measurements: typeof results): string {
  const faces = measurements.flatMap(({ face, unicodeRange, measured }) =>
    measured.map(
      (m) => `@font-face {
  font-family: '${fallbackFamily(face.family, m.candidate.label)}';
  font-weight: ${face.weight};
  src: ${m.candidate.local.map((name) => `local('${name}')`).join(', ')};
  size-adjust: ${percent(m.sizeAdjust)};
  ascent-override: ${percent(m.ascentOverride)};
  descent-override: ${percent(m.descentOverride)};
  line-gap-override: 0%;
  unicode-range: ${unicodeRange};
}
`,
    ),
  );
  const stacks = [...new Set(measurements.map(({ face }) => face.family))].map(
    (family) =>
      ` *   ${family}: ${[...new Set(measurements.filter(({ face }) => face.family === family).flatMap(({ measured }) => measured.map((m) => `'${fallbackFamily(family, m.candidate.label)}'`)))].join(', ')}`,
  );
  return `/*
 * Generated by scripts/font-fallbacks.ts (node scripts/font-fallbacks.ts --write); do not edit.
 * Device fonts sized to take the width of the Noto face they stand in for while it loads, so its
 * arrival moves no line. Font stacks (src/styles/index.css) list them after the Noto face:
${stacks.join('\n')}
 */

${faces.join('\n')}`;
}

/**
 * The face's Arabic range, from the app's own rule for it (fonts.css), with the spaces, digits and
 * punctuation that run through Arabic text (measured with it). Latin letters are left to fonts that
 * were not scaled for another script.
 */
function unicodeRangeOf(face: Face): string {
  const file = face.woff2.split('/').pop()!;
  const rule = appFonts.split('@font-face').find((block) => block.includes(file));
  const range = rule?.match(/unicode-range:\s*([^;]+);/)?.[1];
  if (!range) throw new Error(`src/styles/fonts.css has no unicode-range for ${file}`);
  return `U+0020-0040,U+00A0,${range.trim()}`;
}

function fallbackFamily(family: string, candidate: string): string {
  return `${family} fallback ${candidate}`;
}

/** Loads `src` as a face and measures the texts in it; undefined when the font is not there. */
async function measure(src: string, texts: string[], weight: number, adjust: { sizeAdjust?: number; ascentOverride?: number; descentOverride?: number }): Promise<Metrics | undefined> {
  return page.evaluate(
    async ({ src, texts, weight, adjust }) => {
      const descriptors: FontFaceDescriptors & Record<string, string> = { weight: String(weight) };
      if (adjust.sizeAdjust) descriptors.sizeAdjust = `${adjust.sizeAdjust * 100}%`;
      if (adjust.ascentOverride) descriptors.ascentOverride = `${adjust.ascentOverride * 100}%`;
      if (adjust.descentOverride) descriptors.descentOverride = `${adjust.descentOverride * 100}%`;
      const family = `measured-${Math.random().toString(36).slice(2)}`;
      const face = new FontFace(family, src, descriptors);
      try {
        await face.load();
      } catch {
        return undefined;
      }
      document.fonts.add(face);
      const font = `${weight} 100px '${family}'`;
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = font;
      context.direction = 'rtl';
      const probe = context.measureText('ابجد');
      const widths = texts.map((text) => {
        const span = document.createElement('span');
        span.style.cssText = `font: ${font}; white-space: nowrap; position: absolute`;
        span.lang = 'ar';
        span.dir = 'rtl';
        span.textContent = text;
        document.body.append(span);
        const width = span.getBoundingClientRect().width;
        span.remove();
        return width;
      });
      document.fonts.delete(face);
      return { widths, ascent: probe.fontBoundingBoxAscent, descent: probe.fontBoundingBoxDescent };
    },
    { src, texts, weight, adjust },
  );
}

/** The Arabic text of the sample feed: headlines, and article paragraphs. */
async function sampleTexts(): Promise<{ headlines: string[]; bodies: string[] }> {
  const directory = 'public/feed/items';
  const items = await Promise.all(
    (await readdir(directory)).map(async (file) => JSON.parse(await readFile(join(directory, file), 'utf8')) as { title: string; content_html: string; language?: string }),
  );
  const arabic = items.filter((item) => (item.language ?? 'ar') === 'ar');
  const paragraphs = arabic.flatMap((item) =>
    [...item.content_html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()),
  );
  return { headlines: arabic.map((item) => item.title), bodies: paragraphs.filter(Boolean) };
}

function sum(numbers: number[]): number {
  return numbers.reduce((total, value) => total + value, 0);
}
