import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Arabic UI strings, read like the app reads them: tests expect what readers are shown. */
export const ar = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'src', 'app', 'locales', 'ar.json'), 'utf8')) as typeof import('../src/app/locales/ar.json');

/** A UI string with its {{placeholders}} (formatted ones too, like {{count, number}}) filled in. */
export const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)(?:,[^}]*)?\}\}/g, (_, name: string) => values[name] ?? '');
