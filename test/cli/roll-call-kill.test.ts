/**
 * The kill test: 50 roll calls, each sent SIGKILL at a random moment while
 * the clerk types (keys through a pipe, one at a time, each waited for on
 * the screen before the next), then resumed (in this process, the same
 * code). Every key acknowledged on the
 * screen must be in the journal and so in the final file, and FILE is never
 * there half-written: it is absent or whole.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJournal } from '../../src/load/append-journal.js';
import { decodeKeys } from '../../src/tally/roll-call-keys.js';
import { decodeJournalKey } from '../../src/tally/roll-call-journal-format.js';
import { replayKeys, startSession, type SessionKey } from '../../src/tally/roll-call-session.js';
import { bundleCli } from '../support/cli-bundle.js';
import { makeTempFolder, runCli } from '../support/run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FILE = 'milwaukee/roll-calls/2026-03-24-frt.yaml';
const ARGS = [
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
/** What the clerk types: 15 votes with a slip undone, then Enter. */
const TYPED = 'yyyyynnnuyyyyynny\n';
const TARGET = 'yyyyynnyyyyynny';
const RUNS = 50;
/** Runs at once: the machine has few cores, and each run is mostly waiting. */
const PARALLEL = 5;

/** What the screen acknowledges: a vote, an undo, the save. */
const ACK = /^(\d+\/15 |undo \d+\/15 |Saved )/;

let cli = '';
let expectedText = '';

beforeAll(async () => {
  cli = await bundleCli('overrule-roll-call-kill-');
  // the file a run that is never killed writes
  const cwd = archive();
  expect((await runCli(ARGS, { cwd, stdin: TYPED })).code).toBe(0);
  expectedText = readFileSync(join(cwd, FILE), 'utf8');
}, 60_000);

function archive(): string {
  const folder = makeTempFolder('overrule-roll-call-kill-');
  cpSync(join(ROOT, 'ordinances', 'milwaukee'), join(folder, 'milwaukee'), { recursive: true });
  return folder;
}

function start(cwd: string): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [cli, ...ARGS], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
}

function exited(child: ChildProcessWithoutNullStreams) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve({ code: child.exitCode, signal: child.signalCode });
      return;
    }
    child.on('exit', (code, signal) => {
      resolve({ code, signal });
    });
  });
}

/** The lines a child has written so far, and a way to wait for more. */
function watch(child: ChildProcessWithoutNullStreams) {
  let text = '';
  let waiting: (() => void) | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
    waiting?.();
  });
  child.on('exit', () => waiting?.());
  const lines = (): string[] => text.split('\n').slice(0, -1);
  return {
    lines,
    acks: (): number => lines().filter((l) => ACK.test(l)).length,
    async until(test: () => boolean): Promise<void> {
      while (!test()) {
        if (child.exitCode !== null || child.signalCode !== null) return;
        await new Promise<void>((resolve) => {
          waiting = resolve;
        });
      }
    },
  };
}

/** A small deterministic generator, so that a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What happened in each run, to check that the kills fell at different moments. */
const outcomes: string[] = [];

const typedKeys: SessionKey[] = decodeKeys(TYPED).flatMap((t) => (t.kind === 'key' ? [t.key] : []));

async function killAndResume(run: number): Promise<void> {
  const next = random(run + 1);
  const cwd = archive();
  const output = join(cwd, FILE);
  const journal = `${output}.journal`;

  // 1. type, and kill at a random moment after one of the keys
  const killAfter = Math.floor(next() * typedKeys.length);
  const delayMs = next() * 4;
  const child = start(cwd);
  const screen = watch(child);
  await screen.until(() => screen.lines().some((l) => l.includes('Calling 1 of 15')));
  let sent = 0;
  for (const char of TYPED) {
    child.stdin.write(char);
    sent += 1;
    if (sent - 1 === killAfter) {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      child.kill('SIGKILL');
      break;
    }
    await screen.until(() => screen.acks() >= sent);
  }
  const first = await exited(child);
  const acknowledged = screen.acks();
  outcomes.push(first.signal === 'SIGKILL' ? 'killed' : 'finished');
  expect(first.signal === 'SIGKILL' || first.code === 0).toBe(true);

  // 2. FILE is absent or whole; the journal holds every acknowledged key
  if (existsSync(output)) expect(readFileSync(output, 'utf8')).toBe(expectedText);
  let journaled: SessionKey[] = [];
  const read = readJournal(journal);
  if (read.kind === 'read') {
    if (read.contents.torn !== null) outcomes.push('torn');
    journaled = read.contents.records.slice(1).map((r) => decodeJournalKey(r) ?? 'enter');
  } else {
    expect(read.kind).toBe('absent');
  }
  if (!existsSync(output)) {
    expect(journaled.length).toBeGreaterThanOrEqual(acknowledged);
  }
  expect(journaled.length).toBeLessThanOrEqual(sent);
  expect(journaled).toEqual(typedKeys.slice(0, journaled.length));
  if (journaled.length > acknowledged) outcomes.push('saved, not yet shown');
  if (existsSync(output)) outcomes.push('file whole');

  // 3. resume: the same command, undo what is not in the roll call wanted, type the rest
  if (existsSync(output) && read.kind === 'absent') return;
  const replayed = replayKeys(startSession(15), journaled);
  if (!replayed.ok) throw new Error('the journal does not replay');
  const votes = replayed.value.votes.map((v) => (v === 'aye' ? 'y' : 'n')).join('');
  let common = 0;
  while (common < votes.length && votes[common] === TARGET[common]) common += 1;
  const rest = replayed.value.confirmed
    ? ''
    : `${'u'.repeat(votes.length - common)}${TARGET.slice(common)}\n`;
  const wasSaved = existsSync(output);
  const resumed = await runCli(ARGS, { cwd, stdin: rest });
  expect([resumed.code, resumed.stderr]).toEqual([
    0,
    wasSaved ? expect.stringContaining('was saved already') : '',
  ]);
  if (journaled.length > 0 && !wasSaved) {
    expect(resumed.stdout).toContain(
      `(${journaled.length} ${journaled.length === 1 ? 'key' : 'keys'})`,
    );
  }
  expect(readFileSync(output, 'utf8')).toBe(expectedText);
  expect(existsSync(journal)).toBe(false);
}

describe('overrule roll-call killed while the clerk types', () => {
  it(`loses no acknowledged key and never leaves a half-written file (${RUNS} runs)`, async () => {
    const queue = Array.from({ length: RUNS }, (_, i) => i);
    const worker = async (): Promise<void> => {
      for (let run = queue.shift(); run !== undefined; run = queue.shift()) {
        await killAndResume(run);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    const count = (what: string): number => outcomes.filter((o) => o === what).length;
    // only a kill after Enter can come too late, once the run has finished
    expect(count('killed')).toBeGreaterThanOrEqual(
      RUNS - typedKeys.filter((k) => k === 'enter').length * 10,
    );
  }, 300_000);
});
