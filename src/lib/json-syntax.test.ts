import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, locateJsonPath } from './json-syntax';

const text = `{
  "id": "a",
  "title": "عنوان \\"مقتبس\\"",
  "tags": ["x", "y"],
  "_sahifa": { "image": { "alt": "" } },
  "items": [{ "id": 1 }, { "id": 2, "title": "ثاني" }]
}`;
const at = (path: (string | number)[]) => {
  const span = locateJsonPath(text, path);
  return span && { ...span, text: text.slice(span.start, span.end) };
};

describe('locateJsonPath', () => {
  it('finds values by key and index, past escaped quotes and nested values', () => {
    expect(at(['title'])).toMatchObject({ found: true, text: '"عنوان \\"مقتبس\\""' });
    expect(at(['tags', 1])).toMatchObject({ found: true, text: '"y"' });
    expect(at(['_sahifa', 'image', 'alt'])).toMatchObject({ found: true, text: '""' });
    expect(at(['items', 1, 'title'])).toMatchObject({ found: true, text: '"ثاني"' });
    expect(at([])).toMatchObject({ found: true, start: 0, end: text.length });
  });

  it('puts the caret inside the object that should hold an absent field', () => {
    const span = at(['items', 0, 'title'])!;
    expect(span.found).toBe(false);
    expect(text.slice(span.start - 1, span.start + 9)).toBe('{ "id": 1 ');
    expect(at(['summary'])).toMatchObject({ found: false, start: 1 });
    expect(at(['tags', 5])).toMatchObject({ found: false });
  });

  it('follows JSON.parse on duplicate keys: the last one wins', () => {
    const duplicated = '{"title": "أول", "title": "آخر"}';
    const span = locateJsonPath(duplicated, ['title'])!;
    expect(duplicated.slice(span.start, span.end)).toBe('"آخر"');
  });

  it('gives up on text that is not JSON', () => {
    expect(locateJsonPath('{"a": ', ['a'])).toBeUndefined();
  });
});

describe('findJsonSyntaxError', () => {
  it('gives the offset and a code for each kind of mistake', () => {
    expect(findJsonSyntaxError('{\n  "title": "x"\n  "summary": "y"\n}')).toMatchObject({ line: 3, column: 3, offset: 19, code: 'expected-comma-or-brace' });
    expect(findJsonSyntaxError("{'a': 1}")).toMatchObject({ code: 'expected-property-name' });
    expect(findJsonSyntaxError('{"a": "x')).toMatchObject({ code: 'end-of-file' });
    expect(findJsonSyntaxError('{"a" 1}')).toMatchObject({ code: 'expected-colon' });
    expect(findJsonSyntaxError('[1 2]')).toMatchObject({ code: 'expected-comma-or-bracket' });
    expect(findJsonSyntaxError('{"a": tru}')).toMatchObject({ code: 'expected-value' });
  });
});
