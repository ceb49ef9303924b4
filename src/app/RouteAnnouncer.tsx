import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, screen readers hear nothing by default and keyboard focus stays on
 * a link that no longer exists. So: move focus to the new page's heading and announce its title.
 * Not on the first load, where the browser already does both.
 */
export function RouteAnnouncer() {
  const { pathname } = useLocation();
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      // The scroll position belongs to ScrollRestoration (top for new pages, restored on back).
      heading.focus({ preventScroll: true });
    }
    setAnnouncement(document.title);
  }, [pathname]);

  return (
    <p aria-live="assertive" aria-atomic="true" className="sr-only">
      {announcement}
    </p>
  );
}
