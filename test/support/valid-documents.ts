/**
 * Documents that pass the schema and every check, for CLI and bad-input tests
 * to break one thing at a time. Line numbers are listed so tests can say where
 * a problem is.
 */

/**
 * Smallville: 3 seats. District 3 is vacant from 2024-07-01 to 2024-07-31.
 * Lines: 5 `seats`, 6 `members:`, 7 ann, 8 bob, 9 cat, 10 dan, 11 `rules:`,
 * 12 `override:`, 13 `effective`, 14 `threshold`.
 */
export const COUNCIL = `kind: council
version: 1
id: smallville
name: Smallville Council
seats: 3
members:
  - { id: ann, name: Ann Adams, district: 1, from: 2024-01-01 }
  - { id: bob, name: Bob Brown, district: 2, from: 2024-01-01 }
  - { id: cat, name: Cat Chen, district: 3, from: 2024-01-01, to: 2024-06-30 }
  - { id: dan, name: Dan Diaz, district: 3, from: 2024-08-01 }
rules:
  override:
    effective: 2024-01-01
    threshold: { fraction: 2/3, of: seats, compare: at-least }
`;

/**
 * A roll call of Smallville on 2024-09-01 where everyone in office votes.
 * Lines: 5 `date`, 6 `rule`, 7 `votes:`, 8 ann, 9 bob, 10 dan.
 */
export const ROLL_CALL = `kind: roll-call
version: 1
id: rc-1
council: smallville
date: 2024-09-01
rule: override
votes:
  ann: yes
  bob: no
  dan: aye
`;

/** The roll call with its votes (lines 8 on) replaced. */
export function rollCallWithVotes(votes: string, date = '2024-09-01'): string {
  return ROLL_CALL.replace('2024-09-01', date).replace(/ {2}ann: yes\n[\s\S]*$/, votes);
}
