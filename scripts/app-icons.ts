/**
 * The installed app's icons, drawn at build time from the site's logo so they can never drift from
 * it: the logo itself at 192 and 512 px (the sizes Chromium asks of an installable app), and on
 * a full-bleed square of the logo's green for launchers that cut their own shape (maskable) and
 * for iOS home screens, which want an opaque icon.
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { Plugin } from 'vite';

const LOGO = 'public/feed/media/logo.svg';
/** The logo's own background: its rounded square melts into the padding around it. */
const LOGO_GREEN = '#0f5e55';
/**
 * A maskable icon's safe zone is the centred circle of 80 % of its width. At 80 % of the icon the
 * logo's page drawing (its inner 61 %) spans under half of it, its corners well inside the circle.
 */
const PADDED_LOGO_SCALE = 0.8;

interface IconSpec {
  file: string;
  size: number;
  padded: boolean;
}

const ICONS = {
  any192: { file: 'icons/icon-192.png', size: 192, padded: false },
  any512: { file: 'icons/icon-512.png', size: 512, padded: false },
  maskable512: { file: 'icons/maskable-512.png', size: 512, padded: true },
  appleTouch: { file: 'icons/apple-touch-icon.png', size: 180, padded: true },
} satisfies Record<string, IconSpec>;

/** The web app manifest's `icons`. */
export const MANIFEST_ICONS = [
  { src: `/${ICONS.any192.file}`, sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: `/${ICONS.any512.file}`, sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: `/${ICONS.maskable512.file}`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

export function renderIcon(svg: Buffer, { size, padded }: Pick<IconSpec, 'size' | 'padded'>): Promise<Buffer> {
  // Rasterised at twice the density so downscaling keeps edges smooth.
  const logo = sharp(svg, { density: 144 });
  if (!padded) return logo.resize(size, size).png().toBuffer();
  const inner = Math.round(size * PADDED_LOGO_SCALE);
  const start = Math.floor((size - inner) / 2);
  const end = size - inner - start;
  return logo
    .resize(inner, inner)
    .extend({ top: start, bottom: end, left: start, right: end, background: LOGO_GREEN })
    .flatten({ background: LOGO_GREEN })
    .png()
    .toBuffer();
}

export function appIcons(): Plugin {
  return {
    name: 'sahifa-app-icons',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: `/${ICONS.appleTouch.file}` }, injectTo: 'head' }],
    async generateBundle() {
      const svg = await readFile(LOGO);
      for (const icon of Object.values(ICONS)) {
        this.emitFile({ type: 'asset', fileName: icon.file, source: await renderIcon(svg, icon) });
      }
    },
  };
}
