import { useCallback, useDeferredValue, useId, useMemo, useRef, useState, type DragEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Segmented } from '@/components/Segmented';
import { useSite, type Article } from '@/features/feed';
import { locateJsonPath } from '@/lib/json-syntax';
import { parsers } from './parsers';
import { ProblemList } from './ProblemList';
import { FRAME_WIDTHS, PreviewFrame, type FrameScheme, type FrameWidth } from './PreviewFrame';
import { readSource, type JsonPath } from './read-source';
import { ReaderView, type ReaderPage } from './ReaderView';
import { SECONDARY_BUTTON } from './ui';

/** Bigger than any article or feed page an editor would check; a mistaken drop of a big file is refused. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface WorkspaceSource {
  text: string;
  label: string;
  hint: string;
  /** Drafts from the newsroom are read-only here; they are edited in the CMS. */
  onChange?: (text: string) => void;
  /** A file picked or dropped replaces the text (the page decides how the old text is kept). */
  onReplace?: (text: string, fileName: string) => void;
  /** Where the JSON comes from, for relative URLs. */
  documentUrl?: string;
}

interface WorkspaceProps {
  source: WorkspaceSource;
  itemIndex: number;
  onItemIndexChange: (index: number) => void;
  /** Buttons under the editor. */
  actions: ReactNode;
  /** Shown above the editor (a shared link opened, a draft that failed to load…). */
  notice?: ReactNode;
  /** Announced to screen readers and shown under the actions. */
  status: string;
  onStatus: (message: string) => void;
  editorRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * The editor's tool: the JSON on one side, the problems and the reader's view on the other (side
 * by side on a desktop, stacked on a phone). Reading happens on a deferred copy of the text, so
 * typing stays fluid on long articles; the last article that could be rendered stays on screen
 * while the text is broken.
 */
export function Workspace({ source, itemIndex, onItemIndexChange, actions, notice, status, onStatus, editorRef }: WorkspaceProps) {
  const { t } = useTranslation('preview');
  const site = useSite();
  const sectionSlugs = useMemo(() => site.sections.map((section) => section.slug), [site.sections]);
  const text = useDeferredValue(source.text);
  const reading = useMemo(
    () => readSource(text, parsers, { itemIndex, documentUrl: source.documentUrl, sectionSlugs }),
    [text, itemIndex, source.documentUrl, sectionSlugs],
  );

  const current = reading.kind === 'read' ? reading.article : undefined;
  const [lastGood, setLastGood] = useState<Article>();
  if (current && current !== lastGood) setLastGood(current);
  if (reading.kind === 'empty' && lastGood) setLastGood(undefined);
  const article = current ?? lastGood;

  const [page, setPage] = useState<ReaderPage>('article');
  const [width, setWidth] = useState<FrameWidth>('phone');
  const [scheme, setScheme] = useState<FrameScheme>('light');
  const [size, setSize] = useState<'fit' | 'real'>('fit');
  const [drawn, setDrawn] = useState({ scale: 1, overflows: false });
  const onScale = useCallback((scale: number, overflows: boolean) => setDrawn({ scale, overflows }), []);

  const goTo = (target: JsonPath | number) => {
    const editor = editorRef.current;
    if (!editor) return;
    const span = typeof target === 'number' ? { start: target, end: Math.min(target + 1, editor.value.length) } : locateJsonPath(editor.value, target);
    editor.focus();
    if (span) editor.setSelectionRange(span.start, span.end);
  };

  const articlePath = article?.path;
  const onLinkClick = useCallback(
    (url: URL) => {
      // The draft's own cards lead to its article view; anything else opens beside the workspace.
      if (url.origin === window.location.origin && url.pathname === articlePath) setPage('article');
      else window.open(url.href, '_blank', 'noopener,noreferrer');
    },
    [articlePath],
  );

  const pageLabels: Record<ReaderPage, string> = { article: t('preview.viewArticle'), home: t('preview.viewHome'), section: t('preview.viewSection') };
  const schemeLabels: Record<FrameScheme, string> = { light: t('preview.schemeLight'), dark: t('preview.schemeDark') };

  return (
    <div className="flex flex-col gap-6">
      <title>{`${t('preview.title')} — ${site.name}`}</title>
      <meta name="robots" content="noindex" />
      <div role="note" className="rounded-lg bg-accent px-4 py-3 text-paper">
        <p className="font-heading text-section-title font-bold">{t('preview.banner')}</p>
        <p className="text-meta">{t('preview.bannerNote')}</p>
      </div>
      <h1 className="font-heading text-headline font-bold text-ink">{t('preview.title')}</h1>

      <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <section aria-labelledby="preview-source" className="flex min-w-0 flex-col gap-4">
          <h2 id="preview-source" className="section-label mb-0 self-start">
            {t('preview.sourceHeading')}
          </h2>
          {notice}
          <SourceEditor source={source} editorRef={editorRef} onStatus={onStatus} />
          {reading.kind === 'read' && reading.items && reading.items.length > 0 && (
            <ItemPicker items={reading.items} value={reading.itemIndex} onChange={onItemIndexChange} />
          )}
          <div className="flex flex-wrap items-center gap-3">{actions}</div>
          <p role="status" className="min-h-[1.7em] text-meta text-ink">
            {status}
          </p>
        </section>

        <section aria-labelledby="preview-output" className="flex min-w-0 flex-col gap-4">
          <h2 id="preview-output" className="section-label mb-0 self-start">
            {t('preview.previewHeading')}
          </h2>
          <ProblemList reading={reading} onGoTo={goTo} />
          <div className="flex flex-wrap gap-x-6 gap-y-3">
            <Segmented legend={t('preview.view')} name="preview-page" value={page} labels={pageLabels} onChange={setPage} />
            <Segmented
              legend={t('preview.width')}
              name="preview-width"
              value={width}
              labels={{ phone: t('preview.widthPhone'), desktop: t('preview.widthDesktop') }}
              onChange={setWidth}
            />
            <Segmented legend={t('preview.scheme')} name="preview-scheme" value={scheme} labels={schemeLabels} onChange={setScheme} />
            {drawn.overflows && (
              <Segmented
                legend={t('preview.size')}
                name="preview-size"
                value={size}
                labels={{ fit: t('preview.sizeFit'), real: t('preview.sizeReal') }}
                onChange={setSize}
              />
            )}
          </div>
          {article ? (
            <>
              <p className="text-meta text-muted">
                {t('preview.frameCaption', { view: pageLabels[page], width: FRAME_WIDTHS[width], scheme: schemeLabels[scheme] })}
                {drawn.scale < 1 && ` ${t('preview.frameScaled', { percent: Math.round(drawn.scale * 100) })}`} {t('preview.frameLinkNote')}
              </p>
              {!current && <p className="rounded-md border border-accent bg-accent-soft px-3 py-2 text-meta text-ink">{t('preview.stale')}</p>}
              <PreviewFrame
                title={t('preview.frameTitle', { view: pageLabels[page] })}
                width={width}
                scheme={scheme}
                fit={size === 'fit'}
                onScale={onScale}
                onLinkClick={onLinkClick}
              >
                <ReaderView article={article} page={page} />
              </PreviewFrame>
            </>
          ) : (
            <p className="rounded-lg border border-dashed border-rule-strong px-4 py-10 text-center text-body text-muted">
              {reading.kind === 'empty' ? t('preview.empty') : t('preview.nothingToShow')}
            </p>
          )}
        </section>
      </div>
    </div>
  );
}

function SourceEditor({ source, editorRef, onStatus }: { source: WorkspaceSource; editorRef: WorkspaceProps['editorRef']; onStatus: (message: string) => void }) {
  const { t } = useTranslation('preview');
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const { onChange } = source;
  const dragDepth = useRef(0);

  const { onReplace } = source;
  const readFile = async (file: File) => {
    if (!onReplace) return;
    if (!/\.json$/i.test(file.name) && !/json/.test(file.type)) return onStatus(t('preview.fileNotJson', { name: file.name }));
    if (file.size > MAX_FILE_BYTES) return onStatus(t('preview.fileTooLarge', { name: file.name }));
    // Files saved on Windows may start with a byte-order mark, which JSON.parse refuses.
    onReplace((await file.text()).replace(/^\uFEFF/, ''), file.name);
  };

  const dropHandlers = onReplace && {
    onDragEnter: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      dragDepth.current++;
      setDragging(true);
    },
    onDragLeave: () => {
      dragDepth.current = Math.max(0, dragDepth.current - 1);
      if (dragDepth.current === 0) setDragging(false);
    },
    onDragOver: (event: DragEvent) => {
      if (event.dataTransfer.types.includes('Files')) event.preventDefault();
    },
    onDrop: (event: DragEvent) => {
      const file = event.dataTransfer.files[0];
      dragDepth.current = 0;
      setDragging(false);
      if (!file) return;
      event.preventDefault();
      void readFile(file);
    },
  };

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={`${id}-text`} className="font-heading text-meta font-bold text-ink">
        {source.label}
      </label>
      <p id={`${id}-hint`} className="text-meta text-muted">
        {source.hint}
      </p>
      <div className="relative" {...dropHandlers}>
        <textarea
          ref={editorRef}
          id={`${id}-text`}
          aria-describedby={`${id}-hint`}
          value={source.text}
          readOnly={!onChange}
          onChange={onChange && ((event) => onChange(event.target.value))}
          dir="ltr"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          className={`block h-[26rem] w-full resize-y rounded-md border bg-paper p-3 font-mono text-[0.8125rem] leading-relaxed text-ink lg:h-[38rem] ${
            dragging ? 'border-2 border-dashed border-accent' : 'border-rule-strong'
          } ${onChange ? '' : 'bg-paper-deep'}`}
        />
        {dragging && (
          <p aria-hidden="true" className="pointer-events-none absolute inset-2 flex items-center justify-center rounded-md bg-paper/90 font-heading text-body font-bold text-accent">
            {t('preview.dropHere')}
          </p>
        )}
      </div>
      {onReplace && (
        <label className={`${SECONDARY_BUTTON} self-start has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus`}>
          {t('preview.file')}
          <input
            type="file"
            accept=".json,application/json,application/feed+json"
            className="sr-only"
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Cleared, so picking the same file again after editing reads it again.
              event.target.value = '';
              if (file) void readFile(file);
            }}
          />
        </label>
      )}
    </div>
  );
}

function ItemPicker({ items, value, onChange }: { items: { label: string | undefined }[]; value: number; onChange: (index: number) => void }) {
  const { t } = useTranslation('preview');
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-heading text-meta font-bold text-ink">
        {t('preview.item')}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        className="min-h-11 max-w-full rounded-md border border-rule-strong bg-paper px-3 text-body text-ink"
      >
        {items.map((item, index) => (
          <option key={index} value={index}>
            {t('preview.itemOption', { number: index + 1, label: item.label ?? t('preview.untitledItem') })}
          </option>
        ))}
      </select>
    </div>
  );
}
