/**
 * overrule installs without a registry release: from a clean clone of this
 * repository (with the working tree's files), the GitHub Action's `run:` steps build and run it against a
 * folder `init` wrote, and pre-commit's install sequence for a node hook
 * (`npm install`, `npm pack` read as the file name, `npm install -g` of it)
 * gives a working `overrule` whose hooks pass on that folder. Only the npm
 * registry is used, for overrule's own dependencies.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  rmSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeTempFolder, runCli } from '../support/run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const MINUTES = 60_000;

/** The environment of a fresh shell: none of the npm variables `npm test` sets. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)),
  );
  return { ...env, ...extra };
}

function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = cleanEnv(),
): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8' });
}

function succeed(command: string, args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv) {
  const result = run(command, args, cwd, env);
  expect(result.status, `${command} ${args.join(' ')}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

/**
 * A `git clone` of this repository, its files then made those of the working
 * tree (changed, new and deleted files, as a commit of them would have them).
 */
function cleanClone(): string {
  const clone = join(makeTempFolder('overrule-clone-'), 'overrule');
  succeed('git', ['clone', '--quiet', ROOT, clone], ROOT);
  const listed = (...args: string[]) =>
    succeed('git', ['ls-files', '-z', ...args], ROOT)
      .split('\0')
      .filter((name) => name !== '');
  const deleted = new Set(listed('--deleted'));
  for (const name of deleted) rmSync(join(clone, name), { force: true });
  for (const name of listed('--cached', '--others', '--exclude-standard')) {
    if (deleted.has(name)) continue;
    mkdirSync(dirname(join(clone, name)), { recursive: true });
    copyFileSync(join(ROOT, name), join(clone, name));
  }
  return clone;
}

interface ActionStep {
  readonly run?: string;
  readonly env?: Readonly<Record<string, string>>;
}

/** Runs the action's `run:` steps as GitHub does, in `workspace`; the last step's result. */
function runAction(clone: string, workspace: string): SpawnSyncReturns<string> {
  const action = parse(readFileSync(join(clone, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default: string }>;
    runs: { using: string; steps: ActionStep[] };
  };
  expect(action.runs.using).toBe('composite');
  const input = (text: string) =>
    text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => {
      const value = action.inputs[name]?.default;
      expect(value, `input ${name}`).toBeDefined();
      return value ?? '';
    });
  let last: SpawnSyncReturns<string> | undefined;
  for (const step of action.runs.steps) {
    if (step.run === undefined) continue;
    expect(step.run).not.toMatch(/\$\{\{/);
    const env = cleanEnv({
      GITHUB_ACTION_PATH: clone,
      GITHUB_WORKSPACE: workspace,
      ...Object.fromEntries(
        Object.entries(step.env ?? {}).map(([name, value]) => [name, input(value)]),
      ),
    });
    last = run(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run],
      workspace,
      env,
    );
    if (last.status !== 0) break;
  }
  if (last === undefined) throw new Error('the action has no run: step');
  return last;
}

/** A council folder as `overrule init` writes it, with the given overrule. */
function initFolder(overrule: readonly string[]): string {
  const folder = join(makeTempFolder('overrule-council-'), 'council');
  const [command = '', ...args] = overrule;
  succeed(command, [...args, 'init', folder], ROOT);
  return folder;
}

const BROKEN = 'kind: roll-call\nid: broken\nvotes: {}\n';

describe('the GitHub Action, from a clean clone', () => {
  it(
    'builds overrule in its checkout and validates: clean → 0, a broken file → 1 with annotations',
    async () => {
      const clone = cleanClone();
      expect(existsSync(join(clone, 'dist'))).toBe(false);
      const council = join(makeTempFolder('overrule-council-'), 'council');
      mkdirSync(council);

      expect((await runCli(['init', '.'], { cwd: council })).code).toBe(0);
      const clean = runAction(clone, council);
      expect(clean.stderr).not.toMatch(/\n\s+at /);
      expect(clean.stdout).not.toContain('::error');
      expect(clean.status).toBe(0);

      writeFileSync(join(council, 'roll-calls', 'broken.yaml'), BROKEN);
      const broken = runAction(clone, council);
      expect(broken.status).toBe(1);
      expect(broken.stdout).toMatch(/^::error file=roll-calls\/broken\.yaml,line=\d+,col=\d+/m);
    },
    10 * MINUTES,
  );
});

describe("pre-commit's install of the node hooks, from a clean clone", () => {
  it(
    'packs with only the file name on stdout, installs it globally, and the hooks pass',
    () => {
      const clone = cleanClone();
      succeed(
        'npm',
        [
          'install',
          '--include=dev',
          '--include=prod',
          '--ignore-prepublish',
          '--no-progress',
          '--no-save',
          '--no-audit',
          '--no-fund',
        ],
        clone,
      );
      const packed = succeed('npm', ['pack'], clone);
      expect(packed).toMatch(/^overrule-\d+\.\d+\.\d+\.tgz\n$/);
      const tarball = join(clone, packed.trim());
      expect(existsSync(tarball)).toBe(true);

      // no file of the package names the folder it was built in
      const unpacked = makeTempFolder('overrule-unpacked-');
      succeed('tar', ['-xzf', tarball, '-C', unpacked], clone);
      const files = readdirSync(unpacked, { recursive: true, encoding: 'utf8' });
      expect(files).toContain(join('package', 'dist', 'overrule.cjs.cache'));
      const leaking = files.filter((name) => {
        const path = join(unpacked, name);
        return statSync(path).isFile() && readFileSync(path).includes(Buffer.from(clone));
      });
      expect(leaking).toEqual([]);

      const prefix = makeTempFolder('overrule-prefix-');
      const env = cleanEnv({ npm_config_prefix: prefix });
      succeed('npm', ['install', '-g', tarball, '--no-audit', '--no-fund'], clone, env);
      const overrule = join(prefix, 'bin', 'overrule');
      const council = initFolder([overrule]);

      const hooks = parse(readFileSync(join(clone, '.pre-commit-hooks.yaml'), 'utf8')) as {
        id: string;
        entry: string;
        language: string;
      }[];
      expect(hooks.map((hook) => hook.id)).toEqual(['overrule-validate', 'overrule-fmt']);
      const pathEnv = cleanEnv({ PATH: `${join(prefix, 'bin')}:${process.env['PATH'] ?? ''}` });
      for (const hook of hooks) {
        expect(hook.language).toBe('node');
        const [command = '', ...args] = hook.entry.split(' ');
        const result = run(command, args, council, pathEnv);
        expect(result.status, `${hook.id}: ${result.stderr}`).toBe(0);
      }
      writeFileSync(join(council, 'roll-calls', 'broken.yaml'), BROKEN);
      expect(run(overrule, ['validate'], council).status).toBe(1);
    },
    10 * MINUTES,
  );
});
