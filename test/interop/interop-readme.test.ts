import { mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempFolder, runCli } from '../support/run-cli.js';

/**
 * The README's walk-through of importing from Legistar and exporting to
 * OCD, run as written, in order, in a folder where `test/fixtures` is the
 * repository's: each `$ npx overrule ...` in a console block must print what
 * the README shows after it; each `npx overrule ...` in a sh block must
 * succeed.
 */
const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf('## Importing from Legistar, publishing as Open Civic Data');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1));

interface Step {
  readonly command: string;
  readonly output: string | undefined;
}

function steps(): Step[] {
  const found: Step[] = [];
  for (const [, kind = '', body = ''] of section.matchAll(/```(console|sh)\n([\s\S]*?)```/g)) {
    if (kind === 'console') {
      const [first = '', ...rest] = body.split('\n');
      found.push({ command: first.replace(/^\$ /, ''), output: rest.join('\n') });
    } else {
      for (const line of body.split('\n').filter((l) => l.startsWith('npx overrule '))) {
        found.push({ command: line, output: undefined });
      }
    }
  }
  return found;
}

/** Words as a shell splits them: double quotes kept together, `*` in a file name expanded. */
function words(command: string, cwd: string): string[] {
  const out: string[] = [];
  for (const [, quoted, plain] of command.matchAll(/"([^"]*)"|(\S+)/g)) {
    const word = quoted ?? plain ?? '';
    if (plain !== undefined && word.includes('*')) {
      const pattern = new RegExp(`^${basename(word).replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
      const folder = dirname(word);
      out.push(
        ...readdirSync(join(cwd, folder))
          .filter((name) => pattern.test(name))
          .sort()
          .map((name) => join(folder, name)),
      );
    } else {
      out.push(word);
    }
  }
  return out;
}

describe('README "Importing from Legistar, publishing as Open Civic Data"', () => {
  const all = steps();

  it('walks through both imports, validate, export and import ocd', () => {
    expect(all.map((s) => words(s.command, '.').slice(0, 4).join(' '))).toEqual([
      'npx overrule import legistar',
      'npx overrule import legistar',
      'npx overrule import legistar',
      'npx overrule validate vienna',
      'npx overrule import legistar',
      'npx overrule export ocd',
      'npx overrule import ocd',
    ]);
  });

  it('prints what the README shows, command after command', { timeout: 120_000 }, async () => {
    const cwd = makeTempFolder();
    mkdirSync(join(cwd, 'test'));
    symlinkSync(resolve('test', 'fixtures'), join(cwd, 'test', 'fixtures'));
    for (const step of all) {
      const argv = words(step.command, cwd).slice(2);
      const run = await runCli(argv, { cwd });
      if (step.output === undefined) {
        expect(run.code, step.command + run.stderr).toBe(0);
      } else {
        expect(run.stdout + run.stderr, step.command).toBe(step.output);
      }
    }
  });
});
