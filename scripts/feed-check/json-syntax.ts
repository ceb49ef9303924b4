/**
 * Where a broken JSON document breaks. V8's JSON.parse names the position for some errors and not
 * for others ("Unexpected end of JSON input", "Unexpected token '}'"), so a document that failed to
 * parse is scanned again here to point an editor at the line and column.
 */

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

class ScanError extends Error {
  readonly offset: number;
  constructor(offset: number, message: string) {
    super(message);
    this.offset = offset;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPABLE = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let offset = 0;

  const fail = (message: string): never => {
    throw new ScanError(offset, offset >= text.length ? 'unexpected end of file' : message);
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
      if (char === undefined) fail('unterminated string');
      if (char === '"') {
        offset++;
        return;
      }
      if (char === '\\') {
        const escaped = text[offset + 1];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(offset + 2, offset + 6))) fail('invalid \\u escape');
          offset += 6;
          continue;
        }
        if (escaped === undefined || !ESCAPABLE.has(escaped)) fail(`invalid escape \\${escaped ?? ''}`);
        offset += 2;
        continue;
      }
      if (char! < ' ') fail('control character inside a string (write it as an escape, e.g. \\n)');
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
      if (!NUMBER.test(text)) fail('invalid number');
      offset = NUMBER.lastIndex;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, offset)) {
        offset += literal.length;
        return;
      }
    }
    fail(`unexpected ${describe(char)}, expected a value`);
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
      if (text[offset] !== '"') fail(`unexpected ${describe(text[offset])}, expected a property name in double quotes`);
      scanString();
      skipWhitespace();
      if (text[offset] !== ':') fail(`unexpected ${describe(text[offset])}, expected ':' after the property name`);
      offset++;
      scanValue();
      skipWhitespace();
      if (text[offset] === '}') {
        offset++;
        return;
      }
      if (text[offset] !== ',') fail(`unexpected ${describe(text[offset])}, expected ',' or '}' after a property value`);
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
      if (text[offset] !== ',') fail(`unexpected ${describe(text[offset])}, expected ',' or ']' after an array element`);
      offset++;
    }
  };

  try {
    scanValue();
    skipWhitespace();
    if (offset < text.length) fail('unexpected text after the end of the JSON value');
    return undefined;
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return { ...lineAndColumn(text, error.offset), message: error.message };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
