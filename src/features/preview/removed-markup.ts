/**
 * What the sanitiser will take out of an item's HTML, found by comparing the raw markup with the
 * sanitised copy the reader gets. Tags and attributes are counted by name on both sides; whatever
 * is rarer after sanitising was removed. Attributes that vanish with their removed element are not
 * listed again (a removed `<script src>` is one finding, not two).
 *
 * Parsing uses DOMParser, whose documents never run scripts or load images, so hostile markup is
 * inert here.
 */
export interface RemovedMarkup {
  /** Dropped because it could run code or leak data: scripts, event handlers, unsafe URLs, frames. */
  unsafe: string[];
  /** Dropped because the site's styles decide the look: classes, inline styles, fonts… */
  formatting: string[];
}

const UNSAFE_TAGS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea',
  'select', 'base', 'meta', 'link', 'svg', 'math', 'noscript', 'template', 'portal',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'srcdoc', 'action', 'formaction', 'xlink:href', 'poster', 'background']);
/** The parser's own wrapper elements, present in every parsed document. */
const DOCUMENT_TAGS = new Set(['html', 'head', 'body']);

interface Census {
  tags: Map<string, number>;
  attributes: Map<string, number>;
}

export function findRemovedMarkup(raw: string, sanitised: string): RemovedMarkup {
  const after = census(sanitised);
  const before = census(raw, (tag) => (after.tags.get(tag) ?? 0) > 0);
  const unsafe: string[] = [];
  const formatting: string[] = [];
  for (const [tag, count] of before.tags) {
    const removed = count - (after.tags.get(tag) ?? 0);
    if (removed > 0) (UNSAFE_TAGS.has(tag) ? unsafe : formatting).push(label(`<${tag}>`, removed));
  }
  for (const [name, count] of before.attributes) {
    const removed = count - (after.attributes.get(name) ?? 0);
    if (removed <= 0) continue;
    const dangerous = name.startsWith('on') || URL_ATTRIBUTES.has(name);
    (dangerous ? unsafe : formatting).push(label(name, removed));
  }
  return { unsafe, formatting };
}

/** Tag and attribute counts; attributes only of elements whose kind survives (`keepsTag`). */
function census(html: string, keepsTag: (tag: string) => boolean = () => true): Census {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const tags = new Map<string, number>();
  const attributes = new Map<string, number>();
  for (const element of document.querySelectorAll('*')) {
    const tag = element.localName;
    if (!DOCUMENT_TAGS.has(tag)) tags.set(tag, (tags.get(tag) ?? 0) + 1);
    // `<body onload>` inside a fragment lands on the parser's own body: still the feed's attribute.
    if (!DOCUMENT_TAGS.has(tag) && !keepsTag(tag)) continue;
    for (const { name } of element.attributes) attributes.set(name, (attributes.get(name) ?? 0) + 1);
  }
  return { tags, attributes };
}

const label = (name: string, count: number) => (count > 1 ? `${name} ×${count}` : name);
