import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { offsetOf, parseJsonInput } from '../../src/interop/json-input.js';
import { cleanText, familyNameOf, slugOf } from '../../src/interop/names.js';
import { renderScalar, renderYamlDocument } from '../../src/interop/yaml-text.js';

describe('renderScalar', () => {
  it('writes plain what YAML reads back as the same text, and quotes the rest', () => {
    const cases: [string, 'block' | 'flow', string][] = [
      ['Ann Adams', 'flow', 'Ann Adams'],
      ['2023-07-11', 'flow', '2023-07-11'],
      ['no', 'block', 'no'],
      ['true', 'block', '"true"'],
      ['0012', 'block', '"0012"'],
      ['12', 'block', '"12"'],
      ['1e3', 'block', '"1e3"'],
      ['null', 'flow', '"null"'],
      ['Title: Parks', 'block', '"Title: Parks"'],
      ['a # b', 'block', '"a # b"'],
      ['Co., Inc.', 'block', 'Co., Inc.'],
      ['Co., Inc.', 'flow', '"Co., Inc."'],
      ['- item', 'block', '"- item"'],
      [' padded', 'block', '" padded"'],
      ["Legistar's", 'flow', "Legistar's"],
      ['"quoted"', 'block', '"\\"quoted\\""'],
    ];
    for (const [text, context, expected] of cases) {
      expect(renderScalar(text, context, false), text).toBe(expected);
    }
    expect(renderScalar('230359', 'block', true)).toBe('"230359"');
  });

  it('reads back as the same text, for any text (property)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const value = cleanText(text);
        const doc = renderYamlDocument([], { a: value, b: { c: value, d: 1 } });
        expect(parse(doc, { version: '1.2', schema: 'core' })).toEqual({
          a: value,
          b: { c: value, d: 1 },
        });
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe('names', () => {
  it('slugs and family names', () => {
    expect(slugOf('José G. Pérez')).toBe('jose-g-perez');
    expect(familyNameOf('ALD. BAUMAN')).toBe('bauman');
    expect(familyNameOf('Ray Brill Jr.')).toBe('brill');
    expect(familyNameOf('Mayor DiRocco')).toBe('dirocco');
    expect(familyNameOf('Council Member')).toBeUndefined();
    expect(cleanText(' a\u0007\tb\n\nc ')).toBe('a b c');
  });
});

describe('JSON inputs', () => {
  it('finds the offset of a value in a JSON text, for line:column', () => {
    const text = '[{"a": 1, "b": [true, {"c": "x,]}"}]}, {"a": 2}]';
    expect(offsetOf(text, [1, 'a'])).toBe(text.lastIndexOf('2'));
    expect(offsetOf(text, [0, 'b', 1, 'c'])).toBe(text.indexOf('"x'));
    expect(offsetOf(text, [2])).toBeUndefined();
    expect(offsetOf(text, [0, 'z'])).toBeUndefined();
  });

  it('reports invalid JSON at its place', () => {
    const parsed = parseJsonInput('v.json', '[{"a": 1,}]');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect([parsed.diagnostic.code, parsed.diagnostic.span]).toEqual([
      'interop/json',
      { start: 9, end: 9 },
    ]);
    const cut = parseJsonInput('v.json', '[{"a": 1');
    expect(cut.ok ? undefined : cut.diagnostic.span).toEqual({ start: 8, end: 8 });
  });
});
