import { describe, expect, it } from 'vitest';
import { decodeDraftFragment, encodeDraftFragment } from './share';

describe('draft links', () => {
  const text = JSON.stringify({ id: 'a', title: 'شركة Sonatrach توقّع اتفاقية جديدة', content_html: '<p>نص</p>'.repeat(50) }, null, 2);

  it('round-trip a draft through a compact, URL-safe fragment', async () => {
    const fragment = await encodeDraftFragment({ text, itemIndex: 0 });
    expect(fragment).toMatch(/^draft=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(text.length / 2);
    expect(await decodeDraftFragment(`#${fragment}`)).toEqual({ text, itemIndex: 0 });
  });

  it('carry the item picked in a whole feed', async () => {
    const fragment = await encodeDraftFragment({ text, itemIndex: 3 });
    expect(fragment).toMatch(/&item=3$/);
    expect(await decodeDraftFragment(fragment)).toEqual({ text, itemIndex: 3 });
  });

  it('ignore other fragments and refuse a cut one', async () => {
    expect(await decodeDraftFragment('#main')).toBeUndefined();
    const fragment = await encodeDraftFragment({ text, itemIndex: 0 });
    await expect(decodeDraftFragment(fragment.slice(0, fragment.length / 2))).rejects.toThrow();
  });
});
