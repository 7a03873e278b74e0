import { describe, expect, it } from 'vitest';
import { codesAt, validateText } from './helpers.js';

// Lines 1-6 of a whip count; tests add line 7 on.
const whip = (rest: string): string =>
  `kind: whip-count\nversion: 1\nid: w\ncouncil: m\nrule: r\nas_of: 2026-01-01\n${rest}\n`;

describe('whip-count schema: attendance and the executive', () => {
  it('accepts attendance per member and per bloc, and an executive stance', () => {
    expect(
      codesAt(
        whip(
          'attendance: 0.9\npositions:\n  ann: { stance: yes, probability: 0.8, attendance: 0.75 }\n' +
            'blocs:\n  - { size: 2, stance: no, attendance: 1 }\nexecutive: { stance: lean-yes, probability: 0.6 }',
        ),
      ),
    ).toEqual([]);
    expect(codesAt(whip('executive: undecided'))).toEqual([]);
  });

  it('keeps attendance between 0 and 1, and the executive a stance', () => {
    expect(codesAt(whip('positions:\n  ann: { stance: yes, attendance: 1.5 }'))).toEqual([
      { code: 'schema/range', at: '8:35' },
    ]);
    expect(codesAt(whip('blocs:\n  - { size: 2, stance: no, attendance: -0.5 }'))).toEqual([
      { code: 'schema/range', at: '8:40' },
    ]);
    expect(codesAt(whip('executive: maybe')).map((p) => p.code)).toEqual(['schema/enum']);
    expect(codesAt(whip('executive: { stance: yes, vote: aye }')).map((p) => p.code)).toEqual([
      'schema/unknown-key',
    ]);
  });

  it('refuses a chance with more than 15 significant digits, which a number cannot hold exactly', () => {
    expect(validateText(whip('attendance: 0.1234567890123456')).problems).toEqual([
      { code: 'schema/number-form', at: '7:13', hint: 'round it to at most 15 significant digits' },
    ]);
    expect(codesAt(whip('attendance: 0.123456789012345'))).toEqual([]);
    expect(codesAt(whip('attendance: 0.500000000000000000'))).toEqual([]);
  });
});
