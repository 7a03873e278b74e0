/**
 * INPUTS.md rows 1-41: every bad input gets the right exit code, a stable code
 * at `file:line:column`, no stack trace, and its file left untouched.
 */
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempFolder, runCli, STACK_TRACE } from '../support/run-cli.js';
import { COUNCIL, ROLL_CALL, rollCallWithVotes } from '../support/valid-documents.js';
import { expectBadInput, placeOf } from './bad-input.js';

/** Whether chmod 000 stops this process reading a file: not when running as root. */
const PERMISSIONS_HOLD = ((): boolean => {
  const probe = join(makeTempFolder(), 'probe.yaml');
  writeFileSync(probe, 'x');
  chmodSync(probe, 0o000);
  try {
    readFileSync(probe);
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(probe, 0o644);
  }
})();

/** The council with `seats: 3` (line 5) replaced by another spelling. */
const councilWithSeats = (seats: string): string => COUNCIL.replace('seats: 3', `seats: ${seats}`);

const ORDINANCE = `kind: ordinance
version: 1
id: "24-0012"
council: smallville
type: resolution
title: Parks
status: draft
`;

describe('INPUTS.md: reading and parsing', () => {
  it('row 1: an empty file, or one with only comments, is an "empty document" error', async () => {
    await expectBadInput({
      files: { 'empty.yaml': '' },
      exit: 1,
      problems: [{ code: 'yaml/empty-document', at: 'empty.yaml:1:1' }],
    });
    await expectBadInput({
      files: { 'comments.yaml': '# nothing here yet\n# still nothing\n' },
      exit: 1,
      problems: [{ code: 'yaml/empty-document', at: 'comments.yaml:1:1' }],
    });
  });

  it('row 2: invalid UTF-8 (a Windows-1252 é) is reported at the byte', async () => {
    const bytes = Buffer.concat([
      Buffer.from('kind: council\nname: Caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    await expectBadInput({
      files: { 'latin1.yaml': bytes },
      exit: 1,
      problems: [{ code: 'encoding/invalid-utf8', at: 'latin1.yaml:2:10' }],
    });
  });

  it('row 3: a UTF-16 file with a BOM is refused with "save the file as UTF-8"', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(COUNCIL, 'utf16le')]);
    const run = await expectBadInput({
      files: { 'utf16.yaml': utf16 },
      exit: 1,
      problems: [{ code: 'encoding/utf16', at: 'utf16.yaml' }],
    });
    expect(run.report.problems[0]?.hint).toMatch(/save the file as UTF-8/i);
  });

  it('row 4: a UTF-8 BOM is accepted, and positions do not count it', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    await expectBadInput({
      files: { 'council.yaml': Buffer.concat([bom, Buffer.from(COUNCIL)]) },
      exit: 0,
    });
    await expectBadInput({
      files: { 'dup.yaml': Buffer.concat([bom, Buffer.from('kind: council\nkind: council\n')]) },
      exit: 1,
      problems: [{ code: 'yaml/duplicate-key', at: 'dup.yaml:2:1' }],
    });
  });

  it('row 5: CRLF line endings are accepted, with positions still right', async () => {
    await expectBadInput({
      files: { 'council.yaml': COUNCIL.replace(/\n/g, '\r\n') },
      exit: 0,
    });
    const crlf = COUNCIL.replace('name: Smallville Council\n', 'name: A\nname: B\n').replace(
      /\n/g,
      '\r\n',
    );
    await expectBadInput({
      files: { 'council.yaml': crlf },
      exit: 1,
      problems: [{ code: 'yaml/duplicate-key', at: 'council.yaml:5:1' }],
    });
  });

  it('row 6: tab indentation is reported with a hint', async () => {
    const run = await expectBadInput({
      files: { 'tabs.yaml': 'kind: council\nversion: 1\nexecutive:\n\ttitle: Mayor\n' },
      exit: 1,
      problems: [{ code: 'yaml/tab-indent', at: 'tabs.yaml:4:1' }],
    });
    expect(run.report.problems[0]?.hint).toMatch(/spaces/);
  });

  it('row 7: `title: Ordinance: Parks` says to quote the value', async () => {
    const run = await expectBadInput({
      files: { 'o.yaml': ORDINANCE.replace('title: Parks', 'title: Ordinance: Parks') },
      exit: 1,
      problems: [{ code: 'yaml/implicit-key', at: 'o.yaml:6:8' }],
    });
    expect(run.report.problems.find((p) => p.code === 'yaml/implicit-key')?.hint).toMatch(/quote/i);
  });

  it('row 8: an unclosed [ or { is a syntax error', async () => {
    await expectBadInput({
      files: { 'seq.yaml': 'kind: ordinance\nsponsors: [ann, bob\nstatus: draft\n' },
      exit: 1,
      problems: [{ code: 'yaml/syntax', at: 'seq.yaml:3:1' }],
    });
    await expectBadInput({
      files: { 'map.yaml': 'kind: roll-call\ncounts: { aye: 3\n' },
      exit: 1,
      problems: [{ code: 'yaml/syntax', at: 'map.yaml:3:1' }],
    });
  });

  it('row 9: a key twice in one map is fatal', async () => {
    await expectBadInput({
      files: { 'rc.yaml': ROLL_CALL.replace('  bob: no\n', '  bob: no\n  ann: no\n') },
      exit: 1,
      problems: [{ code: 'yaml/duplicate-key', at: 'rc.yaml:10:3' }],
    });
  });

  it('row 10: `1:` and `"1":` in one map are duplicate keys', async () => {
    await expectBadInput({
      files: { 'keys.yaml': 'kind: council\nrules:\n  1: a\n  "1": b\n' },
      exit: 1,
      problems: [{ code: 'yaml/duplicate-key', at: 'keys.yaml:4:3' }],
    });
  });

  it('row 11: a collection used as a key is an error', async () => {
    await expectBadInput({
      files: { 'ckey.yaml': 'kind: council\nrules:\n  ? [a, b]\n  : 1\n' },
      exit: 1,
      problems: [{ code: 'yaml/collection-key', at: 'ckey.yaml:3:5' }],
    });
  });

  it('row 12: `vote: no` and `vote: yes` are accepted as words', async () => {
    await expectBadInput({
      files: { 'council.yaml': COUNCIL, 'rc.yaml': ROLL_CALL },
      exit: 0,
    });
  });

  it('row 13: a %YAML 1.1 directive is ignored with a warning: `no` stays a word', async () => {
    await expectBadInput({
      files: { 'council.yaml': COUNCIL, 'rc.yaml': `%YAML 1.1\n---\n${ROLL_CALL}` },
      exit: 0,
      problems: [{ code: 'yaml/directive-1.1', at: 'rc.yaml:1:1', severity: 'warning' }],
    });
  });

  it('row 14: %YAML 1.3 or an unknown directive is an error', async () => {
    await expectBadInput({
      files: { 'council.yaml': `%YAML 1.3\n---\n${COUNCIL}` },
      exit: 1,
      problems: [{ code: 'yaml/unknown-directive', at: 'council.yaml:1:7' }],
    });
    await expectBadInput({
      files: { 'council.yaml': `%FOO bar\n---\n${COUNCIL}` },
      exit: 1,
      problems: [{ code: 'yaml/unknown-directive', at: 'council.yaml:1:1' }],
    });
  });

  it('row 21: a billion laughs document stops at the alias limit', async () => {
    const lines = [
      'kind: council',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const run = await expectBadInput({ files: { 'lol.yaml': `${lines.join('\n')}\n` }, exit: 1 });
    const alias = run.report.problems.find((p) => p.code === 'yaml/alias-limit');
    expect(alias?.line).toBeGreaterThanOrEqual(3);
  });

  it('row 22: nesting 100,000 levels deep is reported once, at the level past the limit', async () => {
    // `rules: ` is 7 characters; the 65th bracket (column 72) is the first past 64 levels.
    for (const depth of [100, 100_000]) {
      const deep = `kind: council\nrules: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
      const run = await expectBadInput({
        files: { 'deep.yaml': deep },
        exit: 1,
        problems: [{ code: 'yaml/too-deep', at: 'deep.yaml:2:72' }],
      });
      expect(run.report.problems.filter((p) => p.code === 'yaml/too-deep')).toHaveLength(1);
    }
    let blocks = 'kind: council\nrules:\n';
    for (let i = 1; i <= 1500; i++) blocks += `${' '.repeat(i)}k${i}:\n`;
    const run = await expectBadInput({
      files: { 'blocks.yaml': blocks },
      exit: 1,
      problems: [{ code: 'yaml/too-deep', at: 'blocks.yaml:67:66' }],
    });
    expect(run.report.problems.filter((p) => p.code === 'yaml/too-deep')).toHaveLength(1);
  }, 60_000);

  it('row 23: a file over the size cap is refused before parsing; --max-file-size raises it', async () => {
    const big = `kind: council\nname: "${'x'.repeat(50 * 1024 * 1024)}"\n`;
    await expectBadInput({
      files: { 'big.yaml': big },
      exit: 1,
      problems: [{ code: 'io/too-large', at: 'big.yaml' }],
    });
    await expectBadInput({
      files: { 'council.yaml': COUNCIL },
      args: ['--max-file-size', '100'],
      exit: 1,
      problems: [{ code: 'io/too-large', at: 'council.yaml' }],
    });
    await expectBadInput({
      files: { 'council.yaml': COUNCIL },
      args: ['--max-file-size', '1KB'],
      exit: 0,
    });
  }, 30_000);

  it('row 25: a custom tag such as !!js/function is an error', async () => {
    await expectBadInput({
      files: { 'tag.yaml': ORDINANCE.replace('title: Parks', 'title: !!js/function "x"') },
      exit: 1,
      problems: [{ code: 'yaml/tag', at: 'tag.yaml:6:8' }],
    });
    await expectBadInput({
      files: { 'tag.yaml': ORDINANCE.replace('title: Parks', 'title: !mine Parks') },
      exit: 1,
      problems: [{ code: 'yaml/tag', at: 'tag.yaml:6:8' }],
    });
  });

  it('row 26: a `<<: *base` merge key is explained as unsupported', async () => {
    const text =
      'kind: council\nbase: &base { title: Mayor }\nexecutive:\n  <<: *base\n  name: Pat\n';
    const run = await expectBadInput({
      files: { 'merge.yaml': text },
      exit: 1,
      problems: [{ code: 'yaml/merge-key', at: 'merge.yaml:4:3' }],
    });
    expect(run.report.problems.find((p) => p.code === 'yaml/merge-key')?.message).toMatch(/merge/);
  });

  it('row 27: several documents in one file are each checked, with index and line', async () => {
    const text = `${COUNCIL}---\n${ROLL_CALL.replace('  ann: yes\n', '  ann: yes\n\tbob: no\n')}`;
    const run = await expectBadInput({
      files: { 'both.yaml': text },
      exit: 1,
      problems: [{ code: 'yaml/tab-indent', at: 'both.yaml:24:1' }],
    });
    expect(run.report.problems.find((p) => p.code === 'yaml/tab-indent')?.document).toBe(2);
  });

  it('row 29: a key over 1024 characters is reported', async () => {
    await expectBadInput({
      files: { 'long.yaml': `kind: council\nrules:\n  ${'k'.repeat(1100)}: 1\n` },
      exit: 1,
      problems: [{ code: 'yaml/key-too-long', at: 'long.yaml:3:3' }],
    });
  });

  it('row 30: a NUL or another control character in a value is rejected', async () => {
    await expectBadInput({
      files: { 'nul.yaml': ORDINANCE.replace('title: Parks', 'title: "Pa\\0rks"') },
      exit: 1,
      problems: [{ code: 'yaml/control-character', at: 'nul.yaml:6:8' }],
    });
    await expectBadInput({
      files: { 'ctl.yaml': ORDINANCE.replace('title: Parks', 'title: Pa\u0001rks') },
      exit: 1,
      // written as it is (not as an escape), it is placed at the character itself (row 61)
      problems: [{ code: 'yaml/control-character', at: 'ctl.yaml:6:10' }],
    });
  });
});

describe('INPUTS.md: values and the schema', () => {
  it('row 15: `id: 0012` where a string is expected says to quote it', async () => {
    const run = await expectBadInput({
      files: { 'o.yaml': ORDINANCE.replace('id: "24-0012"', 'id: 0012') },
      exit: 1,
      problems: [{ code: 'schema/type', at: 'o.yaml:3:5' }],
    });
    const problem = run.report.problems.find((p) => p.code === 'schema/type');
    expect(`${problem?.message ?? ''} ${problem?.hint ?? ''}`).toMatch(/quote/i);
    expect(`${problem?.message ?? ''} ${problem?.hint ?? ''}`).toContain('0012');
  });

  it('row 16: seats written 0x0F, +15 or 1.5e1 are rejected as non-decimal counts', async () => {
    for (const seats of ['0x0F', '+15', '1.5e1', '0o17']) {
      await expectBadInput({
        files: { 'council.yaml': councilWithSeats(seats) },
        exit: 1,
        problems: [{ code: 'schema/number-form', at: 'council.yaml:5:8' }],
      });
    }
  });

  it('row 17: .nan and .inf are type errors', async () => {
    for (const seats of ['.nan', '.inf', '-.inf']) {
      await expectBadInput({
        files: { 'council.yaml': councilWithSeats(seats) },
        exit: 1,
        problems: [{ code: 'schema/type', at: 'council.yaml:5:8' }],
      });
    }
  });

  it('row 18: seats: 1e30 is over the schema maximum', async () => {
    await expectBadInput({
      files: { 'council.yaml': councilWithSeats('1000000000000000000000000000000') },
      exit: 1,
      problems: [{ code: 'schema/range', at: 'council.yaml:5:8' }],
    });
    // `1e30` is also an exponent spelling (row 16): either code rejects it, at the value.
    const run = await expectBadInput({
      files: { 'council.yaml': councilWithSeats('1e30') },
      exit: 1,
    });
    const codes = run.report.problems
      .filter((p) => placeOf(run.folder, p) === 'council.yaml:5:8')
      .map((p) => p.code);
    expect(codes.some((c) => c === 'schema/range' || c === 'schema/number-form')).toBe(true);
  });

  it('row 19: seats: "15" is a type error that says to remove the quotes', async () => {
    const run = await expectBadInput({
      files: { 'council.yaml': councilWithSeats('"15"') },
      exit: 1,
      problems: [{ code: 'schema/type', at: 'council.yaml:5:8' }],
    });
    expect(run.report.problems[0]?.hint).toMatch(/remove the quotes/i);
  });

  it('row 20: seats: -1 is under the minimum; seats: 15.5 is not an integer', async () => {
    await expectBadInput({
      files: { 'council.yaml': councilWithSeats('-1') },
      exit: 1,
      problems: [{ code: 'schema/range', at: 'council.yaml:5:8' }],
    });
    await expectBadInput({
      files: { 'council.yaml': councilWithSeats('15.5') },
      exit: 1,
      problems: [{ code: 'schema/type', at: 'council.yaml:5:8' }],
    });
  });

  it('row 24: member ids __proto__ and constructor fail the slug pattern', async () => {
    await expectBadInput({
      files: { 'council.yaml': COUNCIL.replace('id: ann,', 'id: __proto__,') },
      exit: 1,
      problems: [{ code: 'schema/pattern', at: 'council.yaml:7:11' }],
    });
    await expectBadInput({
      files: {
        'council.yaml': COUNCIL,
        'rc.yaml': ROLL_CALL.replace('  ann: yes\n', '  ann: yes\n  __proto__: no\n'),
      },
      exit: 1,
      problems: [{ code: 'schema/pattern', at: 'rc.yaml:9:3' }],
    });
    await expectBadInput({
      files: { 'council.yaml': COUNCIL.replace('id: ann,', 'id: constructor,') },
      exit: 1,
      problems: [{ code: 'schema/pattern', at: 'council.yaml:7:11' }],
    });
    await expectBadInput({
      files: {
        'council.yaml': COUNCIL,
        'rc.yaml': ROLL_CALL.replace('  ann: yes', '  constructor: yes'),
      },
      exit: 1,
      problems: [{ code: 'schema/pattern', at: 'rc.yaml:8:3' }],
    });
    expect(Object.prototype).not.toHaveProperty('no');
  });

  it('row 28: `vote:` with no value is an error at that line', async () => {
    const run = await expectBadInput({
      files: { 'council.yaml': COUNCIL, 'rc.yaml': ROLL_CALL.replace('  bob: no', '  bob:') },
      exit: 1,
    });
    const atLine = run.report.problems.filter(
      (p) => p.line === 9 && p.severity === 'error' && p.code.startsWith('schema/'),
    );
    expect(atLine.map((p) => placeOf(run.folder, p))).toContain('rc.yaml:9:3');
    expect(atLine.map((p) => p.code)).toSatisfy((codes: string[]) =>
      codes.some((c) => c === 'schema/required' || c === 'schema/type' || c === 'schema/enum'),
    );
  });

  it('row 38: fractions 3/2, 0/3, 2/0 and two-thirds are schema errors showing the accepted form', async () => {
    for (const fraction of ['3/2', '0/3', '2/0', 'two-thirds']) {
      const run = await expectBadInput({
        files: { 'council.yaml': COUNCIL.replace('fraction: 2/3', `fraction: ${fraction}`) },
        exit: 1,
      });
      const problem = run.report.problems.find(
        (p) => placeOf(run.folder, p) === 'council.yaml:14:28',
      );
      expect(problem?.code, `${fraction}: ${run.stdout}`).toMatch(/^schema\//);
      expect(`${problem?.message ?? ''} ${problem?.hint ?? ''}`, fraction).toMatch(/\d+\/\d+/);
    }
  });
});

describe('INPUTS.md: cross-file checks', () => {
  it('row 31: `alice` and `Alice` as two members is a possible-duplicate warning', async () => {
    const council = COUNCIL.replace(
      '  - { id: bob, name: Bob Brown,',
      '  - { id: bob, name: ann adams,',
    );
    await expectBadInput({
      files: { 'council.yaml': council },
      exit: 0,
      problems: [{ code: 'id/possible-duplicate', at: 'council.yaml:8:22', severity: 'warning' }],
    });
    await expectBadInput({
      files: { 'council.yaml': council },
      args: ['--strict'],
      exit: 1,
      problems: [{ code: 'id/possible-duplicate', at: 'council.yaml:8:22', severity: 'warning' }],
    });
  });

  it('row 32: a vote by someone not on the roster is an error at its key, listing close names', async () => {
    const run = await expectBadInput({
      files: { 'council.yaml': COUNCIL, 'rc.yaml': ROLL_CALL.replace('  bob: no', '  bobb: no') },
      exit: 1,
      problems: [{ code: 'ref/unknown-member', at: 'rc.yaml:9:3' }],
    });
    expect(run.report.problems.find((p) => p.code === 'ref/unknown-member')?.hint).toContain(
      '"bob"',
    );
  });

  it('row 33: a member in office with no vote is an error naming the member', async () => {
    const run = await expectBadInput({
      files: { 'council.yaml': COUNCIL, 'rc.yaml': ROLL_CALL.replace('  bob: no\n', '') },
      exit: 1,
      problems: [{ code: 'roll-call/missing-member', at: 'rc.yaml:7:1' }],
    });
    expect(
      run.report.problems.find((p) => p.code === 'roll-call/missing-member')?.message,
    ).toContain('bob');
  });

  it('row 34: a recorded tally that differs from the roll is an error showing both', async () => {
    const run = await expectBadInput({
      files: {
        'council.yaml': COUNCIL,
        'rc.yaml': `${ROLL_CALL}recorded: { result: passed, tally: "3-0" }\n`,
      },
      exit: 1,
    });
    const problem = run.report.problems.find((p) => p.code === 'tally/recorded-mismatch');
    expect(problem?.line, run.stdout).toBe(11);
    expect(problem?.message).toContain('3-0');
    expect(problem?.message).toContain('2-1');
  });

  it("row 35: a vote outside the member's term, or for a vacant seat, is an error", async () => {
    await expectBadInput({
      files: {
        'council.yaml': COUNCIL,
        'rc.yaml': rollCallWithVotes('  ann: yes\n  bob: no\n  cat: aye\n  dan: aye\n'),
      },
      exit: 1,
      problems: [{ code: 'roll-call/not-in-office', at: 'rc.yaml:10:3' }],
    });
    const run = await expectBadInput({
      files: {
        'council.yaml': COUNCIL,
        'rc.yaml': rollCallWithVotes('  ann: yes\n  bob: no\n  dan: aye\n', '2024-07-15'),
      },
      exit: 1,
      problems: [{ code: 'roll-call/vacant-seat', at: 'rc.yaml:10:3' }],
    });
    expect(run.report.problems.find((p) => p.code === 'roll-call/vacant-seat')?.message).toMatch(
      /vacant seat/,
    );
  });

  it('row 36: overlapping terms in one district, or more members than seats, are errors', async () => {
    await expectBadInput({
      files: { 'council.yaml': COUNCIL.replace('from: 2024-08-01', 'from: 2024-06-01') },
      exit: 1,
      problems: [{ code: 'council/district-overlap', at: 'council.yaml:10:51' }],
    });
    await expectBadInput({
      files: {
        'council.yaml': COUNCIL.replace(
          'district: 3, from: 2024-08-01',
          'district: 4, from: 2024-06-01',
        ),
      },
      exit: 1,
      problems: [{ code: 'council/over-seats', at: 'council.yaml:10:51' }],
    });
  });

  it("row 37: a rule with no version in force on the vote's date names the date and versions", async () => {
    const run = await expectBadInput({
      files: { 'council.yaml': COUNCIL, 'rc.yaml': ROLL_CALL.replace('2024-09-01', '2023-12-31') },
      exit: 1,
      problems: [{ code: 'rule/no-version-in-force', at: 'rc.yaml:6:7' }],
    });
    const message =
      run.report.problems.find((p) => p.code === 'rule/no-version-in-force')?.message ?? '';
    expect(message).toContain('2023-12-31');
    expect(message).toContain('from 2024-01-01');
  });
});

describe('INPUTS.md: paths, links and stdin', () => {
  it('row 39: a missing file, a folder with no YAML, an unmatched glob: exit 2', async () => {
    const folder = makeTempFolder();
    const expectUsage = async (path: string, pattern: RegExp): Promise<void> => {
      const run = await runCli(['validate', path, '--format', 'json'], { cwd: folder });
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(pattern);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    };
    await expectUsage(join(folder, 'missing.yaml'), /missing\.yaml: no such file/);
    await expectUsage('*.yaml', /\*\.yaml: no such file/);
    mkdirSync(join(folder, 'empty'));
    writeFileSync(join(folder, 'empty', 'notes.txt'), 'not yaml');
    await expectUsage(join(folder, 'empty'), /no \.yaml or \.yml files/);
  });

  // chmod 000 stops reads for any user but root (tests may run as root in containers).
  it.skipIf(!PERMISSIONS_HOLD)(
    'row 39 (unreadable file): a file without read permission exits 2',
    async () => {
      const folder = makeTempFolder();
      const locked = join(folder, 'locked.yaml');
      writeFileSync(locked, COUNCIL);
      chmodSync(locked, 0o000);
      try {
        const run = await runCli(['validate', locked, '--format', 'json'], { cwd: folder });
        expect(run.code, run.stderr).toBe(2);
        expect(run.stderr).toMatch(/locked\.yaml: permission denied/);
        expect(run.stderr).not.toMatch(STACK_TRACE);
      } finally {
        chmodSync(locked, 0o644);
      }
    },
  );

  it('row 40: a symlink loop is reported once and not followed; a link out of the tree is skipped', async () => {
    const folder = makeTempFolder();
    const tree = join(folder, 'tree');
    mkdirSync(join(tree, 'sub'), { recursive: true });
    writeFileSync(join(tree, 'council.yaml'), COUNCIL);
    symlinkSync('..', join(tree, 'sub', 'up'));
    symlinkSync('.', join(tree, 'sub', 'self'));
    mkdirSync(join(folder, 'outside'));
    writeFileSync(join(folder, 'outside', 'other.yaml'), COUNCIL.replace('smallville', 'other'));
    symlinkSync(join(folder, 'outside'), join(tree, 'out'));

    const run = await runCli(['validate', tree, '--format', 'json'], { cwd: folder });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const report = run.json as { files: number; problems: { code: string; file: string }[] };
    expect(report.files).toBe(1);
    const loops = report.problems.filter((p) => p.code === 'io/symlink-loop');
    expect(loops.length).toBeGreaterThanOrEqual(1);
    expect(new Set(loops.map((p) => p.file)).size).toBe(loops.length);
    expect(loops.filter((p) => p.file.endsWith(join('sub', 'up')))).toHaveLength(1);
    expect(report.problems.filter((p) => p.code === 'io/symlink-outside')).toHaveLength(1);
  }, 10_000);

  it('row 41: `-` with stdin a terminal exits 2 with a usage hint and never waits', async () => {
    const run = await runCli(['validate', '-', '--format', 'json'], { stdinIsTTY: true });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cat file\.yaml \| overrule validate -/);
    expect(run.stderr).toMatch(/--help/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('row 41 (piped): `-` reads a document from stdin', async () => {
    const folder = makeTempFolder();
    writeFileSync(join(folder, 'council.yaml'), COUNCIL);
    const run = await runCli(['validate', '-', folder, '--format', 'json'], {
      stdin: ROLL_CALL.replace('  bob: no\n', ''),
      cwd: folder,
    });
    expect(run.code).toBe(1);
    const problems = (run.json as { problems: { code: string; file: string; line: number }[] })
      .problems;
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'roll-call/missing-member', file: '<stdin>', line: 7 }),
    );
  });
});
