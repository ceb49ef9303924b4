/**
 * The reader's own things, kept on this device: saved articles (the save toggle, the header link,
 * the /saved route loaded on demand) and read marks.
 */
export { CardActions } from './CardActions';
export { loadSavedRoute } from './load';
export { markRead } from './read-marks';
export { SaveButton } from './SaveButton';
export { SavedLink } from './SavedLink';
