// Generates a benchmark corpus: one 15-seat council and N roll calls that each
// name every member once. Everything it writes is valid, so the benchmark
// measures the full path (parse, schema, cross-file checks) on clean data.
// The roll calls quote their dates and write `nay` rather than `no`: ajv-cli
// reads YAML 1.1 (js-yaml 3), where an unquoted date becomes a Date and `no`
// becomes false, and it would then report every file invalid. Both sides
// must see the same data for the comparison to mean anything.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DISTRICTS = 15;
const VALUES = ['aye', 'aye', 'aye', 'nay', 'aye', 'excused', 'aye', 'nay'];

function memberId(d) {
  return `member-${String(d).padStart(2, '0')}`;
}

export function councilYaml() {
  const members = [];
  for (let d = 1; d <= DISTRICTS; d++) {
    members.push(`  - { id: ${memberId(d)}, name: Member ${d}, district: ${d}, from: 2020-04-21 }`);
  }
  return `kind: council
version: 1
id: bench
name: Benchmark Common Council
seats: ${DISTRICTS}
members:
${members.join('\n')}
rules:
  policy-override:
    citation: Benchmark rule
    threshold: { fraction: 2/3, of: seats, compare: at-least }
    quorum: { fraction: 1/2, of: seats, compare: more-than }
`;
}

/**
 * Roll call number `i`. With `findings`, member 15's vote is written under an
 * id the council does not have: two findings in every file (an unknown member,
 * and member 15 missing), each with a position, a code frame and a hint.
 */
export function rollCallYaml(i, findings = false) {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
  const lines = [
    'kind: roll-call',
    'version: 1',
    `id: roll-call-${i}`,
    'council: bench',
    `date: "2024-${month}-${day}"`,
    'rule: policy-override',
    `motion: Motion number ${i} to suspend a department policy`,
    'votes:',
  ];
  for (let d = 1; d <= DISTRICTS; d++) {
    const member = findings && d === DISTRICTS ? 'member-99' : memberId(d);
    lines.push(`  ${member}: ${VALUES[(i + d) % VALUES.length]}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Writes the council and `count` roll calls (100 per folder) under `root`. */
export function writeCorpus(root, count, { findings = false } = {}) {
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'council.yaml'), councilYaml());
  for (let i = 0; i < count; i++) {
    const folder = join(root, 'roll-calls', String(Math.floor(i / 100)).padStart(4, '0'));
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `rc-${String(i).padStart(6, '0')}.yaml`), rollCallYaml(i, findings));
  }
}
