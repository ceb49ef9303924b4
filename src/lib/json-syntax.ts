/**
 * Where a broken JSON document breaks. V8's JSON.parse names the position for some errors and not
 * for others ("Unexpected end of JSON input", "Unexpected token '}'"), so a document that failed to
 * parse is scanned again here to point an editor at the line and column. Used by `feed:check` and
 * by the editor preview, which also needs the offset (to put the caret there) and a code (to say
 * what is wrong in Arabic).
 */

export type JsonSyntaxErrorCode =
  | 'end-of-file'
  | 'unterminated-string'
  | 'invalid-escape'
  | 'control-character'
  | 'invalid-number'
  | 'expected-value'
  | 'expected-property-name'
  | 'expected-colon'
  | 'expected-comma-or-brace'
  | 'expected-comma-or-bracket'
  | 'trailing-text';

export interface JsonSyntaxError {
  line: number;
  column: number;
  /** UTF-16 offset into the text, as a textarea's selection counts. */
  offset: number;
  code: JsonSyntaxErrorCode;
  message: string;
}

class ScanError extends Error {
  readonly offset: number;
  readonly code: JsonSyntaxErrorCode;
  constructor(offset: number, code: JsonSyntaxErrorCode, message: string) {
    super(message);
    this.offset = offset;
    this.code = code;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPABLE = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let offset = 0;

  const fail = (code: JsonSyntaxErrorCode, message: string): never => {
    if (offset >= text.length) throw new ScanError(offset, 'end-of-file', 'unexpected end of file');
    throw new ScanError(offset, code, message);
  };
  const skipWhitespace = () => {
    while (offset < text.length && ' \t\n\r'.includes(text[offset]!)) offset++;
  };
  const describe = (char: string | undefined) => {
    if (char === undefined) return 'end of file';
    return char < ' ' ? JSON.stringify(char) : `'${char}'`;
  };

  const scanString = () => {
    offset++;
    for (;;) {
      const char = text[offset];
      if (char === undefined) fail('unterminated-string', 'unterminated string');
      if (char === '"') {
        offset++;
        return;
      }
      if (char === '\\') {
        const escaped = text[offset + 1];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(offset + 2, offset + 6))) fail('invalid-escape', 'invalid \\u escape');
          offset += 6;
          continue;
        }
        if (escaped === undefined || !ESCAPABLE.has(escaped)) fail('invalid-escape', `invalid escape \\${escaped ?? ''}`);
        offset += 2;
        continue;
      }
      if (char! < ' ') fail('control-character', 'control character inside a string (write it as an escape, e.g. \\n)');
      offset++;
    }
  };

  const scanValue = (): void => {
    skipWhitespace();
    const char = text[offset];
    if (char === '{') return scanObject();
    if (char === '[') return scanArray();
    if (char === '"') return scanString();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      NUMBER.lastIndex = offset;
      if (!NUMBER.test(text)) fail('invalid-number', 'invalid number');
      offset = NUMBER.lastIndex;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, offset)) {
        offset += literal.length;
        return;
      }
    }
    fail('expected-value', `unexpected ${describe(char)}, expected a value`);
  };

  const scanObject = () => {
    offset++;
    skipWhitespace();
    if (text[offset] === '}') {
      offset++;
      return;
    }
    for (;;) {
      skipWhitespace();
      if (text[offset] !== '"') fail('expected-property-name', `unexpected ${describe(text[offset])}, expected a property name in double quotes`);
      scanString();
      skipWhitespace();
      if (text[offset] !== ':') fail('expected-colon', `unexpected ${describe(text[offset])}, expected ':' after the property name`);
      offset++;
      scanValue();
      skipWhitespace();
      if (text[offset] === '}') {
        offset++;
        return;
      }
      if (text[offset] !== ',') fail('expected-comma-or-brace', `unexpected ${describe(text[offset])}, expected ',' or '}' after a property value`);
      offset++;
    }
  };

  const scanArray = () => {
    offset++;
    skipWhitespace();
    if (text[offset] === ']') {
      offset++;
      return;
    }
    for (;;) {
      scanValue();
      skipWhitespace();
      if (text[offset] === ']') {
        offset++;
        return;
      }
      if (text[offset] !== ',') fail('expected-comma-or-bracket', `unexpected ${describe(text[offset])}, expected ',' or ']' after an array element`);
      offset++;
    }
  };

  try {
    scanValue();
    skipWhitespace();
    if (offset < text.length) fail('trailing-text', 'unexpected text after the end of the JSON value');
    return undefined;
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return { ...lineAndColumn(text, error.offset), offset: error.offset, code: error.code, message: error.message };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

export interface JsonSpan {
  start: number;
  end: number;
  /** False when the path is absent: the span is then the inside of the nearest object or array on it. */
  found: boolean;
}

/**
 * Where the value at `path` is in a valid JSON text (`['items', 2, 'title']`), so an editor can be
 * taken to the field a problem is about. For a field that is absent, the caret goes just inside the
 * object that should hold it. As JSON.parse does, the last of duplicate keys wins.
 */
export function locateJsonPath(text: string, path: readonly (string | number)[]): JsonSpan | undefined {
  let offset = 0;
  const skipWhitespace = () => {
    while (offset < text.length && ' \t\n\r'.includes(text[offset]!)) offset++;
  };
  const skipString = () => {
    offset++;
    while (offset < text.length && text[offset] !== '"') offset += text[offset] === '\\' ? 2 : 1;
    offset++;
  };
  /** Moves past one value; the text is valid JSON, so only strings and nesting need care. */
  const skipValue = () => {
    skipWhitespace();
    const open = text[offset];
    if (open === '"') return skipString();
    if (open !== '{' && open !== '[') {
      while (offset < text.length && !',}] \t\n\r'.includes(text[offset]!)) offset++;
      return;
    }
    let depth = 0;
    do {
      const char = text[offset];
      if (char === '"') {
        skipString();
        continue;
      }
      if (char === '{' || char === '[') depth++;
      else if (char === '}' || char === ']') depth--;
      offset++;
    } while (depth > 0 && offset < text.length);
  };

  const find = (depth: number): JsonSpan | undefined => {
    skipWhitespace();
    const start = offset;
    if (depth === path.length) {
      skipValue();
      return { start, end: offset, found: true };
    }
    const key = path[depth];
    const open = text[offset];
    const inside: JsonSpan = { start: start + 1, end: start + 1, found: false };
    if (open === '{' && typeof key === 'string') {
      offset++;
      let match: number | undefined;
      for (skipWhitespace(); text[offset] === '"'; skipWhitespace()) {
        const keyStart = offset;
        skipString();
        const name = JSON.parse(text.slice(keyStart, offset)) as string;
        skipWhitespace();
        offset++; // ':'
        skipWhitespace();
        if (name === key) match = offset;
        skipValue();
        skipWhitespace();
        if (text[offset] === ',') offset++;
      }
      if (match === undefined) return inside;
      offset = match;
      return find(depth + 1);
    }
    if (open === '[' && typeof key === 'number') {
      offset++;
      for (let index = 0; index < key; index++) {
        skipValue();
        skipWhitespace();
        if (text[offset] !== ',') return inside;
        offset++;
      }
      skipWhitespace();
      return text[offset] === ']' ? inside : find(depth + 1);
    }
    return depth === 0 ? undefined : { start, end: start, found: false };
  };

  try {
    JSON.parse(text);
  } catch {
    return undefined;
  }
  return find(0);
}
