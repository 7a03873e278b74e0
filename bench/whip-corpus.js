// Whip counts for `npm run bench`: a 51-member council under a rule based on
// the members present, with a quorum, and a 435-member body under a rule
// based on seats. Every member named, stances spread over all five, and
// attendance below 1, so that the projection tracks who is present where
// the rule looks at it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STANCES = ['yes', 'lean-yes', 'undecided', 'lean-no', 'no'];

function council({ id, seats, rule }) {
  const members = Array.from(
    { length: seats },
    (_, i) => `  - { id: m${i + 1}, name: Member ${i + 1}, district: ${i + 1}, from: 2020-01-01 }`,
  );
  return `kind: council
version: 1
id: ${id}
name: Bench ${id}
seats: ${seats}
members:
${members.join('\n')}
rules:
  vote:
${rule}
`;
}

function whip({ id, council: councilId, seats, yesShare }) {
  // Stances from yes to no, more yes than no, a few with their own chances.
  const positions = Array.from({ length: seats }, (_, i) => {
    const stance = i < seats * yesShare ? 'yes' : STANCES[1 + (i % 4)];
    return i % 7 === 0
      ? `  m${i + 1}: { stance: ${stance}, attendance: 0.8 }`
      : `  m${i + 1}: ${stance}`;
  });
  return `kind: whip-count
version: 1
id: ${id}
council: ${councilId}
rule: vote
as_of: 2026-01-01
attendance: 0.95
positions:
${positions.join('\n')}
`;
}

/** Writes the two cases under `dir`; returns the whip-count files. */
export function writeWhipCorpus(dir) {
  const cases = [
    {
      id: 'present-51',
      seats: 51,
      yesShare: 0.55,
      rule: `    threshold: { fraction: 2/3, of: present, compare: at-least }
    quorum: { fraction: 1/2, of: seats, compare: more-than }`,
    },
    {
      id: 'seats-435',
      seats: 435,
      yesShare: 0.29,
      rule: '    threshold: { fraction: 1/2, of: seats, compare: more-than }',
    },
  ];
  return Object.fromEntries(
    cases.map((c) => {
      const folder = join(dir, c.id);
      mkdirSync(folder, { recursive: true });
      writeFileSync(
        join(folder, 'council.yaml'),
        council({ id: c.id, seats: c.seats, rule: c.rule }),
      );
      const file = join(folder, 'whip.yaml');
      writeFileSync(
        file,
        whip({ id: `${c.id}-whip`, council: c.id, seats: c.seats, yesShare: c.yesShare }),
      );
      return [c.id, file];
    }),
  );
}
