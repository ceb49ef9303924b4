/**
 * Icons whose meaning depends on reading direction flip with it: "forward" points left in Arabic
 * and right in French or English (rtl:-scale-x-100 on a right-pointing glyph).
 */
export function ForwardArrow({ className = '' }: { className?: string }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" className={`rtl:-scale-x-100 ${className}`}>
      <path d="M3 8h9M8.5 4.5 12 8l-3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
