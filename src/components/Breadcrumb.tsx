import { Link } from 'react-router';
import { languageAttributes } from '@/lib/text-direction';

export interface BreadcrumbItem {
  label: string;
  /** The label's own language when it is feed text (a section, a headline), not interface text. */
  lang?: string;
  /** Omitted for the current page, which is marked aria-current. */
  to?: string;
}

/** A breadcrumb nav as in the WAI-ARIA pattern: links, separators hidden from screen readers. */
export function Breadcrumb({ label, items }: { label: string; items: BreadcrumbItem[] }) {
  return (
    <nav aria-label={label} className="text-meta text-muted print:hidden">
      <ol className="flex flex-wrap items-baseline gap-x-2">
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`} className="flex items-baseline gap-x-2">
            {index > 0 && (
              <span aria-hidden="true" className="text-rule-strong">
                /
              </span>
            )}
            {item.to ? (
              <Link to={item.to} className="link-quiet" {...languageAttributes(item.lang)}>
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="text-ink line-clamp-1" {...languageAttributes(item.lang)}>
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
