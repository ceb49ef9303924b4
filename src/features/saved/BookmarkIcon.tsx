/** A bookmark outline; a parent `group/save` with aria-pressed="true" fills it. Symmetric: it never flips. */
export function BookmarkIcon() {
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false" className="shrink-0">
      <path
        d="M5.5 3.5h9v13l-4.5-3.2-4.5 3.2z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.7"
        strokeLinejoin="round"
        className="group-aria-pressed/save:fill-current"
      />
    </svg>
  );
}
