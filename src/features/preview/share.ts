/**
 * A draft travels inside the preview link's fragment: compressed with the browser's own
 * CompressionStream and written in base64url. The fragment never reaches a server, so nothing is
 * uploaded and the link works on any static host.
 */

/**
 * RFC 9110 asks every client and server to handle URIs of at least 8,000 octets; chat apps and
 * mail clients are known to cut longer ones. A draft whose fragment would exceed this is refused
 * instead of producing a link that opens broken.
 */
export const MAX_FRAGMENT_LENGTH = 8000;

const PREFIX = 'draft=';
const ITEM = '&item=';

export interface SharedDraft {
  text: string;
  /** The item picked in a whole feed. */
  itemIndex: number;
}

/** The fragment (without `#`) for a draft. */
export async function encodeDraftFragment({ text, itemIndex }: SharedDraft): Promise<string> {
  const compressed = await transform(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return `${PREFIX}${toBase64Url(compressed)}${itemIndex > 0 ? `${ITEM}${itemIndex}` : ''}`;
}

/** The draft in a fragment; undefined when the fragment is not a shared draft. Throws when it is one but broken. */
export async function decodeDraftFragment(fragment: string): Promise<SharedDraft | undefined> {
  const value = fragment.replace(/^#/, '');
  if (!value.startsWith(PREFIX)) return undefined;
  const [encoded = '', item] = value.slice(PREFIX.length).split(ITEM);
  const bytes = await transform(fromBase64Url(encoded), new DecompressionStream('deflate-raw'));
  return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), itemIndex: Math.max(0, Number(item) || 0) };
}

async function transform(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  const output = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a whole large array into fromCharCode overflows the call stack.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
