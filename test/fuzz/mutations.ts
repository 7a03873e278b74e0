import fc from 'fast-check';

/**
 * Changes to a council data file, of the kinds that hostile users and messy
 * repositories make: bytes and tokens inserted anywhere (control characters,
 * YAML indicators, tags, anchors, directives, odd numbers), values replaced
 * by collections, lines repeated, re-indented, removed or cut short. Places
 * are fractions of the text, so that one change applies to any file.
 */
export type Mutation =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'bytes'; readonly at: number; readonly bytes: readonly number[] }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'value'; readonly line: number; readonly value: string }
  | { readonly kind: 'wrap'; readonly line: number; readonly open: string; readonly close: string }
  | { readonly kind: 'repeat-line'; readonly line: number; readonly times: number }
  | { readonly kind: 'indent'; readonly line: number; readonly by: number }
  | { readonly kind: 'truncate'; readonly at: number };

/** Tokens that reach the corners of YAML and of overrule's checks. */
const TOKENS: readonly string[] = [
  ': ',
  '- ',
  '{',
  '}',
  '[',
  ']',
  ', ',
  '#',
  '"',
  "'",
  '\\',
  '\\x01',
  '\\u202E',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u0085',
  '\u009b',
  '\u2028',
  '\uFEFF',
  '\uFFFE',
  '\uFFFF',
  'é',
  '😀',
  '&a ',
  '*a',
  '!!str ',
  '!!binary ',
  '!custom ',
  '<<: *a\n',
  '? ',
  '|\n  ',
  '>-\n  ',
  '---\n',
  '...\n',
  '%YAML 1.1\n---\n',
  '%YAML 1.3\n---\n',
  '%TAG ! tag:x,2000:\n---\n',
  'yes',
  'no',
  'true',
  '~',
  'null',
  '.inf',
  '.nan',
  '0x1F',
  '0o17',
  '+15',
  '1e30',
  '-1',
  '15.5',
  '0012',
  '2/3',
  '3/2',
  '0/3',
  '2/0',
  'two-thirds',
  '__proto__',
  'constructor',
  'kind: council\n',
  'kind: roll-call\n',
  'kind: {}\n',
  'version: {a: 1}\n',
  '{vote: aye}',
  '[x]',
  '{}',
  '[]',
  `${'k'.repeat(1100)}: 1\n`,
  '['.repeat(70),
  ']'.repeat(70),
  '  '.repeat(40),
];

/** Values for `key: value` lines: collections where words belong, and every odd scalar. */
const VALUES: readonly string[] = [
  '{}',
  '[]',
  '{a: 1}',
  '[x]',
  '{vote: aye}',
  '[[[]]]',
  '',
  '~',
  'null',
  'true',
  '.nan',
  '-.inf',
  '0x0F',
  '1e30',
  '-1',
  '0',
  '15.5',
  '"15"',
  "'x'",
  '"\\0"',
  '"\\e[2J"',
  '2/3',
  '3/2',
  'two-thirds',
  '&anchor x',
  '*anchor',
  '!!int 3',
  '!!js/function x',
  '|\n  text',
  'a: b: c',
  'Ordinance: Parks',
  '2024-02-30',
  '2024-13-01',
  'http://',
  'aye',
  'yea',
  'nay',
  'absent',
  'x'.repeat(300),
];

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fraction,
    text: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
      fc.string({ maxLength: 8 }),
    ),
  }),
  fc.record({
    kind: fc.constant('bytes' as const),
    at: fraction,
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fraction,
    length: fc.integer({ min: 1, max: 40 }),
  }),
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('value' as const),
      line: fraction,
      value: fc.constantFrom(...VALUES),
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        line: fraction,
        pair: fc.constantFrom(['{vote: ', '}'], ['[', ']'], ['{a: ', '}'], ['"', '"'], ['{', '}']),
      })
      .map(({ line, pair }) => ({ kind: 'wrap' as const, line, open: pair[0], close: pair[1] })),
  },

  fc.record({
    kind: fc.constant('repeat-line' as const),
    line: fraction,
    times: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant(2000)),
  }),
  fc.record({
    kind: fc.constant('indent' as const),
    line: fraction,
    by: fc.integer({ min: -4, max: 4 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
);

/** A line holding a key: `key: value`, `key:`, `- key: value`. */
const KEY_LINE = /^\s*(?:- )?[^\s#:][^:]*:(?: |$)/;

/** Applies changes in turn to a file's bytes. */
export function applyMutations(bytes: Uint8Array, mutations: readonly Mutation[]): Buffer {
  let out: Buffer = Buffer.from(bytes);
  for (const m of mutations) out = applyMutation(out, m);
  return out;
}

function applyMutation(bytes: Buffer, m: Mutation): Buffer {
  const place = (f: number): number => Math.floor(f * (bytes.length + 1));
  switch (m.kind) {
    case 'insert':
      return splice(bytes, place(m.at), 0, Buffer.from(m.text, 'utf8'));
    case 'bytes':
      return splice(bytes, place(m.at), 0, Buffer.from(m.bytes));
    case 'delete':
      return splice(bytes, place(m.at), m.length, Buffer.alloc(0));
    case 'truncate':
      return bytes.subarray(0, place(m.at));
    case 'value':
    case 'wrap':
    case 'repeat-line':
    case 'indent': {
      const lines = bytes.toString('latin1').split('\n');
      // values are changed on the lines that hold a key: where the checks are
      const keyed = lines.flatMap((l, n) => (KEY_LINE.test(l) ? [n] : []));
      const among = m.kind === 'value' || m.kind === 'wrap' ? keyed : [];
      const i =
        among.length > 0
          ? (among[Math.floor(m.line * among.length)] ?? 0)
          : Math.min(lines.length - 1, Math.floor(m.line * lines.length));
      const line = lines[i] ?? '';
      const colon = line.indexOf(': ');
      if (m.kind === 'value') {
        const value = Buffer.from(m.value, 'utf8').toString('latin1');
        lines[i] = colon === -1 ? `${line}: ${value}` : `${line.slice(0, colon + 2)}${value}`;
      } else if (m.kind === 'wrap') {
        const [key, value] =
          colon === -1 ? [line, ''] : [line.slice(0, colon + 2), line.slice(colon + 2)];
        const bare = value.replace(/ #.*$/, '');
        lines[i] = `${key}${m.open}${bare}${m.close}`;
      } else if (m.kind === 'repeat-line') {
        lines.splice(i, 0, ...Array.from({ length: m.times }, () => line));
      } else {
        lines[i] =
          m.by >= 0 ? `${' '.repeat(m.by)}${line}` : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
      }
      return Buffer.from(lines.join('\n'), 'latin1');
    }
  }
}

function splice(bytes: Buffer, at: number, remove: number, insert: Buffer): Buffer {
  const start = Math.min(at, bytes.length);
  return Buffer.concat([bytes.subarray(0, start), insert, bytes.subarray(start + remove)]);
}
