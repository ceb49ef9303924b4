/**
 * Serves a build the way a plain static host does (and the way the README tells newsrooms to
 * configure theirs): the file at the path, else `path/index.html`, else `path.html`, else
 * `/index.html` with status 200 (the SPA fallback). Text is gzipped; hashed assets are immutable.
 *
 *   node scripts/serve.ts [dir=dist] [--port 4173] [--host 127.0.0.1]
 *
 * `--port 0` takes any free port; the first line printed names the address.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '4173' }, host: { type: 'string', default: '127.0.0.1' } },
});
const root = resolve(positionals[0] ?? 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function locate(urlPath: string): Promise<string> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return join(root, 'index.html');
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return join(root, 'index.html');
  for (const candidate of [path, join(path, 'index.html'), `${path.replace(/\/$/, '')}.html`]) {
    if (await isFile(candidate)) return candidate;
  }
  return join(root, 'index.html');
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = await locate(url.pathname);
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  response.setHeader('Content-Type', type);
  response.setHeader('Cache-Control', url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (gzip) {
    response.setHeader('Content-Encoding', 'gzip');
    response.setHeader('Vary', 'Accept-Encoding');
  }
  response.writeHead(200);
  if (request.method === 'HEAD') return void response.end();
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
});

server.listen(Number(values.port), values.host, () => {
  const { port } = server.address() as AddressInfo;
  console.log(`Sahifa: serving ${root} at http://${values.host}:${port}/`);
});
