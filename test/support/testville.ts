/**
 * A small council for check tests. Five seats; district 3 changes hands with a
 * gap (vacant 2024-07-01 to 2024-07-31); the `override` rule has two dated
 * versions, the second allowing the mayor's tie vote.
 */
export const TESTVILLE = `kind: council
version: 1
id: testville
name: Testville Council
seats: 5
executive: { title: Mayor, name: Pat Mayor }
members:
  - { id: ann-adams, name: Ann Adams, district: 1, from: 2024-01-01 }
  - { id: bob-brown, name: Bob Brown, district: 2, from: 2024-01-01 }
  - { id: cat-chen, name: Cat Chen, district: 3, from: 2024-01-01, to: 2024-06-30 }
  - { id: dan-diaz, name: Dan Diaz, district: 3, from: 2024-08-01 }
  - { id: eve-evans, name: Eve Evans, district: 4, from: 2024-01-01 }
  - { id: fay-fox, name: Fay Fox, district: 5, from: 2024-01-01 }
rules:
  passage:
    threshold: { fraction: 1/2, of: voting, compare: more-than }
  override:
    - effective: 2024-01-01
      until: 2024-12-31
      threshold: { fraction: 2/3, of: seats, compare: at-least }
    - effective: 2025-01-01
      threshold: { fraction: 2/3, of: seats, compare: at-least }
      executive_tie_vote: true
drafting:
  enacting_clause: The Testville Council does ordain as follows
  notice_hours: 48
`;

/** The votes of every member in office on 2024-09-01, one per line (lines 7-11 of a roll call whose `votes:` is line 6). */
export const FULL_VOTES_2024_09 = `  ann-adams: aye
  bob-brown: aye
  dan-diaz: no
  eve-evans: aye
  fay-fox: no
`;

/** A roll call of Testville on 2024-09-01; `lines` follow `date:` from line 6 on. */
export const rollCallText = (lines: string): string => `kind: roll-call
version: 1
id: rc
council: testville
date: 2024-09-01
${lines}`;

/** A draft resolution of Testville; `lines` follow `status:` from line 8 on. */
export const ordinanceText = (lines: string, status = 'draft'): string => `kind: ordinance
version: 1
id: "24-001"
council: testville
type: resolution
title: A resolution
status: ${status}
${lines}`;

/** A directive of Testville; `lines` follow `status:` from line 7 on. */
export const directiveText = (lines = '', status = 'issued'): string => `kind: directive
version: 1
id: frt-policy
council: testville
title: A policy
status: ${status}
${lines}`;

/** A whip count of Testville; `lines` follow `as_of:` from line 7 on. */
export const whipCountText = (lines: string, asOf = '2024-09-01'): string => `kind: whip-count
version: 1
id: w
council: testville
rule: override
as_of: ${asOf}
${lines}`;

/** A Testville project that passes every check: the council, a directive, an ordinance, a roll call and a whip count. */
export const CONSISTENT_PROJECT: Readonly<Record<string, string>> = {
  'council.yaml': TESTVILLE,
  'directive.yaml': directiveText(
    'proposed: 2024-05-01\nissued: 2024-06-01\ncouncil_notified: 2024-06-02\n',
  ),
  'ordinance.yaml': ordinanceText(
    [
      'sponsors: [ann-adams, dan-diaz]',
      'introduced: 2024-08-15',
      'action: override',
      'directive: frt-policy',
      'enacting_clause: The Testville Council does ordain as follows',
      'sections:',
      '  - { number: 1, text: The policy is suspended. }',
      '',
    ].join('\n'),
    'introduced',
  ),
  'roll-call.yaml': rollCallText(
    'measure: "24-001"\nrule: override\nvotes:\n  ann-adams: aye\n  bob-brown: aye\n  dan-diaz: aye\n  eve-evans: no\n  fay-fox: absent\n',
  ),
  'whip.yaml': whipCountText(
    'measure: "24-001"\npositions:\n  ann-adams: yes\n  bob-brown: { stance: lean-yes, probability: 0.7 }\nblocs:\n  - { size: 3, stance: undecided }\n',
  ),
};
