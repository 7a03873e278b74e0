/**
 * The plain parser against the yaml library, side by side: every YAML file of
 * the repository, hand-picked edge cases, and generated documents. (Every
 * YAML file the other tests write, the bad inputs of INPUTS.md among them,
 * goes through the same comparison in writeTempFiles.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlainYaml } from '../../src/load/plain-yaml.js';
import {
  expectPlainAgreesWithYaml,
  expectPlainAgreesWithYamlOnBytes,
} from '../support/plain-yaml-differential.js';
import { COUNCIL, ROLL_CALL } from '../support/valid-documents.js';
import { TESTVILLE } from '../support/testville.js';

const ROOT = join(import.meta.dirname, '..', '..');

function yamlFilesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...yamlFilesUnder(path));
    else if (/\.ya?ml$/i.test(entry.name)) found.push(path);
  }
  return found;
}

describe('the plain parser agrees with the yaml library', () => {
  it('on every YAML file in the repository (fixtures, bundled data)', () => {
    const files = [
      ...yamlFilesUnder(join(ROOT, 'test')),
      ...yamlFilesUnder(join(ROOT, 'ordinances')),
    ];
    expect(files.length).toBeGreaterThan(20);
    let read = 0;
    for (const file of files) {
      const before = read;
      expectPlainAgreesWithYamlOnBytes(readFileSync(file), relative(ROOT, file));
      if (parsePlainYaml(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) !== undefined) read++;
      expect(read - before).toBeLessThanOrEqual(1);
    }
    // The bundled data is what tally reads at start-up: all of it in the subset.
    for (const file of yamlFilesUnder(join(ROOT, 'ordinances'))) {
      expect(parsePlainYaml(readFileSync(file, 'utf8')), file).toBeDefined();
    }
    expect(read).toBeGreaterThan(files.length / 2);
  });

  it('on the documents the tests build on', () => {
    for (const text of [COUNCIL, ROLL_CALL, TESTVILLE]) {
      expect(expectPlainAgreesWithYaml(text)).toBe(true);
    }
  });

  it.each([
    // read by the plain parser
    [
      'scalars',
      "a: 1\nb: -2\nc: 0.5\nd: true\ne: false\nf: null\ng: ~\nh: x y\ni: \"q\"\nj: 'it''s'\n",
    ],
    ['a date and a fraction stay text', 'from: 2024-04-16\nfraction: 2/3\ntally: 15-0\n'],
    ['comments', '# top\na: 1 # one\n\n  # indented comment\nb: [x, y] # list\n'],
    ['nested maps and lists', 'a:\n  b:\n    - c: 1\n      d: [1, 2]\n    - e\nf:\n- 1\n- 2\n'],
    ['flow collections', 'a: { b: 1, c: [x, "y", \'z\'], d: {} }\ne: []\n'],
    ['urls', 'sources: [https://example.org/a?b=1#c, http://x.y:80/]\nsource: https://e.org/x:y\n'],
    [
      'block scalars',
      's: >-\n  one\n  two\n\n  three\nt: |\n  line\n    more\n\n  last\nu: |-\n  x\nv: >\n  y\n',
    ],
    ['block scalars in a list', 'w:\n  - >-\n    one\n    two\n  - |\n    three\n'],
    ['CRLF', 'a: 1\r\nb:\r\n  - x\r\n'],
    ['unicode', 'name: José G. Pérez\ncity: Zürich — “quoted”\n'],
    ['quoted keys', '"a b": 1\n\'c\': 2\n'],
    ['odd but plain text', 'a: x,y\nb: -x\nc: a#b\nd: 1.2.3\ne: .foo\nf: 1_000\ng: 10:30\n'],
    ['empty values', 'a:\nb: # nothing\nc: ~\n'],
    // left to the yaml library
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['an escape', 'a: "x\\ty"\n'],
    ['a tab', 'a:\n\t- x\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a merge key', 'a: { x: 1 }\n<<: 1\n'],
    ['a number key', '1: a\n'],
    ['non-decimal numbers', 'a: 0x0F\nb: +15\nc: 1.5e1\nd: 0012\ne: .inf\nf: 15.0\n'],
    ['other booleans and nulls', 'a: True\nb: NULL\n'],
    ['a value read as a key', 'title: Ordinance: Parks\n'],
    ['a control character', 'a: x\u0001y\n'],
    ['an unclosed flow', 'a: [x, y\n'],
    ['a flow over two lines', 'a: [x,\n  y]\n'],
    ['a trailing comma', 'a: [x, y, ]\n'],
    ['keep chomping', 'a: |+\n  x\n\n'],
    ['an indentation indicator', 'a: |2\n   x\n'],
    ['a long key', `${'k'.repeat(1100)}: 1\n`],
    ['a top-level list', '- a\n- b\n'],
    ['an indented top level', '  a: 1\n'],
    ['an empty file', ''],
    ['only comments', '# nothing\n'],
    ['a key without a value on its own line', 'a:\n  b\n'],
    ['a block scalar at the end without a line break', 'a: |\n  x'],
  ])('%s', (_, text) => {
    expectPlainAgreesWithYaml(text);
  });

  it('reads what council data is written in, and leaves the rest', () => {
    expect(parsePlainYaml(COUNCIL)).toBeDefined();
    expect(parsePlainYaml('a: &x 1\nb: *x\n')).toBeUndefined();
    expect(parsePlainYaml('a: 0x0F\n')).toBeUndefined();
    expect(parsePlainYaml('a: 1\na: 2\n')).toBeUndefined();
  });

  it('on generated documents', () => {
    fc.assert(
      fc.property(yamlText(), (text) => {
        expectPlainAgreesWithYaml(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('on generated documents with a character changed', () => {
    fc.assert(
      fc.property(yamlText(), fc.nat(), fc.constantFrom(...TRICKY), (text, at, insert) => {
        const i = text.length === 0 ? 0 : at % text.length;
        expectPlainAgreesWithYaml(text.slice(0, i) + insert + text.slice(i));
        expectPlainAgreesWithYaml(text.slice(0, i) + text.slice(i + 1));
      }),
      { numRuns: 3000 },
    );
  });
});

/** Characters and fragments that change what YAML means. */
const TRICKY = [
  ' ',
  '  ',
  '\n',
  '\r\n',
  '#',
  ' #',
  ':',
  ': ',
  '-',
  '- ',
  ',',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '?',
  '~',
  '\t',
  '.',
  '0',
  '1',
  'e',
  '+',
  '/',
  '\\',
  'true',
  'null',
  'True',
  '0x',
  '---',
  '...',
  '<<',
  'é',
  '\u00a0',
  '\u2028',
];

/** Scalars as written: mostly what council data holds, sometimes every other spelling. */
function scalarText(): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 30,
      arbitrary: fc.constantFrom(
        'aye',
        'no',
        'yes',
        'member-01',
        'Andrea Pratt',
        'x y z',
        '2024-04-16',
        '2/3',
        '3/2',
        '15-0',
        'https://example.org/a?b=c#d',
        'true',
        'false',
        'null',
        '~',
        '0',
        '15',
        '-3',
        '0.95',
        'José',
        '""',
        "''",
        '"a b"',
        "'it''s'",
        '-x',
        'a:b',
        'a #b',
      ),
    },
    { weight: 10, arbitrary: fc.stringMatching(/^[a-z][a-z0-9 -]{0,12}$/) },
    { weight: 5, arbitrary: fc.integer({ min: -1000, max: 100000 }).map(String) },
    { weight: 1, arbitrary: fc.double({ min: -10, max: 10, noNaN: true }).map(String) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'True',
        'NULL',
        '1.0',
        '0012',
        '0x0F',
        '+15',
        '1e3',
        '.5',
        '.nan',
        '-.inf',
        '12345678901234567890',
        '-0',
        '1_000',
        '"x\\ny"',
        ':x',
      ),
    },
  );
}

function keyText(): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 10,
      arbitrary: fc.constantFrom('kind', 'id', 'votes', 'a', 'b', 'name', '"q"', "'s'", 'a b'),
    },
    { weight: 10, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/) },
    { weight: 1, arbitrary: fc.constantFrom('1', 'null', 'a b ', '<<') },
  );
}

type Node =
  | { kind: 'scalar'; text: string }
  | { kind: 'map'; pairs: [string, Node][] }
  | { kind: 'seq'; items: Node[] };

const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarText().map((text): Node => ({ kind: 'scalar', text })),
    fc
      .array(fc.tuple(keyText(), tie('node')), { maxLength: 4 })
      .map((pairs): Node => ({ kind: 'map', pairs })),
    fc.array(tie('node'), { maxLength: 4 }).map((items): Node => ({ kind: 'seq', items })),
  ),
})).node;

/** A document: a top-level mapping written in block style, nested values in either style. */
function yamlText(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(fc.tuple(keyText(), node), { minLength: 1, maxLength: 6 }),
      fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
      fc.constantFrom(1, 2, 3, 4),
      fc.boolean(),
    )
    .map(([pairs, coins, step, crlf]) => {
      let c = 0;
      const coin = (): boolean => coins[c++ % coins.length] === true;
      const flow = (n: Node): string => {
        switch (n.kind) {
          case 'scalar':
            return n.text;
          case 'map':
            return `{ ${n.pairs.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
          case 'seq':
            return `[${n.items.map(flow).join(', ')}]`;
        }
      };
      const block = (n: Node, indent: number): string[] => {
        const pad = ' '.repeat(indent);
        switch (n.kind) {
          case 'scalar':
            return [n.text];
          case 'map':
            return n.pairs.flatMap(([k, v]) => entry(`${pad}${k}:`, v, indent));
          case 'seq':
            return n.items.flatMap((item) => entry(`${pad}-`, item, indent));
        }
      };
      const entry = (head: string, v: Node, indent: number): string[] => {
        if (
          v.kind === 'scalar' ||
          coin() ||
          (v.kind === 'map' ? v.pairs.length : v.items.length) === 0
        ) {
          const value =
            v.kind === 'scalar' && coin() && coin()
              ? `>-\n${' '.repeat(indent + step)}${v.text}`
              : flow(v);
          return [`${head} ${value}${coin() && coin() ? ' # note' : ''}`];
        }
        const inner = v.kind === 'seq' && coin() ? indent : indent + step;
        return [
          head,
          ...(coin() && coin() ? [`${' '.repeat(inner)}# comment`] : []),
          ...block(v, inner),
        ];
      };
      const lines = block({ kind: 'map', pairs }, 0);
      return lines.join(crlf ? '\r\n' : '\n') + (coin() ? '\n' : '');
    });
}
