/**
 * Structured data for search engines and link previews. A data block, never executed (so the CSP
 * allows it); `<` is escaped so feed text cannot close the script element.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />;
}
