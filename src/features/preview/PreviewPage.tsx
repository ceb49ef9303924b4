import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ConfirmDialog } from './ConfirmDialog';
import { useSavedDraft } from './saved-draft';
import { decodeDraftFragment, encodeDraftFragment, MAX_FRAGMENT_LENGTH } from './share';
import { useStatus } from './status';
import { SECONDARY_BUTTON } from './ui';
import { Workspace } from './Workspace';

type Notice = 'sharedOpened' | 'sharedReplaced' | 'sharedBroken' | 'fileReplaced';

/**
 * `/preview`: the editor's own workspace. What they paste, type or drop is theirs, on their device
 * (saved-draft.ts); a shared link (`/preview#draft=…`) carries a draft in its fragment and opens it
 * here, keeping the work it replaces one step back.
 */
export function PreviewPage() {
  const { t } = useTranslation('preview');
  const { draft, setText, setItemIndex, replace, restorePrevious, hasPrevious, clear, status: saveStatus } = useSavedDraft();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const editor = useRef<HTMLTextAreaElement>(null);
  const [status, announce] = useStatus();
  const [notice, setNotice] = useState<Notice>();
  const [shareLink, setShareLink] = useState<string>();
  const [confirmingClear, setConfirmingClear] = useState(false);
  const shareLinkId = useId();

  useEffect(() => {
    if (!hash) return;
    let active = true;
    const settle = (next: Notice) => {
      setNotice(next);
      // The draft now lives in the workspace: a reload must not bring the link's version back over later edits.
      void navigate({ hash: '' }, { replace: true });
    };
    decodeDraftFragment(hash).then(
      (shared) => {
        if (active && shared) settle(replace(shared) ? 'sharedReplaced' : 'sharedOpened');
      },
      () => {
        if (active) settle('sharedBroken');
      },
    );
    return () => {
      active = false;
    };
  }, [hash, navigate, replace]);

  const share = async () => {
    if (!draft.text.trim()) return announce(t('preview.shareEmpty'));
    const fragment = await encodeDraftFragment(draft);
    if (fragment.length > MAX_FRAGMENT_LENGTH) {
      setShareLink(undefined);
      return announce(t('preview.shareTooLarge', { length: fragment.length, max: MAX_FRAGMENT_LENGTH }));
    }
    const link = new URL(`/preview#${fragment}`, window.location.href).href;
    setShareLink(link);
    try {
      await navigator.clipboard.writeText(link);
      announce(t('preview.shareCopied'));
    } catch {
      announce(t('preview.shareCopyFailed'));
    }
  };

  return (
    <>
      <Workspace
        source={{
          text: draft.text,
          label: t('preview.sourceLabel'),
          hint: t('preview.sourceHint'),
          onChange: (text) => {
            setText(text);
            setShareLink(undefined);
          },
          onReplace: (text, name) => {
            setNotice(replace({ text, itemIndex: 0 }) ? 'fileReplaced' : undefined);
            setShareLink(undefined);
            announce(t('preview.fileRead', { name }));
          },
        }}
        itemIndex={draft.itemIndex}
        onItemIndexChange={setItemIndex}
        editorRef={editor}
        status={status}
        onStatus={announce}
        notice={
          notice && (
            <div className={`rounded-md border p-3 text-meta text-ink ${notice === 'sharedBroken' ? 'border-accent bg-accent-soft' : 'border-rule bg-paper-deep'}`}>
              <p>{t(`preview.${notice}`)}</p>
              {(notice === 'sharedReplaced' || notice === 'fileReplaced') && hasPrevious && (
                <button
                  type="button"
                  className="link-quiet mt-1"
                  onClick={() => {
                    restorePrevious();
                    setNotice(undefined);
                    announce(t('preview.restored'));
                  }}
                >
                  {t('preview.restorePrevious')}
                </button>
              )}
            </div>
          )
        }
        actions={
          <>
            <button type="button" className="button-primary" onClick={() => void share()}>
              {t('preview.share')}
            </button>
            <button type="button" className={SECONDARY_BUTTON} onClick={() => setConfirmingClear(true)} disabled={!draft.text}>
              {t('preview.clear')}
            </button>
            {saveStatus === 'failed' ? (
              <p role="alert" className="basis-full text-meta font-bold text-accent">
                {t('preview.saveFailed')}
              </p>
            ) : (
              draft.text && <p className="text-meta text-muted">{t('preview.saved')}</p>
            )}
            {shareLink && (
              <div className="flex basis-full flex-col gap-1">
                <label htmlFor={shareLinkId} className="text-meta text-muted">
                  {t('preview.shareLink')}
                </label>
                <input
                  id={shareLinkId}
                  readOnly
                  value={shareLink}
                  dir="ltr"
                  onFocus={(event) => event.target.select()}
                  className="min-h-11 w-full rounded-md border border-rule-strong bg-paper-deep px-3 font-mono text-meta text-ink"
                />
              </div>
            )}
          </>
        }
      />
      <ConfirmDialog
        open={confirmingClear}
        title={t('preview.clearTitle')}
        body={t('preview.clearBody')}
        confirmLabel={t('preview.clearConfirm')}
        cancelLabel={t('preview.cancel')}
        onConfirm={() => {
          clear();
          setShareLink(undefined);
          setNotice(undefined);
          setConfirmingClear(false);
          announce(t('preview.cleared'));
        }}
        onCancel={() => setConfirmingClear(false)}
        focusAfterConfirm={editor}
      />
    </>
  );
}
