/**
 * How much JavaScript the fixed stack costs before Sahifa adds a line: a page that hydrates one
 * route through createBrowserRouter (a loader), reads one query through React Query, and shows
 * one i18next string — built with the same Vite, React plugin and minifier as the app, gzipped.
 * The cold-load budget can only be judged against this floor.
 *
 *   node scripts/bench/framework-floor.ts
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';

// Inside the project, so the entry resolves the project's own node_modules.
const root = join('node_modules', '.cache', 'sahifa-framework-floor');
await rm(root, { recursive: true, force: true });
await mkdir(root, { recursive: true });
await writeFile(join(root, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>');
await writeFile(
  join(root, 'main.tsx'),
  `import { hydrate, QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { hydrateRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { createBrowserRouter, Link, useLoaderData } from 'react-router';
import { RouterProvider } from 'react-router/dom';

const queryClient = new QueryClient();
hydrate(queryClient, JSON.parse(document.getElementById('state')?.textContent ?? '{}'));
void i18next.use(initReactI18next).init({ lng: 'ar', resources: { ar: { translation: { home: 'الرئيسية' } } } });

function Page() {
  const { t } = useTranslation();
  const title = useLoaderData() as string;
  const { data } = useSuspenseQuery({ queryKey: ['feed'], queryFn: () => fetch('/feed/latest.json').then((response) => response.json()) });
  return <Link to="/">{t('home')} {title} {String(data)}</Link>;
}
const router = createBrowserRouter([{ path: '/', Component: Page, loader: () => 'title' }]);
hydrateRoot(document.getElementById('root')!, <QueryClientProvider client={queryClient}><RouterProvider router={router} /></QueryClientProvider>);
`,
);

const output = (await build({
  root,
  configFile: false,
  logLevel: 'silent',
  plugins: [react()],
  build: { write: false },
})) as Rolldown.RolldownOutput;
const bytes = output.output.filter((file) => file.type === 'chunk').reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0);
await rm(root, { recursive: true, force: true });

console.log(`framework floor: react + react-dom + react-router (data router) + React Query + i18next + react-i18next = ${(bytes / 1024).toFixed(1)} KB gzipped`);
