import type { QueryClient } from '@tanstack/react-query';
import { DraftPreviewPage, draftPreviewLoader } from './DraftPreviewPage';
import { PreviewPage } from './PreviewPage';

/** `/preview`: the editor's workspace. */
export const workspaceRoute = () => ({ Component: PreviewPage });

/** `/preview/<id>`: a draft the newsroom placed in feed/drafts/. */
export const draftRoute = (queryClient: QueryClient) => ({ Component: DraftPreviewPage, loader: draftPreviewLoader(queryClient) });
