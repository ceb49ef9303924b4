import { describe, expect, it } from 'vitest';
import { KEEP_PAGE, isKeepPageMessage } from './messages';

describe('messages to the service worker', () => {
  it('recognises a page to keep, with the images it shows', () => {
    expect(isKeepPageMessage({ type: KEEP_PAGE, url: 'https://sahifa.example/articles/a', images: ['/feed/media/logo.svg'] })).toBe(true);
    expect(isKeepPageMessage({ type: KEEP_PAGE, url: 'https://sahifa.example/', images: [] })).toBe(true);
  });

  it('ignores anything else a page or a library may post', () => {
    for (const data of [null, 'SKIP_WAITING', { type: 'SKIP_WAITING' }, { type: KEEP_PAGE }, { type: KEEP_PAGE, url: 1, images: [] }, { type: KEEP_PAGE, url: '/', images: [1] }]) {
      expect(isKeepPageMessage(data), JSON.stringify(data)).toBe(false);
    }
  });
});
