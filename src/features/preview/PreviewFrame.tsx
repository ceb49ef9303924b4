import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export type FrameWidth = 'phone' | 'desktop';
export type FrameScheme = 'light' | 'dark';

export const FRAME_WIDTHS: Record<FrameWidth, number> = { phone: 390, desktop: 1280 };

/** An empty document in the site's language and direction; the app's stylesheets are copied in on load. */
const SHELL = '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title></title></head><body></body></html>';

interface PreviewFrameProps {
  title: string;
  width: FrameWidth;
  scheme: FrameScheme;
  /** Draw a frame wider than the workspace smaller, instead of scrolling it sideways. */
  fit: boolean;
  /** How the frame is drawn: its scale (1 = real size), and whether it is wider than the space it has. */
  onScale: (scale: number, overflows: boolean) => void;
  /** Every plain click on a link inside lands here instead of navigating the frame. */
  onLinkClick: (url: URL) => void;
  children: ReactNode;
}

/**
 * The reader's page at a real width. The components use viewport media queries (phone layout,
 * type sizes), so a div 390 px wide inside a desktop window would still show the desktop layout;
 * an iframe has its own viewport. Its document is same-origin and empty: the React tree renders
 * into it through a portal, keeping the app's router, query cache and translations. Its height
 * follows its content, so the workspace scrolls as one page; a frame wider than the workspace is
 * drawn to fit, or at real size with a sideways scroll.
 */
export function PreviewFrame({ title, width, scheme, fit, onScale, onLinkClick, children }: PreviewFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [height, setHeight] = useState(384);
  const [available, setAvailable] = useState<number>();
  const frameWidth = FRAME_WIDTHS[width];
  // Scaled, the frame keeps its real viewport (so the layout is the one readers get) and is drawn smaller.
  const scale = fit && available !== undefined ? Math.min(1, available / frameWidth) : 1;
  const overflows = available !== undefined && available < frameWidth;

  useEffect(() => onScale(scale, overflows), [scale, overflows, onScale]);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setAvailable(entry?.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const onLoad = () => {
    const document = frame.current?.contentDocument;
    if (!document || document.body.firstChild) return;
    for (const sheet of window.document.querySelectorAll('link[rel="stylesheet"], style')) document.head.append(sheet.cloneNode(true));
    const container = document.createElement('div');
    document.body.append(container);
    setRoot(container);
  };

  // The effects reach the frame's document through the element, once the portal's root exists.
  useEffect(() => {
    const document = frame.current?.contentDocument;
    if (!root || !document) return;
    document.documentElement.dataset.colorScheme = scheme;
    document.title = title;
  }, [root, scheme, title]);

  useEffect(() => {
    // The frame's own ResizeObserver: it reports on the frame document's layout.
    const view = frame.current?.contentWindow as (Window & typeof globalThis) | null | undefined;
    if (!root || !view) return;
    const observer = new view.ResizeObserver(([entry]: ResizeObserverEntry[]) => {
      if (entry) setHeight(Math.ceil(entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height));
    });
    observer.observe(root);
    return () => observer.disconnect();
  }, [root]);

  useEffect(() => {
    const document = frame.current?.contentDocument;
    if (!root || !document) return;
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      // Elements of the frame's document are not instances of this window's Element.
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!link) return;
      // Capture phase, ahead of React Router's own handler, which then sees defaultPrevented.
      event.preventDefault();
      onLinkClick(new URL(link.href));
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [root, onLinkClick]);

  return (
    <div ref={viewport} className="-mx-4 overflow-x-auto border-y border-rule bg-paper-deep sm:mx-0 sm:rounded-lg sm:border sm:p-4">
      <div className="mx-auto overflow-hidden" style={{ width: frameWidth * scale, height: height * scale }}>
        <iframe
          ref={frame}
          title={title}
          srcDoc={SHELL}
          onLoad={onLoad}
          className="block max-w-none border-0 ltr:origin-top-left rtl:origin-top-right"
          style={{ width: frameWidth, height, transform: scale < 1 ? `scale(${scale})` : undefined }}
        />
      </div>
      {root && createPortal(children, root)}
    </div>
  );
}
