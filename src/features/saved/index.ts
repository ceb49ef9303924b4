/**
 * The reader's own things, kept on this device: saved articles (the save toggle, the header link,
 * the /saved route loaded on demand, the copy an offline article page falls back to) and read
 * marks.
 */
export { CardActions } from './CardActions';
export { loadSavedRoute } from './load';
export { markRead } from './read-marks';
export { readSavedCopy, type SavedCopy } from './saved-copies';
export { SaveButton } from './SaveButton';
export { SavedCopyNote } from './SavedCopyNote';
export { SavedLink } from './SavedLink';
