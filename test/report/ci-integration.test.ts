import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { VERSION } from '../../src/cli/version.js';
import { makeTempFolder, runCli } from '../support/run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};

interface ActionFile {
  inputs: Record<string, { description: string; default: string }>;
  runs: { using: string; steps: { run?: string; shell?: string; env?: Record<string, string> }[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionFile;
const script = action.runs.steps.find((s) => s.env?.['OVERRULE_PATHS'] !== undefined)?.run ?? '';

/**
 * Runs the action's script with a stand-in for the action's checkout whose
 * bin/overrule.js records its arguments (test/cli/install.test.ts runs the
 * real steps from a clean clone).
 */
function runAction(inputs: Record<string, string>): {
  status: number | null;
  args: string[];
  stdout: string;
} {
  const checkout = makeTempFolder();
  const record = join(checkout, 'args');
  mkdirSync(join(checkout, 'bin'));
  writeFileSync(
    join(checkout, 'bin', 'overrule.js'),
    `require('node:fs').appendFileSync(${JSON.stringify(record)}, process.argv.slice(2).join('\\n') + '\\n');`,
  );
  writeFileSync(record, '');
  const result = spawnSync('bash', ['-c', script], {
    cwd: checkout,
    encoding: 'utf8',
    env: {
      PATH: process.env['PATH'] ?? '',
      GITHUB_ACTION_PATH: checkout,
      OVERRULE_PATHS: inputs['paths'] ?? '.',
      OVERRULE_STRICT: inputs['strict'] ?? 'false',
      OVERRULE_CHECK_FORMAT: inputs['check-format'] ?? 'false',
    },
  });
  const args = readFileSync(record, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  return { status: result.status, args, stdout: result.stdout };
}

describe('action.yml', () => {
  it('is a composite action with the paths, strict and check-format inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['check-format', 'paths', 'strict']);
    // inputs reach the script through the environment, never spliced into it
    expect(script).not.toMatch(/\$\{\{/);
    // overrule runs from the action's own checkout, never from a registry
    expect(script).not.toMatch(/npx|npm /);
  });

  it('runs overrule validate with annotations', () => {
    const run = runAction({});
    expect(run.status).toBe(0);
    expect(run.args).toEqual(['validate', '--format', 'github', '--', '.']);
  });

  it('passes strict, check-format and several paths, literally', () => {
    const run = runAction({
      paths: 'data/a.yaml  data/b\n*.yaml',
      strict: 'true',
      'check-format': 'true',
    });
    expect(run.status).toBe(0);
    expect(run.args).toEqual([
      'validate',
      '--format',
      'github',
      '--strict',
      '--',
      'data/a.yaml',
      'data/b',
      '*.yaml',
      'fmt',
      '--check',
      '--',
      'data/a.yaml',
      'data/b',
      '*.yaml',
    ]);
  });

  it('refuses a strict input that is neither true nor false', () => {
    const run = runAction({ strict: 'maybe' });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error /);
  });
});

describe('releases', () => {
  it('give the CLI the version of package.json, the tag init refers to', () => {
    expect(VERSION).toBe(PACKAGE.version);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    files: string;
    pass_filenames?: boolean;
  }[];

  it('offers overrule-validate and overrule-fmt as node hooks on YAML files', () => {
    expect(hooks.map((h) => h.id)).toEqual(['overrule-validate', 'overrule-fmt']);
    for (const hook of hooks) {
      expect(hook.language).toBe('node');
      expect(new RegExp(hook.files).test('roll-calls/a.yaml')).toBe(true);
      expect(new RegExp(hook.files).test('README.md')).toBe(false);
    }
    // cross-file checks need the whole tree, not only the staged files
    expect(hooks[0]?.pass_filenames).toBe(false);
  });

  it('runs commands that exist', async () => {
    for (const hook of hooks) {
      const [bin, command] = hook.entry.split(' ');
      expect(Object.keys(PACKAGE.bin)).toContain(bin);
      const help = await runCli([command ?? '', '--help']);
      expect(help.code).toBe(0);
    }
  });
});
