/**
 * The whole command in a real terminal (tmux): the clerk's screen at 80×24,
 * keys typed one by one, Ctrl-C halfway and a resume, TERM=dumb and the
 * colour rules. Skipped where tmux is missing (CI installs it).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli } from '../support/cli-bundle.js';
import { makeTempFolder } from '../support/run-cli.js';
import { HAS_TMUX, shellWord, TmuxTerminal } from '../support/tmux.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FILE = 'milwaukee/roll-calls/2026-03-24-frt.yaml';
/** 11 ayes and 4 noes, in roster order. */
const VOTES = Array.from('yyyyynnyyyyynny');

let cli = '';
/** A colour in the terminal's output. */
const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`);
/** Columns a row takes (every character here is one column wide). */
const width = (row: string): number => Array.from(new Intl.Segmenter().segment(row)).length;
const terminals: TmuxTerminal[] = [];

beforeAll(async () => {
  if (HAS_TMUX) cli = await bundleCli('overrule-roll-call-tty-');
}, 60_000);

/** The last line of a whole frame, while the roll call goes on. */
const FRAME_END = /Ctrl-C stop \(resume later\)$/;

afterEach(() => {
  for (const t of terminals.splice(0)) t.stop();
});

function archive(): string {
  const folder = makeTempFolder('overrule-roll-call-tty-');
  cpSync(join(ROOT, 'ordinances', 'milwaukee'), join(folder, 'milwaukee'), { recursive: true });
  return folder;
}

function rollCall(cwd: string, env = ''): TmuxTerminal {
  const terminal = new TmuxTerminal();
  terminals.push(terminal);
  const args = [
    'roll-call',
    '--rule',
    'policy-override',
    '--date',
    '2026-03-24',
    '--measure',
    'hyp-2026-frt',
    '--motion',
    'Modify the facial recognition moratorium',
    '--output',
    FILE,
  ];
  terminal.start(
    `cd ${shellWord(cwd)} && ${env} ${shellWord(process.execPath)} ${shellWord(cli)} ${args.map(shellWord).join(' ')}`,
  );
  return terminal;
}

describe.skipIf(!HAS_TMUX)('overrule roll-call in a terminal', () => {
  it('records a Milwaukee roll call on an 80×24 screen, and the file agrees with it', async () => {
    const cwd = archive();
    const terminal = rollCall(cwd);
    const first = await terminal.waitFor([/Calling 1 of 15/, FRAME_END]);
    expect(first.slice(0, 9)).toEqual([
      'Milwaukee Common Council · roll call 2026-03-24 · 15 members in office',
      expect.stringMatching(/^Measure hyp-2026-frt: Hypothetical resolution/),
      'Motion Modify the facial recognition moratorium',
      'Rule policy-override: Suspend or modify a police or fire department policy',
      expect.stringMatching(/^ {5}Wis\. Stat\. § 62\.50, as amended by 2023 Wisconsin Act 12/),
      '⚠ verified: false: nobody has checked this threshold against the law it cites',
      'Needs at least 2/3 of the 15 seats: 10 ayes · quorum 10 present',
      '',
      '▶ Calling 1 of 15: Andrea Pratt, district 1',
    ]);
    expect(first).toContain(
      'y aye  n no  a abstain  p present  v not voting  r recused  e excused  x absent',
    );

    const started = Date.now();
    // a slip, undone with Backspace
    terminal.press('y', 'y', 'n');
    await terminal.waitFor([/Calling 4 of 15/, FRAME_END]);
    terminal.press('BSpace');
    const undone = await terminal.waitFor([/Undone: Alex Brower's no/, FRAME_END]);
    expect(undone).toContain('▶ Calling 3 of 15: Alex Brower, district 3');
    terminal.press(...VOTES.slice(2));
    const done = await terminal.waitFor([/All 15 have voted/, FRAME_END]);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(done.length).toBeLessThanOrEqual(24);
    for (const row of done) expect(width(row)).toBeLessThanOrEqual(80);
    expect(done).toContain('Ayes 11 · noes 4 · 10 required · PASSED 11-4, margin +1');
    expect(done).toContain('Quorum met: 15 present, 10 needed');
    expect(done.find((row) => row.includes('Milele A. Coggs'))).toMatch(
      /D6 {2}Milele A\. Coggs +no /,
    );
    expect(done.find((row) => row.includes('Russell W. Stamper II'))).toMatch(/Stamper II +aye$/);
    expect(existsSync(join(cwd, FILE))).toBe(false);

    terminal.press('Enter');
    expect(await terminal.exitCode()).toBe(0);
    expect(terminal.screen()).toContain(`Saved 2026-03-24-frt.yaml.`);
    expect(existsSync(join(cwd, `${FILE}.journal`))).toBe(false);
    const tally = spawnSync(process.execPath, [cli, 'tally', FILE, '--json'], {
      cwd,
      encoding: 'utf8',
    });
    expect(tally.status).toBe(0);
    const json = JSON.parse(tally.stdout) as { result: string; counts: Record<string, number> };
    expect([json.result, json.counts['aye'], json.counts['no']]).toEqual(['passed', 11, 4]);
  }, 120_000);

  it('stops at Ctrl-C keeping the journal, says so, and resumes where it stopped', async () => {
    const cwd = archive();
    const terminal = rollCall(cwd);
    await terminal.waitFor([/Calling 1 of 15/, FRAME_END]);
    terminal.press(...VOTES.slice(0, 7));
    await terminal.waitFor([/Calling 8 of 15/, FRAME_END]);
    terminal.press('C-c');
    expect(await terminal.exitCode()).toBe(130);
    expect(terminal.screen().join('\n')).toContain(
      `Stopped with 7 of 15 voted. Every key is in ${FILE}.journal: run the same command again to resume.`,
    );
    expect(existsSync(join(cwd, `${FILE}.journal`))).toBe(true);

    const again = rollCall(cwd);
    const resumed = await again.waitFor([/Resumed from the journal: 7 voted/, FRAME_END]);
    expect(resumed).toContain('▶ Calling 8 of 15: JoCasta Zamarripa, district 8');
    again.press(...VOTES.slice(7));
    await again.waitFor([/All 15 have voted/, FRAME_END]);
    again.press('Enter');
    expect(await again.exitCode()).toBe(0);
    expect(readFileSync(join(cwd, FILE), 'utf8')).toContain(
      'recorded: { result: passed, tally: "11-4" }',
    );
  }, 120_000);

  it('writes plain lines with TERM=dumb, and colours only as the colour rules say', async () => {
    const cwd = archive();
    const dumb = rollCall(cwd, 'TERM=dumb');
    await dumb.waitFor(/Calling 1 of 15/);
    dumb.press('y', 'n');
    const lines = await dumb.waitFor(/Calling 3 of 15/);
    // nothing redrawn: every call is still on the screen, in order
    const calls = lines.filter((l) => l.startsWith('▶ Calling'));
    expect(calls).toEqual([
      '▶ Calling 1 of 15: Andrea Pratt, district 1',
      '▶ Calling 2 of 15: Mark Chambers Jr., district 2',
      '▶ Calling 3 of 15: Alex Brower, district 3',
    ]);
    expect(
      lines.some((l) => l.startsWith('2/15 Mark Chambers Jr., district 2: no · Ayes 1 · noes 1')),
    ).toBe(true);
    expect(dumb.screen({ escapes: true }).join('\n')).not.toContain('\x1b[3');
    dumb.press('C-c');
    expect(await dumb.exitCode()).toBe(130);

    const coloured = rollCall(archive());
    await coloured.waitFor([/Calling 1 of 15/, FRAME_END]);
    expect(coloured.screen({ escapes: true }).join('\n')).toContain('\x1b[');
    const noColor = rollCall(archive(), 'NO_COLOR=1');
    await noColor.waitFor([/Calling 1 of 15/, FRAME_END]);
    expect(noColor.screen({ escapes: true }).join('\n')).not.toMatch(COLOUR);
  }, 120_000);
});
