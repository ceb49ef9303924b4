import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JsonSyntaxError } from '@/lib/json-syntax';
import { parsers } from './parsers';
import type { JsonPath, Problem, SourceReading } from './read-source';

interface ProblemListProps {
  reading: SourceReading;
  /** Takes the editor to a field, or to an offset in the text. */
  onGoTo: (target: JsonPath | number) => void;
}

/**
 * What is wrong with the text, in plain Arabic, each with the field it is about and a way there.
 * Errors first. The count is a live region, so a screen reader hears when a fix lands.
 */
export function ProblemList({ reading, onGoTo }: ProblemListProps) {
  const { t } = useTranslation('preview');
  if (reading.kind === 'empty') return null;
  const problems = reading.kind === 'read' ? reading.problems : [];
  const errors = reading.kind === 'syntax-error' ? 1 : problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - (reading.kind === 'read' ? errors : 0);

  return (
    <section aria-labelledby="preview-problems" className="rounded-lg border border-rule bg-paper-deep p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id="preview-problems" className="font-heading text-card-title font-bold text-ink">
          {t('preview.problemsHeading')}
        </h3>
        <p role="status" className="text-meta text-muted">
          {errors + warnings === 0 ? t('preview.problemsNone') : t('preview.problemsCount', { errors, warnings })}
        </p>
      </div>
      {(reading.kind === 'syntax-error' || problems.length > 0) && (
        <ul className="mt-3 flex flex-col gap-2">
          {reading.kind === 'syntax-error' && (
            <ProblemItem severity="error" message={syntaxMessage(reading.error, t)}>
              <button type="button" className="link-quiet text-meta" onClick={() => onGoTo(reading.error.offset)}>
                {t('preview.goToError')}
              </button>
            </ProblemItem>
          )}
          {problems.map((problem, index) => {
            const path = problem.path.length ? parsers.formatPath(problem.path) : t('preview.wholeDocument');
            return (
              <ProblemItem key={`${problem.code}-${index}`} severity={problem.severity} message={problemMessage(problem, t)}>
                <button
                  type="button"
                  aria-label={t('preview.goToField', { path })}
                  className="rounded-sm font-mono text-meta text-ink underline decoration-rule-strong underline-offset-4 hover:text-accent"
                  dir="ltr"
                  onClick={() => onGoTo(problem.path)}
                >
                  {path}
                </button>
              </ProblemItem>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ProblemItem({ severity, message, children }: { severity: Problem['severity']; message: string; children: ReactNode }) {
  const { t } = useTranslation('preview');
  return (
    <li className="flex items-start gap-3 rounded-md bg-paper p-3">
      <span
        className={`mt-0.5 shrink-0 rounded-sm px-2 font-heading text-meta font-bold ${
          severity === 'error' ? 'bg-accent text-paper' : 'border border-rule-strong text-ink'
        }`}
      >
        {t(`preview.${severity}`)}
      </span>
      <div className="flex min-w-0 flex-col items-start gap-1">
        <p className="text-summary text-ink">{message}</p>
        {children}
      </div>
    </li>
  );
}

function syntaxMessage(error: JsonSyntaxError, t: TFunction<'preview'>): string {
  return t('preview.syntax', { line: error.line, column: error.column, reason: t(`preview.syntax-${error.code}`) });
}

function problemMessage(problem: Problem, t: TFunction<'preview'>): string {
  const values = Object.fromEntries(
    Object.entries(problem.values ?? {}).map(([name, value]) => [name, Array.isArray(value) ? value.join(t('preview.listSeparator')) : value]),
  );
  if (problem.code === 'wrong-type') {
    const expected = String(values.expected);
    values.expected = ['string', 'number', 'array', 'object', 'boolean'].includes(expected) ? t(`preview.type-${expected as 'string'}`) : expected;
  }
  return t(`preview.${problem.code}`, values);
}
