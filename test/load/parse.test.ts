import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/diagnostics/source-text.js';
import { parseSourceText } from '../../src/load/parse.js';
import { locate } from '../../src/load/locate.js';

function parse(text: string) {
  const source = new SourceText('t.yaml', text);
  return { source, parsed: parseSourceText(source) };
}

describe('parseSourceText', () => {
  it('keeps `no` and `yes` as text even under a %YAML 1.1 directive', () => {
    const { parsed } = parse('%YAML 1.1\n---\nvote: no\nn: 1\n');
    const doc = parsed.documents[0];
    expect(doc?.data).toEqual({ vote: 'no', n: 1 });
    expect(doc?.diagnostics.map((d) => d.code)).toEqual(['yaml/directive-1.1']);
  });

  it('locates keys and values', () => {
    const { source, parsed } = parse('a:\n  b: [x, y]\n');
    const doc = parsed.documents[0];
    if (doc === undefined) throw new Error('no document');
    expect(source.position(locate(doc.tree, ['a', 'b', 1]).start)).toEqual({ line: 2, column: 10 });
    expect(source.position(locate(doc.tree, ['a', 'b'], 'key').start)).toEqual({
      line: 2,
      column: 3,
    });
  });
});
