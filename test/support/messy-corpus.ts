import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TESTVILLE, FULL_VOTES_2024_09 } from './testville.js';

/**
 * A tree of a few hundred files with every kind of trouble the cross-file
 * checks look for, laid out so that some documents come before what they
 * refer to (the `a-early/` folder sorts before `council.yaml`): unknown
 * members and references, repeated ids (also in letter case), a recorded
 * tally that disagrees, schema and YAML errors, files the plain parser leaves
 * to the yaml library (anchors, several documents), an unreadable encoding.
 */
export function messyCorpus(count: number): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  files['council.yaml'] = TESTVILLE;
  files['z-council-again.yaml'] = TESTVILLE.replace('name: Testville Council', 'name: Again');
  files['a-early/rc-before-council.yaml'] = rollCall('rc-early', FULL_VOTES_2024_09);
  files['a-early/ordinance-before-directive.yaml'] = ordinance('ord-1', 'dir-late');
  files['directives/dir-late.yaml'] = directive('dir-late');
  files['ordinances/ord-2.yaml'] = ordinance('ord-2', undefined);
  files['ordinances/ord-2-again.yaml'] = ordinance('ORD-2', undefined); // letter case only
  for (let i = 0; i < count; i++) {
    const name = `roll-calls/${String(Math.floor(i / 40)).padStart(2, '0')}/rc-${String(i).padStart(4, '0')}.yaml`;
    files[name] = variant(i);
  }
  return files;
}

function variant(i: number): string | Uint8Array {
  const id = `rc-${i}`;
  switch (i % 23) {
    case 1:
      return rollCall(id, FULL_VOTES_2024_09.replace('ann-adams', 'ann-adam')); // unknown member
    case 2:
      return rollCall(id, FULL_VOTES_2024_09.replace('  fay-fox: no\n', '')); // missing member
    case 3:
      return rollCall('rc-3', FULL_VOTES_2024_09); // the id of an earlier one (i = 3 is the first)
    case 4:
      return rollCall(`RC-${i - 1}`, FULL_VOTES_2024_09); // not a slug
    case 5:
      return rollCall(id, `${FULL_VOTES_2024_09}recorded: { result: failed, tally: "2-3" }\n`);
    case 6:
      return rollCall(id, FULL_VOTES_2024_09).replace('council: testville', 'council: testvile');
    case 7:
      return rollCall(id, FULL_VOTES_2024_09).replace('version: 1', 'version: 2');
    case 8:
      return rollCall(id, FULL_VOTES_2024_09).replace('  bob-brown: aye', '  bob-brown: maybe');
    case 9:
      return rollCall(id, FULL_VOTES_2024_09).replace(
        'kind: roll-call',
        'kind: roll-call\nkind: roll-call',
      );
    case 10:
      return `anchor: &a 1\n${rollCall(id, FULL_VOTES_2024_09)}`; // unknown key, read by the yaml library
    case 11:
      return `${rollCall(id, FULL_VOTES_2024_09)}---\n${rollCall(`${id}-b`, FULL_VOTES_2024_09)}`;
    case 12:
      return rollCall(id, FULL_VOTES_2024_09).replace('date: 2024-09-01', 'date: 2024-07-15');
    case 13:
      return rollCall(id, FULL_VOTES_2024_09).replace('rule: passage', 'rule: pasage');
    case 14:
      return `${rollCall(id, FULL_VOTES_2024_09)}measure: "no-such-measure"\n`;
    case 15:
      return `${rollCall(id, FULL_VOTES_2024_09)}measure: ord-2\n`;
    case 16:
      return Buffer.from(rollCall(id, FULL_VOTES_2024_09).replace('aye', 'ay\xe9'), 'latin1');
    case 17:
      return rollCall(id, '').replace('votes:\n', 'counts: { aye: 2, no: 1 }\n');
    case 18:
      return 'title: Ordinance: Parks\n';
    case 19:
      return rollCall(id, FULL_VOTES_2024_09).replace(
        'rule: passage',
        'rule: override\nexecutive: aye',
      );
    default:
      return rollCall(id, FULL_VOTES_2024_09);
  }
}

function rollCall(id: string, votes: string): string {
  return `kind: roll-call
version: 1
id: ${id}
council: testville
date: 2024-09-01
rule: passage
votes:
${votes}`;
}

function ordinance(id: string, directive: string | undefined): string {
  return `kind: ordinance
version: 1
id: "${id}"
council: testville
type: resolution
title: A resolution
status: draft
action: override
${directive === undefined ? '' : `directive: ${directive}\n`}enacting_clause: The Testville Council does ordain as follows
`;
}

function directive(id: string): string {
  return `kind: directive
version: 1
id: ${id}
council: testville
title: A directive
status: rescinded
issued: 2024-02-01
council_notified: 2024-02-10
`;
}

/** Writes files under a folder, creating subfolders. */
export function writeTree(
  folder: string,
  files: Readonly<Record<string, string | Uint8Array>>,
): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
}
