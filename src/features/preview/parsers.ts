import { loadItemParsers, type ItemParsers } from '@/features/feed';

/**
 * The feed's schema and normaliser, which readers' bundles leave out. The workspace reads the
 * editor's text with them on every keystroke, so its chunk waits for them once, on load.
 */
export const parsers: ItemParsers = await loadItemParsers();
