import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeJournalLine } from '../../src/load/append-journal.js';
import { makeTempFolder, runCli, STACK_TRACE } from '../support/run-cli.js';
import { TESTVILLE } from '../support/testville.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FILE = 'milwaukee/roll-calls/2026-03-24-frt.yaml';
const JOURNAL = `${FILE}.journal`;
/** A Milwaukee roll call: 11 ayes, 4 noes, with a slip undone on the way. */
const KEYS = 'yyyyynn yyyyy nu nny';
const BASE = [
  'roll-call',
  '--rule',
  'policy-override',
  '--date',
  '2026-03-24',
  '--measure',
  'hyp-2026-frt',
  '--output',
  FILE,
];

/** A copy of the bundled Milwaukee archive in a fresh folder. */
function archive(): string {
  const folder = makeTempFolder('overrule-roll-call-');
  cpSync(join(ROOT, 'ordinances', 'milwaukee'), join(folder, 'milwaukee'), { recursive: true });
  return folder;
}

interface TallyJson {
  result: string;
  required: number;
  counts: Record<string, number>;
  recorded: { result: string; tally: string; matches: boolean };
}

// generous: the machine may be busy
describe('overrule roll-call with --keys', { timeout: 60_000 }, () => {
  it('records a Milwaukee roll call that validates clean and tallies as the screen showed', async () => {
    const cwd = archive();
    const run = await runCli([...BASE, '--keys', `${KEYS}\n`], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('15/15 Russell W. Stamper II, district 15: aye');
    expect(run.stdout).toContain('PASSED 11-4, margin +1');
    expect(run.stdout).toContain(`Saved ${FILE}.`);
    expect(existsSync(join(cwd, JOURNAL))).toBe(false);

    const text = readFileSync(join(cwd, FILE), 'utf8');
    expect(text).toContain('id: 2026-03-24-frt\n');
    expect(text).toContain('measure: "hyp-2026-frt"\n');
    expect(text).toContain('  milele-coggs: no # D6\n');
    expect(text).toContain('  scott-spiker: no # D13\n');
    expect(text.endsWith('recorded: { result: passed, tally: "11-4" }\n')).toBe(true);

    const validate = await runCli(['validate', 'milwaukee', '--format', 'json'], { cwd });
    expect(validate.json).toMatchObject({ ok: true, errors: 0, warnings: 0 });
    const fmt = await runCli(['fmt', '--check', FILE], { cwd });
    expect(fmt.code).toBe(0);
    const tally = await runCli(['tally', FILE, '--json'], { cwd });
    expect(tally.code).toBe(0);
    const json = tally.json as TallyJson;
    expect([json.result, json.required, json.counts['aye'], json.counts['no']]).toEqual([
      'passed',
      10,
      11,
      4,
    ]);
    expect(json.recorded).toEqual({
      result: 'passed',
      tally: '11-4',
      matches: true,
      tallyReading: 'members',
    });
  });

  it('reads keys from a standard input that is not a terminal', async () => {
    const cwd = archive();
    const run = await runCli(BASE, { cwd, stdin: `${KEYS}\r\n` });
    expect(run.code).toBe(0);
    expect(readFileSync(join(cwd, FILE), 'utf8')).toContain('tally: "11-4"');
  });

  it('keeps the journal when the keys end early, and resumes from it', async () => {
    const cwd = archive();
    const first = await runCli([...BASE, '--keys', 'yyyyynnyq'], { cwd });
    expect(first.code).toBe(2);
    expect(first.stdout).toContain('"q" is not a key');
    expect(first.stderr).toContain(`the keys ended with 8 of 15 voted; ${JOURNAL} keeps every key`);
    expect(existsSync(join(cwd, FILE))).toBe(false);
    expect(readFileSync(join(cwd, JOURNAL), 'utf8').split('\n')).toHaveLength(10); // header, 8 keys, ''

    const second = await runCli([...BASE, '--keys', 'yyyynnnyyyy'], { cwd });
    expect(second.code).toBe(2);
    expect(second.stdout).toContain('Resumed from the journal: 8 voted (8 keys)');
    expect(second.stderr).toContain('all 15 have voted, but the roll call is not saved');

    const third = await runCli([...BASE, '--keys', 'u y\\n'], { cwd });
    expect(third.code).toBe(0);
    expect(third.stdout).toContain('Resumed from the journal: 15 voted (15 keys)');
    const text = readFileSync(join(cwd, FILE), 'utf8');
    expect(text).toContain('recorded: { result: passed, tally: "11-4" }');
    expect(existsSync(join(cwd, JOURNAL))).toBe(false);
  });

  it('drops a torn last line of the journal with a message, keeping every line before it', async () => {
    const cwd = archive();
    await runCli([...BASE, '--keys', 'yyy'], { cwd });
    const journal = join(cwd, JOURNAL);
    const whole = readFileSync(journal, 'utf8');
    writeFileSync(journal, `${whole}4\tn\t0f`);
    const run = await runCli([...BASE, '--keys', 'yynnyyyyynnyy\n'], { cwd });
    expect(run.stderr).toContain(`${JOURNAL}: dropped its last line (line 5, 6 bytes)`);
    expect(run.stdout).toContain(
      'Resumed from the journal: 3 voted (3 keys); a last line cut short',
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(cwd, FILE), 'utf8')).toContain('  robert-bauman: aye # D4\n');
  });

  it('refuses a journal of another roll call, or a damaged one, until told to discard it', async () => {
    const cwd = archive();
    await runCli([...BASE, '--keys', 'yyn'], { cwd });
    const journal = join(cwd, JOURNAL);
    const before = readFileSync(journal, 'utf8');
    const other = await runCli(
      [...BASE.map((a) => (a === '2026-03-24' ? '2026-03-25' : a)), '--keys', 'y'],
      {
        cwd,
      },
    );
    expect(other.code).toBe(2);
    expect(other.stderr).toContain(
      `${JOURNAL} belongs to another roll call: its date is "2026-03-24", not "2026-03-25"`,
    );
    expect(other.stderr).toContain('--discard-journal');
    expect(other.stderr).not.toMatch(STACK_TRACE);
    expect(readFileSync(journal, 'utf8')).toBe(before);

    const lines = before.split('\n');
    writeFileSync(
      journal,
      [lines[0], lines[1]?.replace('\ty\t', '\tn\t'), ...lines.slice(2)].join('\n'),
    );
    const damaged = await runCli([...BASE, '--keys', 'y'], { cwd });
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toContain(
      `${JOURNAL} is damaged at line 2 (its checksum does not match)`,
    );

    const discarded = await runCli(
      [
        ...BASE.map((a) => (a === '2026-03-24' ? '2026-03-25' : a)),
        '--discard-journal',
        '--keys',
        'y'.repeat(15) + '\n',
      ],
      { cwd },
    );
    expect(discarded.stderr).toContain(`--discard-journal: removed ${JOURNAL}`);
    expect(discarded.code).toBe(0);
    expect(readFileSync(join(cwd, FILE), 'utf8')).toContain('date: 2026-03-25');
  });

  it('never overwrites FILE, and finishes a run stopped between saving and removing the journal', async () => {
    const cwd = archive();
    await runCli([...BASE, '--keys', 'y'.repeat(15) + '\n'], { cwd });
    const saved = readFileSync(join(cwd, FILE), 'utf8');
    const again = await runCli([...BASE, '--keys', 'n'.repeat(15) + '\n'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${FILE} exists; roll-call never overwrites a file`);
    expect(readFileSync(join(cwd, FILE), 'utf8')).toBe(saved);
    // nor a link, even one leading nowhere
    const link = join(cwd, 'milwaukee', 'roll-calls', 'link.yaml');
    symlinkSync('nowhere.yaml', link);
    const linked = await runCli(
      [
        ...BASE.map((a) => (a === FILE ? 'milwaukee/roll-calls/link.yaml' : a)),
        '--keys',
        'y'.repeat(15) + '\n',
      ],
      { cwd },
    );
    expect([linked.code, linked.stderr]).toEqual([2, expect.stringContaining('link.yaml exists')]);
    expect(readlinkSync(link)).toBe('nowhere.yaml');

    // the journal of the saved roll call, as a stop right after the rename leaves it
    const header = JSON.stringify({
      journal: 'overrule roll-call journal',
      version: 1,
      council: 'milwaukee',
      rule: 'policy-override',
      date: '2026-03-24',
      measure: 'hyp-2026-frt',
      motion: null,
      members: saved
        .split('\n')
        .filter((l) => l.startsWith('  '))
        .map((l) => l.trim().split(':')[0]),
    });
    const records = [header, ...Array<string>(15).fill('y'), 'enter'];
    writeFileSync(join(cwd, JOURNAL), records.map((r, i) => encodeJournalLine(i, r)).join(''));
    const finish = await runCli([...BASE, '--keys', ''], { cwd });
    expect(finish.code).toBe(0);
    expect(finish.stderr).toContain(`${FILE} was saved already; its journal is removed`);
    expect(existsSync(join(cwd, JOURNAL))).toBe(false);
    expect(readFileSync(join(cwd, FILE), 'utf8')).toBe(saved);
  });

  it('saves a confirmed journal whose file was never written', async () => {
    const cwd = archive();
    await runCli([...BASE, '--keys', 'y'.repeat(15)], { cwd });
    const journal = join(cwd, JOURNAL);
    const text = readFileSync(journal, 'utf8');
    writeFileSync(journal, text + encodeJournalLine(16, 'enter'));
    const run = await runCli([...BASE, '--keys', ''], { cwd });
    expect(run.code).toBe(0);
    expect(readFileSync(join(cwd, FILE), 'utf8')).toContain('tally: "15-0"');
  });

  it('chooses among councils with --council, and finds a measure kept anywhere in the archive', async () => {
    const cwd = archive();
    writeFileSync(join(cwd, 'milwaukee', 'testville.yaml'), TESTVILLE);
    const ambiguous = await runCli([...BASE, '--keys', 'y'], { cwd });
    expect([ambiguous.code, ambiguous.stderr]).toEqual([
      2,
      expect.stringContaining('holds 2 councils; choose one with --council (milwaukee, testville)'),
    ]);
    mkdirSync(join(cwd, 'milwaukee', 'elsewhere'));
    renameSync(
      join(cwd, 'milwaukee', 'ordinances', 'hyp-2026-frt.yaml'),
      join(cwd, 'milwaukee', 'elsewhere', 'frt.yaml'),
    );
    const chosen = await runCli([...BASE, '--council', 'milwaukee', '--keys', `${KEYS}\n`], {
      cwd,
    });
    expect(chosen.stderr).toBe('');
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).toContain('Measure hyp-2026-frt: Hypothetical resolution');
  });

  it('refuses bad flags and data with a message and exit 2 (exit 1 for a council with errors)', async () => {
    const cwd = archive();
    const cases: [string[], RegExp][] = [
      [
        ['--rule', 'policy-override', '--date', '2026-03-24', '--output', 'x.yaml'],
        /no council found/,
      ],
      [
        [...BASE.slice(1).map((a) => (a === 'policy-override' ? 'override' : a))],
        /no such rule; it has policy-override, veto-override, passage/,
      ],
      [
        [...BASE.slice(1).map((a) => (a === '2026-03-24' ? '2026-02-30' : a))],
        /--date 2026-02-30: not a date/,
      ],
      [
        [...BASE.slice(1).map((a) => (a === '2026-03-24' ? '2023-01-01' : a))],
        /no version of the rule is in force on 2023-01-01/,
      ],
      [
        [...BASE.slice(1).map((a) => (a === 'hyp-2026-frt' ? '999999' : a))],
        /--measure 999999: no ordinance or resolution/,
      ],
      [[...BASE.slice(1).map((a) => (a === FILE ? 'milwaukee/rc.txt' : a))], /name it \*\.yaml/],
      [
        [...BASE.slice(1).map((a) => (a === FILE ? 'nowhere/rc.yaml' : a))],
        /the folder nowhere does not exist/,
      ],
      [[...BASE.slice(1), '--motion', 'two\nlines'], /--motion: holds a control character/],
      [[...BASE.slice(1, -2)], /needs --output FILE/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['roll-call', ...args, '--keys', 'y'], { cwd });
      expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(message)]);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    }
    expect(
      readdirSync(join(cwd, 'milwaukee', 'roll-calls')).filter((f) => f.includes('journal')),
    ).toEqual([]);

    const council = join(cwd, 'milwaukee', 'council.yaml');
    writeFileSync(council, readFileSync(council, 'utf8').replace('seats: 15', 'seats: "15"'));
    const broken = await runCli([...BASE, '--keys', 'y'], { cwd });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/milwaukee\/council\.yaml:\d+:\d+: error: .*\(schema\/type\)/);
  });
});
