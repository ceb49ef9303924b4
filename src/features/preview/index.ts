/**
 * What the app uses of the preview feature: its two routes, loaded on demand so readers never
 * download the editors' workspace.
 */
export const loadPreviewRoutes = () => import('./preview-routes');
