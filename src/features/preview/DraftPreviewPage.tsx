import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { draftQueryOptions, isFeedError } from '@/features/feed';
import { errorMessage } from '@/features/errors/error-message';
import { ConfirmDialog } from './ConfirmDialog';
import { useSavedDraft } from './saved-draft';
import { useStatus } from './status';
import { SECONDARY_BUTTON } from './ui';
import { Workspace } from './Workspace';

/** A missing or broken draft is explained inside the workspace, under the preview banner, with a retry. */
export const draftPreviewLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(draftQueryOptions(params.id ?? '')).catch(() => undefined);
    return null;
  };

/**
 * `/preview/<id>`: a draft the newsroom placed at `feed/drafts/<id>.json`, shown read-only (it is
 * edited in the CMS, and the preview refreshes when the editor comes back to the tab). Its link is
 * the one to share. An editor who wants to try a change copies it into their own workspace.
 */
export function DraftPreviewPage() {
  const { t } = useTranslation('preview');
  const { t: coreT } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery(draftQueryOptions(id));
  const text = useMemo(() => (query.data ? JSON.stringify(query.data.json, null, 2) : ''), [query.data]);
  const [itemIndex, setItemIndex] = useState(0);
  const editor = useRef<HTMLTextAreaElement>(null);
  const [status, announce] = useStatus();
  const { draft, replace } = useSavedDraft();
  const [confirmingCopy, setConfirmingCopy] = useState(false);
  const file = `feed/drafts/${id}.json`;

  const copyToWorkspace = () => {
    replace({ text, itemIndex });
    void navigate('/preview');
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      announce(t('preview.shareLinkCopied'));
    } catch {
      announce(t('preview.shareCopyFailed'));
    }
  };

  const problem = query.error
    ? isFeedError(query.error) && query.error.kind === 'not-found'
      ? t('preview.draftNotFound', { id, file })
      : t('preview.draftFailed', { reason: errorMessage(query.error, coreT) })
    : undefined;

  return (
    <>
      <Workspace
        source={{ text, label: t('preview.draftSourceLabel', { file }), hint: t('preview.draftSourceHint'), documentUrl: query.data?.url }}
        itemIndex={itemIndex}
        onItemIndexChange={setItemIndex}
        editorRef={editor}
        status={status}
        onStatus={announce}
        notice={
          query.isPending ? (
            <p role="status" className="text-meta text-muted">
              {t('preview.draftLoading')}
            </p>
          ) : (
            problem && (
              <div role="alert" className="flex flex-col items-start gap-2 rounded-md border border-accent bg-accent-soft p-3 text-meta text-ink">
                <p>{problem}</p>
                <button type="button" className={SECONDARY_BUTTON} onClick={() => void query.refetch()} disabled={query.isFetching}>
                  {t('preview.retry')}
                </button>
              </div>
            )
          )
        }
        actions={
          text && (
            <>
              <button type="button" className="button-primary" onClick={() => void copyLink()}>
                {t('preview.share')}
              </button>
              <button
                type="button"
                className={SECONDARY_BUTTON}
                onClick={() => (draft.text.trim() && draft.text !== text ? setConfirmingCopy(true) : copyToWorkspace())}
              >
                {t('preview.editCopy')}
              </button>
            </>
          )
        }
      />
      <ConfirmDialog
        open={confirmingCopy}
        title={t('preview.editCopyTitle')}
        body={t('preview.editCopyBody')}
        confirmLabel={t('preview.editCopyConfirm')}
        cancelLabel={t('preview.cancel')}
        onConfirm={copyToWorkspace}
        onCancel={() => setConfirmingCopy(false)}
      />
    </>
  );
}
