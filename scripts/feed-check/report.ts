/** How a check reads: aligned lines grouped by file for a person, or JSON for a CI step or an editor. */
import { styleText } from 'node:util';
import { plural, type CheckResult, type Problem, type Severity } from './check.ts';

const MAX_PATH_COLUMN = 36;
const MAX_ALSO_IN = 3;
const SEVERITY_STYLE = { error: 'red', warning: 'yellow' } as const;

export function countBySeverity(problems: Problem[]): Record<Severity, number> {
  return {
    error: problems.filter((problem) => problem.severity === 'error').length,
    warning: problems.filter((problem) => problem.severity === 'warning').length,
  };
}

export function formatText(result: CheckResult): string {
  const fileWidth = Math.max(0, ...result.problems.map((problem) => problem.file.length));
  const lines: string[] = [];
  groupByFile(result.problems).forEach((group, index) => {
    if (index > 0) lines.push('');
    const pathWidth = Math.min(MAX_PATH_COLUMN, Math.max(...group.map((problem) => (problem.path || '-').length)));
    for (const problem of group) {
      // Colour only reaches a terminal: styleText leaves text plain when stdout is piped or NO_COLOR is set.
      const severity = styleText(SEVERITY_STYLE[problem.severity], problem.severity.padEnd('warning'.length));
      lines.push(`${severity}  ${problem.file.padEnd(fileWidth)}  ${(problem.path || '-').padEnd(pathWidth)}  ${problem.message}${alsoIn(problem)}`);
    }
  });
  if (lines.length > 0) lines.push('');
  lines.push(...result.notes.map((note) => `note: ${note}`));
  lines.push(summary(result));
  return lines.join('\n');
}

export function formatJson(result: CheckResult): string {
  const counts = countBySeverity(result.problems);
  return JSON.stringify(
    {
      ok: counts.error === 0,
      errors: counts.error,
      warnings: counts.warning,
      files: result.files,
      items: result.items,
      images: result.images,
      notes: result.notes,
      problems: result.problems,
    },
    null,
    2,
  );
}

function summary(result: CheckResult): string {
  const counts = countBySeverity(result.problems);
  return `feed:check: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')} in ${plural(result.files, 'file')} (${plural(result.items, 'item')}, ${plural(result.images, 'image')})`;
}

function alsoIn(problem: Problem): string {
  if (!problem.alsoIn) return '';
  const shown = problem.alsoIn.slice(0, MAX_ALSO_IN).join(', ');
  const more = problem.alsoIn.length - MAX_ALSO_IN;
  return ` (also in ${shown}${more > 0 ? ` and ${more} more` : ''})`;
}

/** Problems arrive sorted by file; this splits them into one run per file. */
function groupByFile(problems: Problem[]): Problem[][] {
  const groups: Problem[][] = [];
  for (const problem of problems) {
    const last = groups.at(-1);
    if (last && last[0]!.file === problem.file) last.push(problem);
    else groups.push([problem]);
  }
  return groups;
}
