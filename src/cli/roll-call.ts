import { throwIllegalValue } from '../basics/assert.js';
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { describeRuleProblem } from '../report/requirement-text.js';
import { renderRollCallYaml } from '../report/roll-call-yaml.js';
import { describeNoVersionInForce } from '../report/tally-problem-text.js';
import { decodeKeys, KeyDecoder, type KeyToken } from '../tally/roll-call-keys.js';
import { allVoted } from '../tally/roll-call-session.js';
import {
  completedRollCall,
  createRollCallSetup,
  type RollCallSetup,
} from '../tally/roll-call-view.js';
import { chalkFor } from './color.js';
import { EXIT, UsageError } from './errors.js';
import type { Io } from './io.js';
import { parseByteSize } from './output.js';
import { PlainDisplay, ScreenDisplay } from './roll-call-display.js';
import { indexChoice } from './index-choice.js';
import { findRollCallInputs } from './roll-call-inputs.js';
import { openRollCallJournal, type OpenedJournal } from './roll-call-journal.js';
import { pathTaken, RollCallRun, type RollCallFiles } from './roll-call-run.js';

export interface RollCallOptions {
  readonly rule?: string;
  readonly date?: string;
  readonly measure?: string;
  readonly motion?: string;
  readonly data?: string;
  readonly council?: string;
  readonly output?: string;
  readonly keys?: string;
  readonly discardJournal?: boolean;
  readonly maxFileSize?: string;
  readonly color?: boolean;
  readonly ignore?: readonly string[];
}

/** The exit code of a roll call stopped by Ctrl-C or a signal, as shells report SIGINT. */
export const EXIT_INTERRUPTED = 130;

const SLUG = /^(?!constructor$)[a-z0-9][a-z0-9-]*$/;

/**
 * `overrule roll-call`: the clerk's interactive roll call (SPEC 2.4). The
 * members in office on the date are called in roster order, one key each;
 * every accepted key is journaled (FILE.journal, fsync'd) before it is
 * shown, a journal left by a stopped run is resumed, and Enter, once every
 * member has voted, writes FILE atomically and removes the journal.
 */
export async function rollCallCommand(options: RollCallOptions, io: Io): Promise<number> {
  const request = checkOptions(options, io);
  const found = await findRollCallInputs({
    cwd: io.cwd,
    output: request.files.output,
    data: options.data,
    council: options.council,
    measure: options.measure,
    maxFileSize: parseByteSize(options.maxFileSize ?? '4MB'),
    ignore: options.ignore,
    index: indexChoice(io),
  });
  if (!found.ok) {
    for (const d of found.errors) {
      const where = d.line === null ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
      io.stderr.write(`${where}: error: ${d.message} (${d.code})\n`);
    }
    io.stderr.write(
      'overrule: the council has errors; fix them (overrule validate) and run again\n',
    );
    return EXIT.dataErrors;
  }
  const { council, measure } = found.value;
  const created = createRollCallSetup({
    id: request.id,
    council,
    date: request.date,
    ruleId: request.rule,
    measureId: options.measure ?? null,
    measure,
    motion: options.motion ?? null,
  });
  if (!created.ok) {
    const problem = created.error;
    switch (problem.kind) {
      case 'unknown-rule':
        throw new UsageError(
          `--rule ${request.rule}: the council ${council.id} has no such rule; it has ${problem.rules.join(', ')}`,
        );
      case 'no-version-in-force':
        throw new UsageError(
          `--rule ${request.rule}: ${describeNoVersionInForce(request.date, problem.versions)}`,
        );
      case 'no-members':
        throw new UsageError(`no member of ${council.id} is in office on ${request.date}`);
      case 'rule-problem':
        io.stderr.write(
          `overrule: the rule ${request.rule} cannot decide a vote: ${describeRuleProblem(problem.reason)}\n`,
        );
        return EXIT.dataErrors;
      default:
        return throwIllegalValue(problem, 'problem');
    }
  }
  const setup = created.value;
  const { files } = request;

  const journal = openRollCallJournal(setup, files, options.discardJournal === true, io);
  if (pathTaken(files.output)) return alreadyThere(setup, files, journal, io);

  const chalk = await chalkFor(io.stdout, io.env, options.color);
  const screen =
    options.keys === undefined &&
    io.stdin.isTTY === true &&
    io.stdout.isTTY === true &&
    io.env['TERM'] !== 'dumb';
  const terminal = screen ? await import('./roll-call-terminal.js') : undefined;
  const frames = terminal === undefined ? undefined : new terminal.TerminalFrames(process.stdout);
  const display =
    frames === undefined
      ? new PlainDisplay(io.stdout, chalk, files.shown)
      : new ScreenDisplay(frames, chalk, basename(files.shown));
  const run = new RollCallRun({
    setup,
    files,
    display,
    state: journal.state,
    resumed: journal.contents,
  });
  try {
    run.start(journal.notice);
    if (journal.state.confirmed) {
      run.save();
      return EXIT.ok;
    }
    if (options.keys !== undefined) {
      return feed(run, decodeKeys(options.keys)) ? EXIT.ok : keysEnded(run, setup, files, io);
    }
    if (io.stdin.isTTY !== true) {
      return (await feedStream(run, io)) ? EXIT.ok : keysEnded(run, setup, files, io);
    }
    if (!process.stdin.isTTY) {
      throw new UsageError('standard input is not a terminal; give the keys with --keys');
    }
    const keys = terminal ?? (await import('./roll-call-terminal.js'));
    const outcome = await keys.readTerminalKeys(
      (token) => (run.press(token) === 'saved' ? 'done' : 'continue'),
      () => {
        frames?.resized();
        if (display instanceof ScreenDisplay) display.redraw();
      },
    );
    frames?.leave();
    if (outcome === 'done') return EXIT.ok;
    io.stderr.write(`${stoppedMessage(run, setup, files)}\n`);
    return EXIT_INTERRUPTED;
  } finally {
    frames?.leave();
    run.close();
  }
}

interface CheckedRequest {
  readonly rule: string;
  readonly date: string;
  readonly id: string;
  readonly files: RollCallFiles;
}

function checkOptions(options: RollCallOptions, io: Io): CheckedRequest {
  const { rule, date, output } = options;
  if (rule === undefined)
    throw new UsageError('roll-call needs --rule ID (the council rule that decides the vote)');
  if (date === undefined) throw new UsageError('roll-call needs --date YYYY-MM-DD');
  if (output === undefined)
    throw new UsageError('roll-call needs --output FILE (where the roll call is saved)');
  if (!SLUG.test(rule))
    throw new UsageError(`--rule ${rule}: not a rule id (lowercase letters, digits, -)`);
  if (!isCalendarDate(date))
    throw new UsageError(`--date ${date}: not a date; write it YYYY-MM-DD`);
  for (const [flag, text] of [
    ['--motion', options.motion],
    ['--measure', options.measure],
  ] as const) {
    if (text === undefined) continue;
    if (text.trim() === '') throw new UsageError(`${flag}: empty`);
    if (/[\p{Cc}\uFFFE\uFFFF]/u.test(text)) {
      throw new UsageError(
        `${flag}: holds a control character (a line break, a tab); write it on one line`,
      );
    }
  }
  if (options.measure !== undefined && options.measure.length > 100) {
    throw new UsageError('--measure: longer than 100 characters');
  }
  if (output === '-')
    throw new UsageError('--output -: roll-call saves to a file (it keeps a journal beside it)');
  if (!/\.ya?ml$/i.test(output)) {
    throw new UsageError(
      `--output ${output}: name it *.yaml (or *.yml), so that validate and tally find it`,
    );
  }
  const path = resolve(io.cwd, output);
  let folderOk = false;
  try {
    folderOk = statSync(dirname(path)).isDirectory();
  } catch {
    // missing
  }
  if (!folderOk)
    throw new UsageError(`--output ${output}: the folder ${dirname(output)} does not exist`);
  return {
    rule,
    date,
    id: rollCallId(path, date, options.measure, rule),
    files: { output: path, shown: output, journal: `${path}.journal` },
  };
}

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** The file's name when it is an id (`2026-03-03-frt-suspend.yaml`), else the date and the measure or rule. */
function rollCallId(path: string, date: string, measure: string | undefined, rule: string): string {
  const stem = basename(path).replace(/\.ya?ml$/i, '');
  if (SLUG.test(stem) && stem.length <= 100) return stem;
  const tail = (measure ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${date}-${tail === '' ? rule : tail}`.slice(0, 100).replace(/-+$/, '');
}

/** Feeds keys; true once the roll call is saved. */
function feed(run: RollCallRun, tokens: readonly KeyToken[]): boolean {
  for (const token of tokens) if (run.press(token) === 'saved') return true;
  return false;
}

/** Feeds keys from a standard input that is not a terminal, as they come. */
async function feedStream(run: RollCallRun, io: Io): Promise<boolean> {
  const decoder = new KeyDecoder();
  const text = new TextDecoder('utf-8');
  const chunks = io.stdin.chunks?.() ?? [await io.stdin.readAll()];
  for await (const chunk of chunks) {
    if (feed(run, decoder.push(text.decode(chunk, { stream: true })))) return true;
  }
  return feed(run, [...decoder.push(text.decode()), ...decoder.end()]);
}

function keysEnded(run: RollCallRun, setup: RollCallSetup, files: RollCallFiles, io: Io): number {
  const { votes } = run.state;
  const total = setup.members.length;
  const message = allVoted(run.state)
    ? `all ${total} have voted, but the roll call is not saved: end the keys with Enter (a newline, or \\n)`
    : `the keys ended with ${votes.length} of ${total} voted`;
  const kept = run.journaled
    ? `; ${files.shown}.journal keeps every key: run the same command again (with more keys, or in a terminal) to go on`
    : '; nothing was recorded';
  io.stderr.write(`overrule: ${message}${kept}\n`);
  return EXIT.usage;
}

function stoppedMessage(run: RollCallRun, setup: RollCallSetup, files: RollCallFiles): string {
  if (!run.journaled) return 'Stopped before the first vote: nothing was recorded.';
  return (
    `Stopped with ${run.state.votes.length} of ${setup.members.length} voted. ` +
    `Every key is in ${files.shown}.journal: run the same command again to resume.`
  );
}

/**
 * FILE exists. A journal that was confirmed and whose roll call is exactly
 * FILE was stopped after saving, before removing the journal: finish that.
 * Anything else: FILE is never overwritten.
 */
function alreadyThere(
  setup: RollCallSetup,
  files: RollCallFiles,
  journal: OpenedJournal,
  io: Io,
): number {
  if (journal.state.confirmed) {
    const text = renderRollCallYaml(completedRollCall(setup, journal.state), setup.members);
    let existing: string | undefined;
    try {
      // a regular file only: reading a FIFO would wait for a writer
      if (lstatSync(files.output).isFile()) existing = readFileSync(files.output, 'utf8');
    } catch {
      existing = undefined;
    }
    if (existing === text) {
      journal.remove();
      io.stderr.write(`${files.shown} was saved already; its journal is removed\n`);
      return EXIT.ok;
    }
  }
  const kept = journal.contents === undefined ? '' : ` (${files.shown}.journal is kept)`;
  throw new UsageError(
    `${files.shown} exists; roll-call never overwrites a file: choose another --output${kept}`,
  );
}
