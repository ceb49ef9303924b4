/**
 * The images and links inside an item's `content_html`. A tag scanner rather than a DOM parser: it
 * only has to find `<img>` and `<a>` attributes, and it has to stay fast on a feed of 10,000 items.
 */

export interface HtmlImage {
  src: string;
  hasAlt: boolean;
}

const TAG = /<(img|a)\b((?:"[^"]*"|'[^']*'|[^'">])*)>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const COMMENT = /<!--[\s\S]*?-->/g;

export function findImagesAndLinks(html: string): { images: HtmlImage[]; links: string[] } {
  const images: HtmlImage[] = [];
  const links: string[] = [];
  for (const [, tag, attributeText] of html.replace(COMMENT, '').matchAll(TAG)) {
    const attributes = parseAttributes(attributeText ?? '');
    if (tag!.toLowerCase() === 'img') {
      const src = attributes.get('src');
      if (src) images.push({ src, hasAlt: attributes.has('alt') });
    } else {
      const href = attributes.get('href');
      if (href) links.push(href);
    }
  }
  return { images, links };
}

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, doubleQuoted, singleQuoted, unquoted] of text.matchAll(ATTRIBUTE)) {
    attributes.set(name!.toLowerCase(), decodeEntities((doubleQuoted ?? singleQuoted ?? unquoted ?? '').trim()));
  }
  return attributes;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}
