/**
 * INPUTS.md row 58: a file changed by someone else while fmt works on it.
 * formatSource is wrapped so that, while it works, another writer appends a
 * line to the file (as an editor saving at that moment would): fmt must see
 * it, leave the new content alone, and exit 1 naming the file.
 */
import {
  appendFileSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli, STACK_TRACE, writeTempFiles } from '../support/run-cli.js';
import { ROLL_CALL } from '../support/valid-documents.js';

/** Where the other writer appends, and what; set by the test. */
const editor = vi.hoisted(() => ({
  file: '',
  line: '',
  edits: 0,
  edit: undefined as (() => void) | undefined,
}));

vi.mock('../../src/fmt/format-source.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/fmt/format-source.js')>();
  return {
    ...original,
    formatSource: (...args: Parameters<typeof original.formatSource>) => {
      const outcome = original.formatSource(...args);
      if (editor.file !== '' && args[0].file.endsWith('edited.yaml')) {
        if (editor.edit === undefined) appendFileSync(editor.file, editor.line);
        else editor.edit();
        editor.edits++;
      }
      return outcome;
    },
  };
});

const UNFORMATTED = ROLL_CALL.replace('rule: override\n', '').replace(
  '  dan: aye\n',
  '  dan: aye\nrule: override\n',
);

describe('INPUTS.md row 58: fmt and a concurrent edit', () => {
  it('leaves the new content alone and exits 1 naming the file; other files are formatted', async () => {
    const folder = writeTempFiles({ 'edited.yaml': UNFORMATTED, 'other.yaml': UNFORMATTED });
    editor.file = join(folder, 'edited.yaml');
    editor.line = 'notes: added while fmt worked\n';
    const run = await runCli(['fmt', '.'], { cwd: folder });
    expect(editor.edits).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(
      /edited\.yaml: error: not formatted: changed while overrule worked on it; the new content is left as it is/,
    );
    expect(run.stderr).toMatch(/1 of 2 files reformatted/);
    expect(run.stdout).toBe('other.yaml\n');
    expect(readFileSync(join(folder, 'edited.yaml'), 'utf8')).toBe(`${UNFORMATTED}${editor.line}`);
    expect(readFileSync(join(folder, 'other.yaml'), 'utf8')).not.toBe(UNFORMATTED);
    expect(readdirSync(folder).sort()).toEqual(['edited.yaml', 'other.yaml']);
  });

  it('sees an edit that keeps the size and the modification time', async () => {
    const folder = writeTempFiles({ 'edited.yaml': UNFORMATTED });
    const path = join(folder, 'edited.yaml');
    const { mtime } = statSync(path);
    editor.file = path;
    editor.line = '';
    editor.edit = () => {
      writeFileSync(path, UNFORMATTED.replace('bob: no', 'bob: ok'));
      utimesSync(path, mtime, mtime);
    };
    const run = await runCli(['fmt', '.'], { cwd: folder });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(
      /edited\.yaml: error: not formatted: changed while overrule worked on it/,
    );
    expect(readFileSync(path, 'utf8')).toBe(UNFORMATTED.replace('bob: no', 'bob: ok'));
  });
});
