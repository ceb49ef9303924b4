// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { htmlToText, sanitizeHtml } from './sanitize-html';

const clean = (html: string) => sanitizeHtml(html, { siteOrigin: 'https://sahifa.example' });

describe('sanitizeHtml', () => {
  it('keeps the structure of a news article', () => {
    const html =
      '<h2>عنوان</h2><p>فقرة <strong>مهمة</strong> و<em>مؤكدة</em></p><blockquote><p>قول</p></blockquote>' +
      '<figure><img src="/feed/media/a.webp" alt="صورة"><figcaption>تعليق</figcaption></figure><ul><li>أ</li></ul>' +
      '<table><tr><th>س</th><td>1</td></tr></table>';
    const out = clean(html);
    for (const tag of ['h2', 'p', 'strong', 'em', 'blockquote', 'figure', 'img', 'figcaption', 'ul', 'li', 'table', 'th', 'td']) {
      expect(out).toContain(`<${tag}`);
    }
  });

  it('drops scripts, handlers, styles, forms and dangerous URLs but keeps their harmless text', () => {
    const out = clean(
      '<p onclick="alert(1)">نص</p><script>alert(1)</script><style>p{}</style><form><input></form>' +
        '<a href="javascript:alert(1)">رابط</a><a href="data:text/html,x">بيانات</a><img src=x onerror=alert(1)><base href="//evil">',
    );
    expect(out).not.toMatch(/onclick|onerror|<script|<style|<form|<input|javascript:|data:|<base/i);
    expect(out).toContain('نص');
    expect(out).toContain('رابط');
  });

  it('protects readers on external links and leaves internal ones alone', () => {
    const out = clean('<a href="https://www.aps.dz/">وأج</a> <a href="/articles/x">داخلي</a> <a href="https://sahifa.example/sections/world">دولي</a>');
    expect(out).toContain('<a href="https://www.aps.dz/" rel="noopener noreferrer">');
    expect(out).toContain('<a href="/articles/x">');
    expect(out).toContain('<a href="https://sahifa.example/sections/world">');
  });

  it('allows iframes only from known embed hosts, sandboxed', () => {
    const out = clean('<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe><iframe src="https://evil.example/"></iframe>');
    expect(out).toContain('youtube-nocookie.com');
    expect(out).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-presentation"');
    expect(out).not.toContain('evil.example');
  });

  it('lazy-loads images and gives them an alt attribute', () => {
    expect(clean('<img src="/a.webp">')).toBe('<img src="/a.webp" loading="lazy" decoding="async" alt="">');
  });
});

describe('htmlToText', () => {
  it('keeps word boundaries between blocks and decodes entities', () => {
    expect(htmlToText('<p>أولى</p><p>ثانية &amp; ثالثة</p>')).toBe('أولى ثانية & ثالثة');
  });
});

describe('links the browser would resolve elsewhere', () => {
  it.each(['/\\evil.example/x', '/\t/evil.example/x', '//evil.example/x', 'https://evil.example/'])('%j gets rel="noopener noreferrer"', (href) => {
    const link = document.createElement('div');
    link.innerHTML = clean(`<a href="${href}">x</a>`);
    expect(link.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
