/** A minimal valid JSON Feed 1.1 page, for tests that shape their own input. */
export function jsonFeed(items: unknown[], extra: Record<string, unknown> = {}) {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'صحيفة — اختبار', items, ...extra };
}

export function jsonItem(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    url: `/articles/${id}`,
    title: `عنوان ${id}`,
    summary: `ملخص ${id}`,
    content_html: `<p>نص المقال ${id}</p>`,
    date_published: '2026-11-24T10:30:00+01:00',
    authors: [{ name: 'elmaouid' }],
    tags: ['ليبيا'],
    language: 'ar',
    _sahifa: { section: 'world' },
    ...extra,
  };
}

export const TEST_CONTEXT = { documentUrl: 'http://localhost/feed/latest.json', appOrigin: 'http://localhost' };

/** A fetch Response as a static host would send it. */
export function jsonResponse(body: unknown, init: { status?: number; contentType?: string; url?: string } = {}) {
  const response = new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': init.contentType ?? 'application/json' },
  });
  if (init.url) Object.defineProperty(response, 'url', { value: init.url });
  return response;
}
