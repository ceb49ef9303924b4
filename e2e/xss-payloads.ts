/**
 * A corpus of known XSS payloads, and the hostile JSON Feed that carries them into every string
 * field a reader sees (e2e/xss.spec.ts). Every payload, if it ever ran, would call `alert(<n>)` and
 * set `top.__xss = <n>`, so a dialog or the global flag names the payload that got through.
 *
 * Payloads are self-contained fragments: each closes the raw-text and foreign (svg/math) elements
 * it opens, so the harmless marker text after it is still outside it and must render.
 */

/** What a payload runs if it ever executes: a dialog and a global flag, both naming the payload. */
export const jsFor = (n: number) => `alert(${n});top.__xss=${n}`;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
/** Each character of a string as a numeric character reference (`&#106;` or `&#x6a;`). */
const entities = (text: string, hex = false, pad = 0) =>
  [...text].map((c) => (hex ? `&#x${c.codePointAt(0)!.toString(16)};` : `&#${String(c.codePointAt(0)).padStart(pad, '0')}`)).join('');

type Template = (js: string, n: number) => string;

/** [name, template]; the template gets the JavaScript to run and the payload number. */
const TEMPLATES: [string, Template][] = [
  // — script elements —
  ['script tag', (js) => `<script>${js}</script>`],
  ['script with data: src', (js) => `<SCRIPT SRC="data:text/javascript,${js}"></SCRIPT>`],
  ['script with junk after the name', (js) => `<script/xss>${js}</script>`],
  ['module script', (js) => `<script type="module">${js}</script>`],
  ['nested split script tags', (js) => `<scr<script>ipt>${js}</scr</script>ipt>`],
  ['script inside svg', (js) => `<svg><script>${js}</script></svg>`],
  ['svg script with xlink:href data:', (js) => `<svg><script xlink:href="data:,${js}"></script></svg>`],
  ['comment breakout into script', (js) => `<!--<img src="--><script>${js}</script>-->`],
  ['CDATA breakout into script', (js) => `<![CDATA[<]]><script>${js}</script>`],

  // — event handlers —
  ['img onerror, unquoted', (js) => `<img src=x onerror=${js}>`],
  ['img onerror, quoted, mixed case', (js) => `<IMG SRC="x" OnErRoR="${js}">`],
  ['img onerror after a form feed separator', (js) => `<img src=x\fonerror=${js}>`],
  ['img onerror with entity-encoded code', (_js, n) => `<img src=x onerror="${entities(`alert(${n});top.__xss=${n}`, true)}">`],
  ['img with quote breakout into script', (js) => `<img """><script>${js}</script>">`],
  ['attribute value breakout', (js) => `<p title="&quot;><img src=x onerror=${js}>">attr</p>`],
  ['svg onload', (js) => `<svg/onload=${js}></svg>`],
  ['body onload', (js) => `<body onload="${js}">body</body>`],
  ['input autofocus onfocus', (js) => `<input autofocus onfocus="${js}">`],
  ['textarea autofocus onfocus', (js) => `<textarea autofocus onfocus="${js}">t</textarea>`],
  ['details open ontoggle', (js) => `<details open ontoggle="${js}"><summary>s</summary>d</details>`],
  ['video source onerror', (js) => `<video><source onerror="${js}"></video>`],
  ['picture source onerror', (js) => `<picture><source srcset="x" onerror="${js}"><img src="x" alt=""></picture>`],
  ['audio onerror', (js) => `<audio src=x onerror="${js}"></audio>`],
  ['marquee onstart', (js) => `<marquee onstart="${js}">m</marquee>`],
  ['full-page onmouseover', (js) => `<div onmouseover="${js}" style="position:fixed;inset:0">hover</div>`],
  ['link onclick', (js) => `<a href="#" onclick="${js}">click</a>`],
  ['svg animate onbegin', (js) => `<svg><animate onbegin="${js}" attributeName="x" dur="1s"></animate></svg>`],
  ['svg set attributeName onload', (js) => `<svg><set attributeName="onload" to="${js}"></set></svg>`],
  ['css animation onanimationstart', (js) => `<style>@keyframes x{}</style><p style="animation-name:x" onanimationstart="${js}">anim</p>`],

  // — mutation XSS and namespace confusion (DOMPurify bypass classics) —
  ['math/mtext/table/mglyph/style (DOMPurify 2.0.17)', (js) =>
    `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${js}&gt;"></table></mtext></math>`],
  ['math/mtext/table/mglyph/style/img', (js) => `<math><mtext><table><mglyph><style><img src=x onerror=${js}></style></mglyph></table></mtext></math>`],
  ['svg/style/img', (js) => `<svg><style><img src=x onerror=${js}></style></svg>`],
  ['svg/p/style attribute breakout (DOMPurify 2.0.0)', (js) => `<svg></p><style><a id="</style><img src=1 onerror=${js}>"></a></svg>`],
  ['nested form + math (DOMPurify 2.0.17)', (js) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${js}></style></mglyph></form></mtext></math>`],
  ['math/mi/table/mglyph/svg/mtext/textarea (DOMPurify 2.2.2)', (js) =>
    `<math><mi><table><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${js} src=1>"></path></textarea></mtext></svg></mglyph></table></mi></math>`],
  ['noscript title breakout', (js) => `<noscript><p title="</noscript><img src=x onerror=${js}>"></p></noscript>`],
  ['template content', (js) => `<template><img src=x onerror=${js}><script>${js}</script></template>`],
  ['svg foreignObject img', (js) => `<svg><foreignObject><img src=x onerror=${js}></foreignObject></svg>`],
  ['svg desc/style', (js) => `<svg><desc><style><img src=x onerror=${js}></style></desc></svg>`],
  ['math style', (js) => `<math><style><img src=x onerror=${js}></style></math>`],
  ['svg CDATA', (js) => `<svg><![CDATA[><img src=x onerror=${js}>]]></svg>`],
  ['xmp title breakout', (js) => `<xmp><img title="</xmp><img src=x onerror=${js}>"></xmp>`],
  ['noembed title breakout', (js) => `<noembed><img title="</noembed><img src=x onerror=${js}>"></noembed>`],
  ['iframe raw-text breakout', (js) => `<iframe><img title="</iframe><img src=x onerror=${js}>"></iframe>`],
  ['title raw-text breakout', (js) => `<title><img title="</title><img src=x onerror=${js}>"></title>`],
  ['svg a xlink:href javascript:', (js) => `<svg><a xlink:href="javascript:${js}"><text x="20" y="20">svg-link</text></a></svg>`],
  ['svg animate rewrites href to javascript:', (js) =>
    `<svg><animate xlink:href="#xss" attributeName="href" values="javascript:${js}"></animate><a id="xss"><text x="20" y="20">anim</text></a></svg>`],
  ['svg use with data: svg', (js) =>
    `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${js}'/></svg>#x"></use></svg>`],
  ['math href javascript:', (js) => `<math href="javascript:${js}">CLICK</math>`],
  ['math maction xlink:href', (js) => `<math><maction actiontype="statusline#" xlink:href="javascript:${js}">x</maction></math>`],

  // — javascript: URLs —
  ['a href javascript:', (js) => `<a href="javascript:${js}">js</a>`],
  ['a href JaVaScRiPt:', (js) => `<a href="JaVaScRiPt:${js}">case</a>`],
  ['a href jav&#x09;ascript:', (js) => `<a href="jav&#x09;ascript:${js}">tab-entity</a>`],
  ['a href &#106;avascript:', (js) => `<a href="&#106;avascript:${js}">dec-entity</a>`],
  ['a href all hex entities', (js) => `<a href="${entities('javascript:', true)}${js}">hex</a>`],
  ['a href zero-padded entities, no semicolons', (js) => `<a href="${entities('javascript:', false, 7)}${js}">padded</a>`],
  ['a href leading spaces and control chars', (js) => `<a href=" \u0001\u0010 javascript:${js}">ctrl</a>`],
  ['a href java&NewLine;script', (js) => `<a href="java&NewLine;script:${js}">newline</a>`],
  ['a href javascript&colon;', (js) => `<a href="javascript&colon;${js}">colon</a>`],
  ['a href literal tab', (js) => `<a href="jav\tascript:${js}">tab</a>`],
  ['a href javascript://%0a', (js) => `<a href="javascript://%0a${js}">comment-newline</a>`],
  ['a href vbscript:', () => `<a href="vbscript:msgbox(1)">vb</a>`],
  ['a href data:text/html', (js) => `<a href="data:text/html,<script>${js}</script>">data</a>`],
  ['a href data:text/html;base64', (js) => `<a href="data:text/html;base64,${b64(`<script>${js}</script>`)}">data-b64</a>`],
  ['a href DATA: upper case with spaces', (js) => `<a href=" DATA:text/html,<script>${js}</script>">DATA</a>`],
  ['a wrapping img href javascript:', (js) => `<a href="javascript:${js}"><img src="x" alt="img-link"></a>`],

  // — frames, objects, embeds —
  ['iframe src javascript:', (js) => `<iframe src="javascript:${js}"></iframe>`],
  ['iframe srcdoc', (js) => `<iframe srcdoc="<script>${js}</script>"></iframe>`],
  ['allowed embed host iframe with srcdoc and onload', (js) =>
    `<iframe src="https://www.youtube.com/embed/xss" srcdoc="<script>${js}</script>" onload="${js}"></iframe>`],
  ['iframe src data:text/html', (js) => `<iframe src="data:text/html,<script>${js}</script>"></iframe>`],
  ['iframe on a look-alike host', () => `<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>`],
  ['object data javascript:', (js) => `<object data="javascript:${js}"></object>`],
  ['object data data:text/html', (js) => `<object data="data:text/html;base64,${b64(`<script>${js}</script>`)}"></object>`],
  ['embed src data:svg', (js) => `<embed src="data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${js}"/>`)}">`],

  // — links that leave the site in disguise: each must still get rel="noopener noreferrer" —
  ['protocol-relative link', () => `<a href="//evil.example/pr">protocol-relative</a>`],
  ['backslash link', () => `<a href="/\\evil.example/bs">backslash</a>`],
  ['link with leading space', () => `<a href=" https://evil.example/sp">leading-space</a>`],
  ['link with a tab after the slash', () => `<a href="/&#x09;/evil.example/tab">tab-slash</a>`],

  // — document-level tricks —
  ['base href', (js) => `<base href="javascript:${js}//"><a href="/rel">rel</a>`],
  ['meta refresh', (js) => `<meta http-equiv="refresh" content="0;url=javascript:${js}">`],
  ['meta refresh to data:', (js) => `<meta http-equiv="refresh" content="0;url=data:text/html;base64,${b64(`<script>${js}</script>`)}">`],
  ['form action javascript:', (js) => `<form action="javascript:${js}"><input type="submit" value="go"></form>`],
  ['button formaction javascript:', (js) => `<form><button formaction="javascript:${js}">go</button></form>`],
  ['link stylesheet data:', (js) => `<link rel="stylesheet" href="data:text/css,*{x:expression(${js})}">`],
  ['DOM clobbering the flag', () => `<a id="__xss" name="__xss" href="#">clobber</a><form name="__xss"></form>`],

  // — CSS —
  ['style @import javascript:', (js) => `<style>@import 'javascript:${js}';</style>`],
  ['style url(javascript:)', (js) => `<style>*{background:url("javascript:${js}")}</style>`],
  ['style attribute expression()', (js) => `<p style="width:expression(${js})">expr</p>`],
  ['style attribute url(javascript:)', (js) => `<p style="background:url('javascript:${js}')">css-url</p>`],

  // — template and string tricks (text that must stay text) —
  ['angular constructor.constructor', (js) => `{{constructor.constructor('${js}')()}}`],
  ['angular $on.constructor', (js) => `{{$on.constructor('${js}')()}}`],
  ['template literal', (js) => '`${' + js + '}`'],
  ['i18next interpolation and nesting', () => '{{credit}} {{- name}} $t(site.home)'],
  ['String.replace patterns', () => "$' $` $& $$ $1 (a page template filled with String.replace must not expand these)"],
  ['escaped markup (double-decoding)', (js) => `&lt;img src=x onerror=${js}&gt;`],
  ['double-escaped script', (js) => `&amp;lt;script&amp;gt;${js}&amp;lt;/script&amp;gt;`],
  ['JS unicode escapes', (js) => `\\u003cscript\\u003e${js}\\u003c/script\\u003e`],
  ['JS hex escapes', (js) => `\\x3cimg src=x onerror=${js}\\x3e`],
  ['percent-encoded markup', (js) => `%3Cscript%3E${js}%3C%2Fscript%3E`],
  ['UTF-7', () => '+ADw-script+AD4-alert(1)+ADw-/script+AD4-'],
  ['full-width brackets', (js) => `＜script＞${js}＜/script＞`],
  ['zero-width joiner in tag name', (js) => `<scr\u200bipt>${js}</scr\u200bipt>`],
  ['right-to-left override', (js) => `\u202e<img src=x onerror=${js}>\u202c`],
  ['line separators', (js) => `\u2028<script>${js}</script>\u2029`],

  // — breakouts from the contexts a page might put text into —
  ['</title> breakout', (js) => `</title><script>${js}</script>`],
  ['JSON-LD </script> breakout', (js) => `</script><script>${js}</script>`],
  ['JSON-LD string breakout', (js) => `"};${js};//`],
  ['attribute breakout', (js) => `"><img src=x onerror=${js}>`],
  ["single-quoted attribute breakout", (js) => `'><svg onload=${js}></svg>`],
  ['</style> breakout', (js) => `</style><script>${js}</script>`],
  ['</textarea> breakout', (js) => `</textarea><img src=x onerror=${js}>`],
  ['</noscript> breakout', (js) => `</noscript><img src=x onerror=${js}>`],
  ['--!> comment end', (js) => `<!-- --!><img src=x onerror=${js}>`],
];

export interface Payload {
  n: number;
  name: string;
  html: string;
  /** The payload wrapped in harmless text: `قبل-007 … بعد-007`. */
  before: string;
  after: string;
  wrapped: string;
}

export const PAYLOADS: Payload[] = TEMPLATES.map(([name, template], index) => {
  const n = index + 1;
  const id = String(n).padStart(3, '0');
  const html = template(jsFor(n), n);
  const before = `قبل-${id}`;
  const after = `بعد-${id}`;
  return { n, name, html, before, after, wrapped: `${before} ${html} ${after}` };
});

/** URL-valued fields get these; the app must refuse every one (no link, no image, no navigation). */
export const HOSTILE_URLS = [
  `javascript:${jsFor(901)}`,
  `JaVaScRiPt:${jsFor(902)}`,
  ` \tjavascript:${jsFor(903)}`,
  `jav\tascript:${jsFor(904)}`,
  `data:text/html,<script>${jsFor(905)}</script>`,
  `data:text/html;base64,${b64(`<script>${jsFor(906)}</script>`)}`,
  `vbscript:msgbox(907)`,
];

// ————————————————————————————————————————————————————————————————————————————
// The hostile feed

export const SECTIONS = [
  { slug: 'world', title: 'العالم', description: `أخبار العالم ${PAYLOADS[0]!.wrapped}` },
  { slug: 'culture', title: 'ثقافة', description: `أخبار الثقافة ${PAYLOADS[1]!.wrapped}` },
] as const;

export const SITE_NAME = 'صحيفة الاختبار';

export const site = {
  name: SITE_NAME,
  description: `موقع اختبار ${PAYLOADS[2]!.wrapped}`,
  language: 'ar',
  locale: 'ar-DZ',
  time_zone: 'Africa/Algiers',
  home_feed_url: '/feed/latest.json',
  sections: SECTIONS.map((s) => ({ ...s, feed_url: `/feed/sections/${s.slug}.json` })),
};

export interface HostileItem {
  id: string;
  url: string;
  external_url?: string;
  title: string;
  summary: string;
  content_html: string;
  image?: string;
  banner_image?: string;
  date_published: string;
  authors: { name: string; url?: string; avatar?: string }[];
  tags: string[];
  _sahifa: {
    section: string;
    image?: { alt: string; caption: string; credit: string; width: number; height: number; variants: { url: string; width: number }[] };
  };
  /** Test-only: the payloads this item carries (ignored by the app like any unknown field). */
  _payloads: number[];
}

/**
 * Six items share the corpus; every string field of an item carries its whole batch. Six, plus the
 * URL item, is what the home page shows above the section blocks (lead + six newest).
 */
export const BATCH = Math.ceil(PAYLOADS.length / 6);
const join = (parts: string[]) => parts.join(' · ');

function batchItem(index: number, batch: Payload[]): HostileItem {
  const id = `xss-${index + 1}`;
  const wrapped = batch.map((p) => p.wrapped);
  return {
    id,
    url: `/articles/${id}`,
    // Each item also tries one hostile external_url (index 0 is a harmless external link).
    external_url: index === 0 ? 'https://evil.example/original' : HOSTILE_URLS[(index - 1) % HOSTILE_URLS.length],
    title: `عنوان ${index + 1} ${join(wrapped)}`,
    summary: `ملخص ${index + 1} ${join(wrapped)}`,
    content_html: batch.map((p) => `<p>${p.before}</p>\n${p.html}\n<p>${p.after}</p>`).join('\n'),
    image: `/feed/media/photo-${index + 1}.png`,
    date_published: new Date(Date.UTC(2026, 10, 24, 12 - index)).toISOString(),
    authors: batch.map((p, i) => ({ name: `كاتب ${p.wrapped}`, url: HOSTILE_URLS[i % HOSTILE_URLS.length] })),
    tags: batch.map((p) => `وسم ${p.wrapped}`),
    _sahifa: {
      section: SECTIONS[index % SECTIONS.length]!.slug,
      image: {
        alt: `صورة ${join(wrapped)}`,
        caption: `تعليق ${join(wrapped)}`,
        credit: `مصور ${join(wrapped)}`,
        width: 1200,
        height: 675,
        variants: [
          { url: `/feed/media/photo-${index + 1}.png?w=600`, width: 600 },
          { url: HOSTILE_URLS[index % HOSTILE_URLS.length]!, width: 900 },
          { url: `/feed/media/photo-${index + 1}.png?w=1200`, width: 1200 },
        ],
      },
    },
    _payloads: batch.map((p) => p.n),
  };
}

const batches: Payload[][] = [];
for (let i = 0; i < PAYLOADS.length; i += BATCH) batches.push(PAYLOADS.slice(i, i + BATCH));

/**
 * One more item that attacks the URL fields and the id itself: every URL is hostile, so it has no
 * image, no external link, and its id must survive the trip into a path and back.
 */
const urlItem: HostileItem = {
  id: `روابط-"><img src=x onerror=${jsFor(950)}>`,
  url: `javascript:${jsFor(951)}`,
  external_url: `data:text/html,<script>${jsFor(952)}</script>`,
  title: `روابط خبيثة قبل-URL <a href="javascript:${jsFor(953)}">x</a> بعد-URL`,
  summary: `ملخص الروابط قبل-URL2 <img src=x onerror=${jsFor(954)}> بعد-URL2`,
  content_html: `<p>قبل-URL3</p><a href="javascript:${jsFor(955)}">x</a><p>بعد-URL3</p>`,
  image: `javascript:${jsFor(956)}`,
  banner_image: `data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${jsFor(957)}"/>`)}`,
  date_published: new Date(Date.UTC(2026, 10, 23, 12)).toISOString(),
  authors: HOSTILE_URLS.map((url, i) => ({ name: `كاتب-رابط-${i + 1}`, url, avatar: url })),
  tags: ['روابط'],
  _sahifa: { section: SECTIONS[1].slug },
  _payloads: [],
};

export const ITEMS: HostileItem[] = [...batches.map((batch, index) => batchItem(index, batch)), urlItem];

export const feedPage = (title: string, items: HostileItem[]) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title,
  home_page_url: '/',
  description: PAYLOADS[3]!.wrapped,
  items,
});

export const latest = feedPage(`آخر الأخبار ${PAYLOADS[4]!.wrapped}`, ITEMS);
export const sectionFeed = (slug: string) =>
  feedPage(
    SECTIONS.find((s) => s.slug === slug)!.title,
    ITEMS.filter((item) => item._sahifa.section === slug),
  );

/** A 1×1 PNG for the items' images (a broken image would hide its alt text). */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
