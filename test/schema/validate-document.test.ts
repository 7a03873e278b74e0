import { describe, expect, it } from 'vitest';
import { codesAt, validateText } from './helpers.js';

// Lines 1-9 of a council; tests append line 10 or replace a line.
const COUNCIL = `kind: council
version: 1
id: milwaukee
name: Milwaukee Common Council
members:
  - { id: andrea-pratt, name: Andrea Pratt, from: 2024-04-16 }
rules:
  passage:
    threshold: { fraction: 1/2, of: voting, compare: more-than }
`;
const council = (line10: string): string => `${COUNCIL}${line10}\n`;
const councilWith = (from: string, to: string, line10 = 'seats: 15'): string =>
  council(line10).replace(from, to);

// Lines 1-7 of a roll call; line 8 is the first vote (value at column 17).
const ROLL_CALL = `kind: roll-call
version: 1
id: frt-suspend
council: milwaukee
date: 2026-03-03
rule: policy-override
votes:
`;
const rollCall = (rest: string): string => `${ROLL_CALL}${rest}\n`;

describe('numbers', () => {
  it('a quoted count: type error, "remove the quotes"', () => {
    expect(validateText(council('seats: "15"')).problems).toEqual([
      { code: 'schema/type', at: '10:8', hint: 'remove the quotes' },
    ]);
  });

  it.each(['0x0F', '+15', '1.5e1', '0o17', '15.0'])(
    'seats: %s is a non-decimal spelling',
    (text) => {
      expect(validateText(council(`seats: ${text}`)).problems).toEqual([
        { code: 'schema/number-form', at: '10:8', hint: 'write 15' },
      ]);
    },
  );

  it('a count with leading zeros is a non-decimal spelling too', () => {
    expect(validateText(council('seats: 0012')).problems).toEqual([
      { code: 'schema/number-form', at: '10:8', hint: 'write 12' },
    ]);
  });

  it.each(['.nan', '.inf', '-.inf'])('seats: %s is a type error', (text) => {
    expect(codesAt(council(`seats: ${text}`))).toEqual([{ code: 'schema/type', at: '10:8' }]);
  });

  it('seats: 1e30 is over the maximum (and reported once)', () => {
    expect(codesAt(council('seats: 1e30'))).toEqual([{ code: 'schema/range', at: '10:8' }]);
  });

  it('seats: -1 is under the minimum', () => {
    expect(codesAt(council('seats: -1'))).toEqual([{ code: 'schema/range', at: '10:8' }]);
  });

  it('seats: 15.5 is not a whole number', () => {
    expect(codesAt(council('seats: 15.5'))).toEqual([{ code: 'schema/type', at: '10:8' }]);
  });

  it('a number reused through an alias is reported once, where it is written', () => {
    const text = councilWith(
      'from: 2024-04-16',
      'district: &d 0x03, from: 2024-04-16',
      'seats: *d',
    );
    expect(validateText(text).problems).toEqual([
      { code: 'schema/number-form', at: '6:58', hint: 'write 3' },
    ]);
  });

  it('a probability is a plain decimal: .95 is not, 0.95 is', () => {
    const whip = (attendance: string): string =>
      `kind: whip-count\nversion: 1\nid: w\ncouncil: m\nrule: r\nas_of: 2026-01-01\nattendance: ${attendance}\n`;
    expect(validateText(whip('.95')).problems).toEqual([
      { code: 'schema/number-form', at: '7:13', hint: 'write 0.95' },
    ]);
    expect(codesAt(whip('0.95'))).toEqual([]);
    expect(codesAt(whip('1'))).toEqual([]);
    expect(codesAt(whip('1.5'))).toEqual([{ code: 'schema/range', at: '7:13' }]);
  });
});

describe('strings read as something else', () => {
  it('id: 0012 is a type error with "quote it" in its own spelling', () => {
    expect(validateText(councilWith('id: milwaukee', 'id: 0012')).problems).toEqual([
      { code: 'schema/type', at: '3:5', hint: 'quote it: "0012"' },
    ]);
  });

  it('a measure id written as a number: "quote it"', () => {
    const text = rollCall('  andrea-pratt: aye\nmeasure: 251850');
    expect(validateText(text).problems).toEqual([
      { code: 'schema/type', at: '9:10', hint: 'quote it: "251850"' },
    ]);
  });
});

describe('fractions', () => {
  const withFraction = (fraction: string): string =>
    councilWith('fraction: 1/2', `fraction: ${fraction}`);

  it('3/2 has the form but is more than 1: a range error at the value', () => {
    const [problem, ...rest] = validateText(withFraction('3/2')).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'schema/range', at: '9:28' });
    expect(problem?.hint).toContain('2/3, 1/2, 3/4, 1/1');
  });

  it.each(['0/3', '2/0', 'two-thirds', '2/3.0', '02/3'])('%s is not a fraction p/q', (fraction) => {
    const [problem, ...rest] = validateText(withFraction(fraction)).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'schema/pattern', at: '9:28' });
    expect(problem?.hint).toContain('2/3, 1/2, 3/4, 1/1');
  });

  it('a number is not a fraction either, and gets the same accepted forms', () => {
    const [problem] = validateText(withFraction('1')).problems;
    expect(problem).toMatchObject({ code: 'schema/type', at: '9:28' });
    expect(problem?.hint).toContain('2/3, 1/2, 3/4, 1/1');
  });

  it('1/1 (unanimity) and 10/15 are fine', () => {
    expect(codesAt(withFraction('1/1'))).toEqual([]);
    expect(codesAt(withFraction('10/15'))).toEqual([]);
  });
});

describe('votes', () => {
  it.each(['true', 'false'])('a vote written as %s: type error with the aye/no hint', (text) => {
    expect(validateText(rollCall(`  andrea-pratt: ${text}`)).problems).toEqual([
      { code: 'schema/type', at: '8:17', hint: 'write aye or no, not true/false' },
    ]);
  });

  it('a misspelt vote: enum error with did-you-mean', () => {
    expect(validateText(rollCall('  andrea-pratt: aey')).problems).toEqual([
      { code: 'schema/enum', at: '8:17', hint: 'did you mean "aye"?' },
    ]);
  });

  it('a vote with no value: an error on that line', () => {
    expect(codesAt(rollCall('  andrea-pratt:\n  mark-chambers: no'))).toEqual([
      { code: 'schema/type', at: '8:3' },
    ]);
  });

  it('yes, yea and nay are accepted; no is a word under YAML 1.2', () => {
    expect(codesAt(rollCall('  a: yes\n  b: yea\n  c: nay\n  d: no'))).toEqual([]);
  });

  it('the executive voting true/false gets the same hint', () => {
    expect(validateText(rollCall('  a: aye\nexecutive: true')).problems).toEqual([
      { code: 'schema/type', at: '9:12', hint: 'write aye or no, not true/false' },
    ]);
  });

  it('a whip position written true gets the yes/no hint', () => {
    const text = `kind: whip-count\nversion: 1\nid: w\ncouncil: m\nrule: r\nas_of: 2026-01-01\npositions:\n  a: true\n  b: { stance: undecied }\n`;
    expect(validateText(text).problems).toEqual([
      { code: 'schema/type', at: '8:6', hint: 'write yes or no, not true/false' },
      { code: 'schema/enum', at: '9:16', hint: 'did you mean "undecided"?' },
    ]);
  });
});

describe('ids', () => {
  it.each(['__proto__', 'constructor'])('a member id %s fails the slug pattern', (id) => {
    expect(codesAt(councilWith('id: andrea-pratt', `id: ${id}`))).toEqual([
      { code: 'schema/pattern', at: '6:11' },
    ]);
  });

  it.each(['__proto__', 'constructor', 'Andrea'])('a vote keyed %s fails at the key', (key) => {
    expect(codesAt(rollCall(`  ${key}: aye`))).toEqual([{ code: 'schema/pattern', at: '8:3' }]);
  });

  it('constructor has the form of an id but is reserved', () => {
    const { results } = validateText(rollCall('  constructor: aye'));
    expect(results[0]?.diagnostics[0]?.message).toBe('"constructor" cannot be used as an id');
  });

  it('a slug hint offers the slug', () => {
    const [problem] = validateText(councilWith('id: milwaukee', 'id: Milwaukee_WI')).problems;
    expect(problem).toEqual({ code: 'schema/pattern', at: '3:5', hint: 'try "milwaukee-wi"' });
  });
});

describe('keys', () => {
  it('an unknown key: at the key, with did-you-mean; the missing key at the map', () => {
    expect(validateText(council('sesats: 15')).problems).toEqual([
      { code: 'schema/required', at: '1:1' },
      { code: 'schema/unknown-key', at: '10:1', hint: 'did you mean "seats"?' },
    ]);
  });

  it('a missing key points at its map, all missing keys of a map in one diagnostic', () => {
    const { results, problems } = validateText(
      councilWith('{ id: andrea-pratt, name: Andrea Pratt, from: 2024-04-16 }', '{ district: 1 }'),
    );
    expect(problems).toEqual([{ code: 'schema/required', at: '6:5' }]);
    expect(results[0]?.diagnostics[0]?.params).toEqual({ missing: ['id', 'name', 'from'] });
  });

  it('a vote synonym as a count key: write the canonical word', () => {
    const text = `kind: roll-call\nversion: 1\nid: r\ncouncil: m\ndate: 2026-03-03\nrule: p\ncounts: { yes: 10, no: 5 }\n`;
    expect(validateText(text).problems).toEqual([
      { code: 'schema/unknown-key', at: '7:11', hint: 'write "aye" here instead of "yes"' },
    ]);
  });
});

describe('a roll call has exactly one of votes and counts', () => {
  it('neither: one required error at the map', () => {
    expect(codesAt(ROLL_CALL.replace('votes:\n', ''))).toEqual([
      { code: 'schema/required', at: '1:1' },
    ]);
  });

  it('both: one error at the second key', () => {
    expect(codesAt(rollCall('  a: aye\ncounts: { aye: 1 }'))).toEqual([
      { code: 'schema/invalid', at: '9:1' },
    ]);
  });
});

describe('kind and version', () => {
  it('no kind: at the map', () => {
    expect(codesAt('version: 1\nid: x\n')).toEqual([{ code: 'schema/kind', at: '1:1' }]);
  });

  it('an unknown kind: at the value, with did-you-mean', () => {
    expect(validateText('kind: councel\nversion: 1\n').problems).toEqual([
      { code: 'schema/kind', at: '1:7', hint: 'did you mean "council"?' },
    ]);
  });

  it('version 2: at the value, and nothing else is checked', () => {
    expect(codesAt('kind: council\nversion: 2\nbogus: 1\n')).toEqual([
      { code: 'schema/version', at: '2:10' },
    ]);
  });

  it('version "1": remove the quotes', () => {
    expect(validateText('kind: council\nversion: "1"\n').problems).toEqual([
      { code: 'schema/version', at: '2:10', hint: 'remove the quotes' },
    ]);
  });

  it('no version: at the map, and the rest is still checked', () => {
    const text = council('seats: 15').replace('version: 1\n', '').replace('seats: 15', 'seats: -1');
    expect(codesAt(text)).toEqual([
      { code: 'schema/version', at: '1:1' },
      { code: 'schema/range', at: '9:8' },
    ]);
  });

  it('a document that is not a map', () => {
    expect(codesAt('- kind: council\n')).toEqual([{ code: 'schema/type', at: '1:1' }]);
  });
});

describe('one diagnostic per node', () => {
  it('a rule that is neither a map nor a list: one type error', () => {
    const text = councilWith(
      '  passage:\n    threshold: { fraction: 1/2, of: voting, compare: more-than }',
      '  passage: yes',
    );
    expect(codesAt(text)).toEqual([{ code: 'schema/type', at: '8:12' }]);
  });

  it('errors inside a list of rule versions come from the list branch only', () => {
    const text = councilWith(
      '    threshold: { fraction: 1/2, of: voting, compare: more-than }',
      '    - threshold: { fraction: 1/2, of: votes, compare: more-than }\n      sesats: 1',
    );
    expect(codesAt(text)).toEqual([
      { code: 'schema/enum', at: '9:39' },
      { code: 'schema/unknown-key', at: '10:7' },
    ]);
  });

  it('a threshold list item missing keys: one required error at the item', () => {
    const text = councilWith(
      '{ fraction: 1/2, of: voting, compare: more-than }',
      '[{ fraction: 1/2, of: voting, compare: more-than }, { fraction: 2/3 }]',
    );
    expect(codesAt(text)).toEqual([{ code: 'schema/required', at: '9:68' }]);
  });
});

describe('dates, addresses, lists', () => {
  it('a date that does not exist: format error', () => {
    expect(codesAt(councilWith('2024-04-16', '2024-02-30'))).toEqual([
      { code: 'schema/format', at: '6:51' },
    ]);
  });

  it('a date in another form: pattern error', () => {
    expect(codesAt(councilWith('2024-04-16', '4/16/2024'))).toEqual([
      { code: 'schema/pattern', at: '6:51' },
    ]);
  });

  it('a source that is not a web address: format error', () => {
    expect(codesAt(council('seats: 15\nsources: [the newspaper]'))).toEqual([
      { code: 'schema/format', at: '11:11' },
    ]);
  });

  it('a sponsor listed twice: at the repeat', () => {
    const text = `kind: ordinance\nversion: 1\nid: "1"\ncouncil: m\ntype: ordinance\ntitle: T\nstatus: draft\nsponsors: [a, b, a]\n`;
    expect(codesAt(text)).toEqual([{ code: 'schema/invalid', at: '8:18' }]);
  });

  it('an empty name: length error', () => {
    expect(codesAt(councilWith('name: Milwaukee Common Council', 'name: ""'))).toEqual([
      { code: 'schema/length', at: '4:7' },
    ]);
  });
});

describe('results', () => {
  it('a valid document comes back typed, an invalid one does not', () => {
    const good = validateText(council('seats: 15')).results[0];
    expect(good?.document?.kind).toBe('council');
    expect(good?.diagnostics).toEqual([]);
    const bad = validateText(council('seats: 0x0F')).results[0];
    expect(bad?.document).toBeUndefined();
  });

  it('diagnostics of a file with several documents carry the document index', () => {
    const { results, problems } = validateText(
      `${council('seats: 15')}---\n${council('seats: +15')}`,
    );
    expect(problems).toEqual([{ code: 'schema/number-form', at: '21:8', hint: 'write 15' }]);
    expect(results[1]?.diagnostics[0]?.document).toBe(1);
  });

  it('messages name the key and keep parameters separate', () => {
    const [diagnostic] = validateText(council('seats: "15"')).results[0]?.diagnostics ?? [];
    expect(diagnostic?.message).toBe('"seats" must be a whole number');
    expect(diagnostic?.params).toEqual({ expected: ['integer'], actual: 'string' });
  });
});
