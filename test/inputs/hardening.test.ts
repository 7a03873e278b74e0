/**
 * INPUTS.md rows 46-62, found by adversarial testing, as far as they can be
 * run in-process (the ones about a process's own streams and signals are in
 * test/cli/process-edges.test.ts): the right code at its position, the right
 * exit code, no stack trace, and no input changed.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempFolder, runCli, STACK_TRACE, writeTempFiles } from '../support/run-cli.js';
import { COUNCIL, ROLL_CALL } from '../support/valid-documents.js';
import { expectBadInput } from './bad-input.js';

const IS_ROOT = process.getuid?.() === 0;

const ORDINANCE = `kind: ordinance
version: 1
id: "24-0012"
council: smallville
type: resolution
title: Parks
status: draft
`;

const WHIP = `kind: whip-count
version: 1
id: whip-1
council: smallville
rule: override
as_of: 2024-08-01
positions:
  ann: yes
  bob: { stance: no, probability: 0.4 }
blocs:
  - { size: 1, stance: yes }
`;

/** A roll call of Smallville written in an order fmt changes (votes before rule). */
const UNFORMATTED = ROLL_CALL.replace('rule: override\n', '').replace(
  '  dan: aye\n',
  '  dan: aye\nrule: override\n',
);

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

/** A line of a stack trace (`    at f (file.js:1:2)`); reports may hold "at least". */
const STACK_FRAME = /^\s+at .*:\d+:\d+\)?$/m;

/** Expects a run without a stack trace or an internal error; returns it. */
function clean<T extends { stdout: string; stderr: string }>(run: T): T {
  expect(run.stderr, run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stdout).not.toMatch(STACK_FRAME);
  expect(run.stderr).not.toMatch(/unexpected error|internal error/);
  return run;
}

describe('INPUTS.md row 46: a mapping or list where a word or number is expected', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['kind: {}', { 'k.yaml': 'kind: {}\n' }, 'k.yaml:1:7'],
    ['kind: [x]', { 'k.yaml': 'kind: [x]\nversion: 1\n' }, 'k.yaml:1:7'],
    [
      'version: {a: 1}',
      { 'v.yaml': COUNCIL.replace('version: 1', 'version: {a: 1}') },
      'v.yaml:2:10',
    ],
    [
      'a vote written as {vote: aye}',
      { 'council.yaml': COUNCIL, 'rc.yaml': ROLL_CALL.replace('dan: aye', 'dan: {vote: aye}') },
      'rc.yaml:10:8',
    ],
    [
      'a whip stance as a list',
      { 'council.yaml': COUNCIL, 'w.yaml': WHIP.replace('stance: no,', 'stance: [x],') },
      'w.yaml:9:18',
    ],
    [
      'a status as a mapping',
      { 'o.yaml': ORDINANCE.replace('status: draft', 'status: {a: 1}') },
      'o.yaml:7:9',
    ],
    [
      'a type as a list',
      { 'o.yaml': ORDINANCE.replace('type: resolution', 'type: [a]') },
      'o.yaml:5:7',
    ],
    [
      '`of:` as a mapping',
      { 'c.yaml': COUNCIL.replace('of: seats', 'of: {x: 1}') },
      'c.yaml:14:37',
    ],
  ];
  for (const [name, files, at] of cases) {
    it(`${name}: schema/type at the value, exit 1`, async () => {
      await expectBadInput({ files, exit: 1, problems: [{ code: 'schema/type', at }] });
    });
  }

  it('tally reports it too, exit 1, never "unexpected error"', async () => {
    const folder = writeTempFiles({
      'council.yaml': COUNCIL,
      'rc.yaml': ROLL_CALL.replace('dan: aye', 'dan: {vote: aye}'),
      'k.yaml': 'kind: {}\n',
    });
    for (const file of ['rc.yaml', 'k.yaml']) {
      const run = clean(await runCli(['tally', file], { cwd: folder }));
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/schema\/type/);
    }
  });
});

describe('INPUTS.md rows 47 and 48: where --output may write', () => {
  it('row 47: --output naming an input of the same run is refused, exit 2, the input untouched', async () => {
    const folder = writeTempFiles({ 'council.yaml': COUNCIL, 'rc.yaml': ROLL_CALL });
    const runs = [
      ['validate', '.', '--format', 'json', '--output', 'council.yaml'],
      ['tally', 'rc.yaml', '--output', 'rc.yaml'],
      ['tally', 'rc.yaml', '--output', 'council.yaml'],
    ];
    for (const argv of runs) {
      const run = clean(await runCli(argv, { cwd: folder }));
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/a file this run reads as input/);
      expect(readFileSync(join(folder, 'council.yaml'), 'utf8')).toBe(COUNCIL);
      expect(readFileSync(join(folder, 'rc.yaml'), 'utf8')).toBe(ROLL_CALL);
      // nothing else but the look-up index, a cache (see README, Archives)
      expect(readdirSync(folder).sort()).toEqual(['.overrule', 'council.yaml', 'rc.yaml']);
    }
  });

  it('row 48: through a symbolic link, the target is written and the link stays a link', async () => {
    const folder = writeTempFiles({ 'council.yaml': COUNCIL });
    writeFileSync(join(folder, 'report.json'), 'old\n');
    symlinkSync('report.json', join(folder, 'link.json'));
    const run = clean(
      await runCli(['validate', 'council.yaml', '--format', 'json', '--output', 'link.json'], {
        cwd: folder,
      }),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(join(folder, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8'))).toMatchObject({
      ok: true,
      files: 1,
    });
  });

  it('row 48: a FIFO is refused at once (exit 2) and stays a FIFO; /dev/null stays a device', async () => {
    const folder = writeTempFiles({ 'council.yaml': COUNCIL });
    mkfifo(join(folder, 'fifo'));
    const fifo = clean(
      await runCli(['validate', 'council.yaml', '--output', 'fifo'], { cwd: folder }),
    );
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toMatch(
      /--output fifo: a FIFO \(named pipe\); overrule writes regular files and devices only/,
    );
    expect(lstatSync(join(folder, 'fifo')).isFIFO()).toBe(true);

    const devNull = clean(
      await runCli(['validate', 'council.yaml', '--format', 'json', '--output', '/dev/null'], {
        cwd: folder,
      }),
    );
    expect(devNull.code, devNull.stderr).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(['council.yaml', 'fifo']);
  });

  it('row 48: a dangling link, a hard-linked file and a read-only file are refused, exit 2', async () => {
    const folder = writeTempFiles({ 'council.yaml': COUNCIL });
    symlinkSync('nowhere.json', join(folder, 'dangling.json'));
    writeFileSync(join(folder, 'linked.json'), 'linked\n');
    linkSync(join(folder, 'linked.json'), join(folder, 'other-name.json'));
    writeFileSync(join(folder, 'locked.json'), 'locked\n');
    chmodSync(join(folder, 'locked.json'), 0o444);
    const expectations: [string, RegExp][] = [
      ['dangling.json', /a symbolic link to a file that does not exist/],
      ['linked.json', /has 2 hard links/],
      ['locked.json', /is read-only/],
    ];
    for (const [target, message] of expectations) {
      const run = clean(
        await runCli(['validate', 'council.yaml', '--output', target], { cwd: folder }),
      );
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    expect(lstatSync(join(folder, 'dangling.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(folder, 'other-name.json'), 'utf8')).toBe('linked\n');
    expect(statSync(join(folder, 'linked.json')).nlink).toBe(2);
    expect(readFileSync(join(folder, 'locked.json'), 'utf8')).toBe('locked\n');
  });

  // root may write anywhere: a folder without write permission stops only other users
  it.skipIf(IS_ROOT)(
    'an --output folder without write permission is one line naming it, exit 2 (skipped as root)',
    async () => {
      const folder = writeTempFiles({ 'council.yaml': COUNCIL });
      mkdirSync(join(folder, 'locked'));
      chmodSync(join(folder, 'locked'), 0o555);
      try {
        const run = clean(
          await runCli(['validate', 'council.yaml', '--output', 'locked/report.txt'], {
            cwd: folder,
          }),
        );
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(
          'overrule: --output locked/report.txt: permission denied (EACCES)\n',
        );
        expect(readdirSync(join(folder, 'locked'))).toEqual([]);
      } finally {
        chmodSync(join(folder, 'locked'), 0o755);
      }
    },
  );

  it('row 53: --output on a full device is one line naming ENOSPC, exit 2', async () => {
    const run = clean(
      await runCli(['threshold', '--seats', '15', '--fraction', '2/3', '--output', '/dev/full']),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('overrule: --output /dev/full: no space left on the device (ENOSPC)\n');
  });
});

describe('INPUTS.md row 49: FIFOs, sockets and devices', () => {
  /** A tree with a council, a FIFO, a link to it, a link to a FIFO outside, and a socket. */
  async function treeWithSpecialFiles(): Promise<{ folder: string; close: () => void }> {
    const folder = writeTempFiles({ 'council.yaml': COUNCIL });
    mkfifo(join(folder, 'pipe.yaml'));
    symlinkSync('pipe.yaml', join(folder, 'link.yaml'));
    const outside = makeTempFolder();
    mkfifo(join(outside, 'far.fifo'));
    symlinkSync(join(outside, 'far.fifo'), join(folder, 'far.yaml'));
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(folder, 'socket.yaml'), resolve));
    return { folder, close: () => server.close() };
  }

  it('in a tree (or behind a link) they are skipped with a warning, never opened', async () => {
    const { folder, close } = await treeWithSpecialFiles();
    try {
      const run = clean(await runCli(['validate', '.', '--format', 'json'], { cwd: folder }));
      expect(run.code, run.stderr).toBe(0);
      const report = run.json as { files: number; problems: { code: string; file: string }[] };
      expect(report.files).toBe(1);
      expect(
        report.problems
          .filter((p) => p.code === 'io/not-regular')
          .map((p) => p.file)
          .sort(),
      ).toEqual(['far.yaml', 'link.yaml', 'pipe.yaml', 'socket.yaml']);

      const fmt = clean(await runCli(['fmt', '--check', '.'], { cwd: folder }));
      expect(fmt.code, fmt.stderr).toBe(0);
      expect(fmt.stderr).toMatch(
        /pipe\.yaml: warning: a FIFO \(named pipe\), not a regular file; skipped/,
      );

      writeFileSync(join(folder, 'rc.yaml'), ROLL_CALL);
      const tally = clean(
        await runCli(['tally', 'rc.yaml', '--data', '.', '--json'], { cwd: folder }),
      );
      expect(tally.code, tally.stderr).toBe(0);
      expect(tally.json).toMatchObject({ result: 'passed' });
    } finally {
      close();
    }
  });

  it('named on the command line they are refused, exit 2, without waiting', async () => {
    const { folder, close } = await treeWithSpecialFiles();
    try {
      for (const argv of [
        ['validate', 'pipe.yaml'],
        ['validate', 'link.yaml'],
        ['validate', 'socket.yaml'],
        ['validate', '/dev/zero'],
        ['fmt', 'pipe.yaml'],
        ['fmt', '--check', '/dev/zero'],
        ['tally', 'pipe.yaml', '--data', '.'],
      ]) {
        const run = clean(await runCli(argv, { cwd: folder }));
        expect(run.code, `${argv.join(' ')}: ${run.stderr}`).toBe(2);
        expect(run.stderr).toMatch(/not a regular file; overrule reads regular files only/);
      }
    } finally {
      close();
    }
  });

  it('schema --write refuses a FIFO in the place of a schema file, without waiting', async () => {
    const folder = makeTempFolder();
    mkfifo(join(folder, 'council.schema.json'));
    const run = clean(await runCli(['schema', 'council', '--write', '.'], { cwd: folder }));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/council\.schema\.json: a FIFO/);
    expect(lstatSync(join(folder, 'council.schema.json')).isFIFO()).toBe(true);
  });
});

describe('INPUTS.md row 50: standard input over the size cap', () => {
  it('stops reading at the cap and exits 2, for validate, tally and fmt', async () => {
    const big = `kind: council\n${'# padding\n'.repeat(200)}`;
    for (const argv of [
      ['validate', '-', '--max-file-size', '1KB'],
      ['tally', '-', '--data', '.', '--max-file-size', '1KB'],
      ['fmt', '-', '--max-file-size', '1KB'],
    ]) {
      const run = clean(await runCli(argv, { stdin: big, cwd: makeTempFolder() }));
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(
        /standard input is over the 1\.0 KiB cap; overrule stopped reading it/,
      );
    }
  });
});

describe('INPUTS.md row 51: tens of thousands of keys in one mapping', () => {
  it('still finds a repeated key among 40,000, in block and flow mappings, at the repeat', async () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `  member-${i}: aye`);
    const block = `${ROLL_CALL.replace(/votes:[\s\S]*$/, 'votes:\n')}${keys.join('\n')}\n  member-7: no\n`;
    const flow = `kind: council\nversion: 1\nx: {${Array.from({ length: 40_000 }, (_, i) => `k${i}: 1`).join(', ')}, k3: 2}\n`;
    const run = await expectBadInput({
      files: { 'block.yaml': block, 'flow.yaml': flow },
      exit: 1,
      problems: [{ code: 'yaml/duplicate-key', at: `block.yaml:${8 + 40_000}:3` }],
    });
    const flowDuplicate = run.report.problems.find(
      (p) => p.file.endsWith('flow.yaml') && p.code === 'yaml/duplicate-key',
    );
    expect(flowDuplicate?.line).toBe(3);
    expect(flowDuplicate?.column).toBe((flow.split('\n')[2]?.lastIndexOf('k3: 2') ?? 0) + 1);
  }, 60_000);
});

describe('INPUTS.md rows 54 and 56: --jobs and --shard', () => {
  it('row 54: --jobs far above the cores is capped, and said once', async () => {
    const folder = writeTempFiles({ 'council.yaml': COUNCIL });
    const run = clean(await runCli(['validate', '.', '--jobs', '1000'], { cwd: folder }));
    expect(run.code, run.stderr).toBe(0);
    const most = Math.max(4, 2 * availableParallelism());
    expect(run.stderr.match(/--jobs 1000 is more than/g)).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`using ${most} threads`));
  });

  it('row 56: a shard that selects no file is an empty, successful run', async () => {
    const folder = writeTempFiles({ 'council.yaml': COUNCIL, 'rc.yaml': ROLL_CALL });
    const run = clean(
      await runCli(['validate', '.', '--shard', '1/10', '--format', 'json'], { cwd: folder }),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.json).toMatchObject({ ok: true, files: 0, errors: 0, problems: [] });
  });
});

describe('INPUTS.md row 55: tally of a file whose other document is invalid', () => {
  it('reports the other document and exits 1, with no report', async () => {
    const other = ROLL_CALL.replace('id: rc-1', 'id: rc-2').replace('dan: aye', 'dan: {vote: aye}');
    const folder = writeTempFiles({
      'council.yaml': COUNCIL,
      'rc.yaml': `${ROLL_CALL}---\n${other}`,
    });
    for (const args of [[], ['--id', 'rc-1']]) {
      const run = clean(await runCli(['tally', 'rc.yaml', ...args], { cwd: folder }));
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/rc\.yaml \(document 2\)/);
      expect(run.stderr).toMatch(/21:8 +error/);
    }
  });

  it('also when the other document is valid alone but fails a check across files', async () => {
    // the second roll call leaves out bob, who is in office: roll-call/missing-member
    const other = ROLL_CALL.replace('id: rc-1', 'id: rc-2').replace('  bob: no\n', '');
    const folder = writeTempFiles({
      'council.yaml': COUNCIL,
      'rc.yaml': `${ROLL_CALL}---\n${other}`,
    });
    const run = clean(await runCli(['tally', 'rc.yaml', '--id', 'rc-1'], { cwd: folder }));
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/rc\.yaml \(document 2\)/);
    expect(run.stderr).toMatch(/roll-call\/missing-member/);
  });
});

describe('INPUTS.md row 57: control characters in file names', () => {
  it('are escaped in the pretty and github reports and in fmt lists', async () => {
    const name = 'evil\u001b[31mred\u0007.yaml';
    const folder = writeTempFiles({ [name]: 'kind: council\nversion: 1\n' });
    const escaped = 'evil\\x1B[31mred\\x07.yaml';
    for (const format of ['pretty', 'github']) {
      const run = clean(await runCli(['validate', '.', '--format', format], { cwd: folder }));
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(escaped);
      // eslint-disable-next-line no-control-regex
      expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    }
    writeFileSync(join(folder, name), UNFORMATTED);
    const fmt = clean(await runCli(['fmt', '--check', '.'], { cwd: folder }));
    expect(fmt.stdout).toBe(`${escaped}\n`);
  });
});

describe('INPUTS.md rows 58-60: what fmt rewrites', () => {
  it('row 59: removes temporary files a killed run left, and keeps those of a live one', async () => {
    const folder = writeTempFiles({ 'rc.yaml': UNFORMATTED });
    // no process has this id (Linux gives ids below 4194304); process 1 always runs
    const dead = '.rc.yaml.overrule-4194999-0.tmp';
    const live = '.rc.yaml.overrule-1-0.tmp';
    writeFileSync(join(folder, dead), 'half');
    writeFileSync(join(folder, live), 'half');
    const run = clean(await runCli(['fmt', '.'], { cwd: folder }));
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([live, 'rc.yaml'].sort());
  });

  it.skipIf(!IS_ROOT)(
    'row 60: keeps the owner, group and mode of the file it rewrites (needs root to chown)',
    async () => {
      const folder = writeTempFiles({ 'rc.yaml': UNFORMATTED });
      const file = join(folder, 'rc.yaml');
      chownSync(file, 1234, 5678);
      chmodSync(file, 0o640);
      const before = statSync(file);
      const run = clean(await runCli(['fmt', '.'], { cwd: folder }));
      expect(run.code, run.stderr).toBe(0);
      const after = statSync(file);
      expect(after.ino).not.toBe(before.ino);
      expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([1234, 5678, 0o640]);
    },
  );

  it('row 60: refuses a hard-linked or read-only file with a message, exit 1, both untouched', async () => {
    const folder = writeTempFiles({ 'linked.yaml': UNFORMATTED, 'locked.yaml': UNFORMATTED });
    linkSync(join(folder, 'linked.yaml'), join(folder, 'elsewhere.txt'));
    chmodSync(join(folder, 'locked.yaml'), 0o444);
    const run = clean(await runCli(['fmt', '.'], { cwd: folder }));
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/linked\.yaml: error: not formatted: has 2 hard links/);
    expect(run.stderr).toMatch(/locked\.yaml: error: not formatted: is read-only/);
    expect(run.stderr).toMatch(/0 of 2 files reformatted/);
    expect(run.stdout).toBe('');
    for (const name of ['linked.yaml', 'elsewhere.txt', 'locked.yaml']) {
      expect(readFileSync(join(folder, name), 'utf8')).toBe(UNFORMATTED);
    }
    expect(statSync(join(folder, 'linked.yaml')).nlink).toBe(2);
    expect(readdirSync(folder).sort()).toEqual(['elsewhere.txt', 'linked.yaml', 'locked.yaml']);
  });
});

describe('INPUTS.md row 61: characters YAML 1.2 forbids', () => {
  it('are errors at their own line and column, in a comment or in a value', async () => {
    const cases: [string, string][] = [
      ['# a \u0001 in a comment\n', 'f.yaml:15:5'],
      ['# a \uFFFE in a comment\n', 'f.yaml:15:5'],
      ['notes: a \u007F b\n', 'f.yaml:15:10'],
      ['notes: a \u009B b\n', 'f.yaml:15:10'],
      ['notes: "\u001B[2J"\n', 'f.yaml:15:9'],
    ];
    for (const [line, at] of cases) {
      await expectBadInput({
        files: { 'f.yaml': `${COUNCIL}${line}` },
        exit: 1,
        problems: [{ code: 'yaml/control-character', at }],
      });
    }
  });

  it('fmt refuses such a file and leaves it as it is', async () => {
    const text = `${UNFORMATTED}# bell \u0007\n`;
    const folder = writeTempFiles({ 'rc.yaml': text });
    const run = clean(await runCli(['fmt', '.'], { cwd: folder }));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/rc\.yaml:11:8: error: not formatted: the character U\+0007/);
    expect(readFileSync(join(folder, 'rc.yaml'), 'utf8')).toBe(text);
  });
});

describe('INPUTS.md row 62: a threshold no vote can reach', () => {
  it('warns that the measure can never pass, and exits 0', async () => {
    const run = clean(
      await runCli(['threshold', '--seats', '15', '--fraction', '2/3', '--minimum', '1000000']),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1000000 ayes required/);
    expect(run.stderr).toBe(
      'overrule: warning: 1000000 ayes are required, but at most 15 members can vote aye: the measure can never pass\n',
    );
    const fine = clean(await runCli(['threshold', '--seats', '15', '--fraction', '2/3']));
    expect(fine.stderr).toBe('');
  });

  it('says "a council of 1 seat" and "1 member"', async () => {
    const run = clean(
      await runCli(['threshold', '--seats', '1', '--fraction', '2/3', '--all-readings']),
    );
    expect(run.stdout).toMatch(/for a council of 1 seat \(1 member in office,/);
  });
});

describe('the tally council search', () => {
  it('never reads the temporary folder itself, nor what is above it', async () => {
    // a roll call in a folder under the temporary folder, and a stray council right in it
    const folder = makeTempFolder();
    mkdirSync(join(folder, 'roll-calls'));
    writeFileSync(join(folder, 'roll-calls', 'rc.yaml'), ROLL_CALL);
    const stray = join(tmpdir(), `overrule-stray-council-${process.pid}.yaml`);
    writeFileSync(stray, COUNCIL);
    try {
      const run = clean(await runCli(['tally', join(folder, 'roll-calls', 'rc.yaml')]));
      expect(run.code, run.stdout).toBe(2);
      expect(run.stderr).toMatch(/no council found/);
    } finally {
      rmSync(stray);
    }
  });
});
