/**
 * The workspace's own button style, as a utility class list: the site has one button style (for
 * readers), the tool needs a quieter second one.
 */
export const SECONDARY_BUTTON =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-rule-strong bg-paper px-4 py-2 font-heading text-meta font-bold text-ink hover:border-accent hover:text-accent disabled:opacity-60';

