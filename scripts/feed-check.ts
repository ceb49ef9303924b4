/**
 * Checks a whole Sahifa feed tree before it is published: every document against the app's schemas,
 * every next_url chain, every items/ file, every image and internal link. Prints each problem with
 * its file and JSON path.
 *
 *   npm run feed:check -- public/feed                  a directory served at /feed/
 *   npm run feed:check -- dist/cms --base /news/feed/  a directory served elsewhere
 *   npm run feed:check -- https://cms.example/feed/    a live feed
 *   … --json                                           machine-readable output
 *   … --strict                                         warnings fail the check too
 *
 * Exit status: 0 when there is no error, 1 when there is (or a warning, with --strict), 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { checkFeed, FeedSourceError, type CheckResult } from './feed-check/check.ts';
import { countBySeverity, formatJson, formatText } from './feed-check/report.ts';
import { DEFAULT_BASE, isUrl } from './feed-check/sources.ts';

const USAGE = `Usage: npm run feed:check -- <directory | URL> [--base ${DEFAULT_BASE}] [--json] [--strict]

  <directory>   the feed root (e.g. public/feed), holding site.json
  <URL>         the feed root on a server (site.json is at <URL>/site.json)
  --base PATH   where the directory is served, so links like ${DEFAULT_BASE}media/x.webp map into it
                (default ${DEFAULT_BASE}; a URL carries its own)
  --json        print the result as JSON
  --strict      exit 1 on warnings as well as errors`;

function parseCommandLine(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      json: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

async function main(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(args);
  } catch (error) {
    // parseArgs throws only for what was typed: an unknown option, a missing value.
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) return usageError(positionals.length === 0 ? 'which feed? give a directory or a URL' : 'give one directory or URL');
  const input = positionals[0]!;
  if (values.base !== undefined && isUrl(input)) return usageError('--base applies to a directory; a URL already says where the feed is');

  let result: CheckResult;
  try {
    result = await checkFeed(input, { base: values.base });
  } catch (error) {
    if (error instanceof FeedSourceError) return usageError(error.message);
    throw error;
  }
  console.log(values.json ? formatJson(result) : formatText(result));
  const counts = countBySeverity(result.problems);
  return counts.error > 0 || (values.strict && counts.warning > 0) ? 1 : 0;
}

function usageError(message: string): number {
  console.error(`feed:check: ${message}\n\n${USAGE}`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
