import type { ReactNode } from 'react';

/**
 * A segmented switch: one fieldset of radio buttons drawn as joined segments. Native radios (hidden
 * but focusable) give the group its keyboard behaviour: Tab enters at the checked one, the arrow
 * keys move and choose.
 */
export function Segmented<Value extends string>({
  legend,
  name,
  value,
  labels,
  onChange,
}: {
  legend: string;
  name: string;
  value: Value;
  /** One label per option, in the order they are shown. */
  labels: Record<Value, ReactNode>;
  onChange: (value: Value) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-1 text-meta text-muted">{legend}</legend>
      <div className="inline-flex flex-wrap gap-0.5 rounded-md border border-rule-strong bg-paper p-0.5">
        {(Object.entries(labels) as [Value, ReactNode][]).map(([option, label]) => (
          <label key={option} className={SEGMENT}>
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} className="sr-only" />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const SEGMENT =
  'inline-flex min-h-10 cursor-pointer items-center rounded-[0.3rem] px-3 font-heading text-meta font-bold text-muted hover:text-ink has-checked:bg-ink has-checked:text-paper has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus';
