/**
 * The workspace's own controls, as utility class lists: the site has one button style (for
 * readers), the tool needs a quieter second one and a segmented switch.
 */
export const SECONDARY_BUTTON =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-rule-strong bg-paper px-4 py-2 font-heading text-meta font-bold text-ink hover:border-accent hover:text-accent disabled:opacity-60';

export const SEGMENT =
  'inline-flex min-h-10 cursor-pointer items-center rounded-[0.3rem] px-3 font-heading text-meta font-bold text-muted hover:text-ink has-checked:bg-ink has-checked:text-paper has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus';
