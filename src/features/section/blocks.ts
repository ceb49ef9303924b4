/**
 * The section grid shows one, two or three columns, as CSS decides by width. Cards are grouped in
 * blocks of six, the least common multiple, so a block is whole grid rows at every width: the
 * virtualiser measures and places blocks, and no script needs to know how many columns there are.
 */
export const BLOCK_SIZE = 6;

export const blockCount = (items: number) => Math.ceil(items / BLOCK_SIZE);

export const blockOf = (index: number) => Math.floor(index / BLOCK_SIZE);

export const blockItems = <T>(items: readonly T[], block: number): readonly T[] => items.slice(block * BLOCK_SIZE, (block + 1) * BLOCK_SIZE);

/** A block's key: its first article's id (a list only ever grows at its end). */
export const blockKey = (articles: readonly { id: string }[], block: number) => articles[block * BLOCK_SIZE]!.id;
