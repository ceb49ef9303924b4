import type { ReactNode } from 'react';

interface ErrorPanelProps {
  /** Omitted when the page heading already says it. */
  title?: string;
  message: string;
  /** Shown as a button; omitted when retrying cannot help. */
  retryLabel?: string;
  onRetry?: () => void;
  retrying?: boolean;
  children?: ReactNode;
}

/** The one way Sahifa says something went wrong: what happened, and what the reader can do. */
export function ErrorPanel({ title, message, retryLabel, onRetry, retrying = false, children }: ErrorPanelProps) {
  return (
    <div role="alert" className="rounded-lg border border-accent/40 bg-accent-soft p-5 text-ink">
      {title && <h2 className="mb-2 font-heading text-card-title font-bold">{title}</h2>}
      <p className="text-body">{message}</p>
      <div className="mt-4 flex flex-wrap items-center gap-x-5 gap-y-3">
        {onRetry && retryLabel && (
          // aria-disabled, not disabled: a keyboard reader who pressed it keeps focus on it.
          <button
            type="button"
            className="button-primary aria-disabled:cursor-progress aria-disabled:opacity-70"
            onClick={() => {
              if (!retrying) onRetry();
            }}
            aria-disabled={retrying}
            aria-busy={retrying}
          >
            {retryLabel}
          </button>
        )}
        {children}
      </div>
    </div>
  );
}
