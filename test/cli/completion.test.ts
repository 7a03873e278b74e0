import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempFolder, runCli } from '../support/run-cli.js';

const COMMANDS = ['validate', 'fmt', 'init', 'schema', 'completion'];
const FORMATS = ['pretty', 'json', 'github', 'sarif', 'junit'];

function hasShell(shell: string): boolean {
  return spawnSync(shell, ['-c', 'true']).status === 0;
}

describe('overrule completion', () => {
  for (const shell of ['bash', 'zsh', 'fish']) {
    it(`${shell}: names every command, the validate options and format values`, async () => {
      const run = await runCli(['completion', shell]);
      expect(run.code).toBe(0);
      for (const command of COMMANDS) expect(run.stdout).toContain(command);
      for (const option of ['format', 'strict', 'max-file-size', 'check', 'write']) {
        expect(run.stdout).toContain(option);
      }
      for (const format of FORMATS) expect(run.stdout).toContain(format);
      for (const kind of ['council', 'roll-call', 'whip-count']) expect(run.stdout).toContain(kind);
    });
  }

  it('refuses an unknown shell with exit 2', async () => {
    const run = await runCli(['completion', 'powershell']);
    expect(run.code).toBe(2);
  });

  it.runIf(hasShell('bash'))('bash: completes commands, options and format values', async () => {
    const script = (await runCli(['completion', 'bash'])).stdout;
    const folder = makeTempFolder();
    const file = join(folder, 'overrule.bash');
    writeFileSync(file, script);
    const complete = (words: string[]): string[] => {
      const program = [
        `source ${JSON.stringify(file)}`,
        `COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')})`,
        `COMP_CWORD=${words.length - 1}`,
        '_overrule_completion',
        'printf "%s\\n" "${COMPREPLY[@]}"',
      ].join('\n');
      const result = spawnSync('bash', ['-c', program], { cwd: folder, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return result.stdout.split('\n').filter(Boolean);
    };
    expect(complete(['overrule', 'va'])).toEqual(['validate']);
    expect(complete(['overrule', 'validate', '--format', ''])).toEqual(FORMATS);
    expect(complete(['overrule', 'validate', '--st'])).toEqual(['--strict']);
    expect(complete(['overrule', 'schema', 'roll'])).toEqual(['roll-call']);
    expect(complete(['overrule', 'fmt', '--ch'])).toEqual(['--check']);
    expect(complete(['overrule', 'validate', 'overrule.b'])).toEqual(['overrule.bash']);
  });

  it.runIf(hasShell('zsh'))(
    'zsh: the script parses and registers itself when sourced',
    async () => {
      const script = (await runCli(['completion', 'zsh'])).stdout;
      const file = join(makeTempFolder(), '_overrule');
      writeFileSync(file, script);
      expect(spawnSync('zsh', ['-n', file]).status).toBe(0);
      const result = spawnSync(
        'zsh',
        [
          '-f',
          '-c',
          `autoload -U compinit; compinit -u -D; source ${JSON.stringify(file)}; print -r -- $_comps[overrule]`,
        ],
        { encoding: 'utf8' },
      );
      expect(result.stdout.trim()).toBe('_overrule');
    },
  );

  it.runIf(hasShell('fish'))('fish: completes commands, options and format values', async () => {
    const script = (await runCli(['completion', 'fish'])).stdout;
    const file = join(makeTempFolder(), 'overrule.fish');
    writeFileSync(file, script);
    const complete = (line: string): string[] => {
      const result = spawnSync(
        'fish',
        ['--no-config', '-c', `source ${JSON.stringify(file)}; complete -C${JSON.stringify(line)}`],
        { encoding: 'utf8' },
      );
      expect(result.stderr).toBe('');
      return result.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0] ?? '');
    };
    expect(complete('overrule va')).toEqual(['validate']);
    expect(complete('overrule validate --format ').sort()).toEqual([...FORMATS].sort());
    expect(complete('overrule schema ')).toEqual(
      expect.arrayContaining(['council', 'roll-call', 'whip-count']),
    );
    expect(complete('overrule fmt --ch')).toEqual(['--check']);
  });
});

describe('completion of a program with a hidden command', () => {
  it('offers what help shows: not the hidden command, not the hidden option', async () => {
    const { Command, Option } = await import('commander');
    const { completionCommand } = await import('../../src/cli/completion.js');
    const { memoryIo } = await import('./tally-memory-io.js');
    const program = new Command('demo');
    program.command('shown').description('a command').addOption(new Option('--secret').hideHelp());
    program.command('lurking', { hidden: true }).description('not offered');
    const io = memoryIo();
    expect(completionCommand('bash', {}, program, io)).toBe(0);
    expect(io.out()).toContain('shown)');
    expect(io.out()).not.toContain('lurking');
    expect(io.out()).not.toContain('--secret');
  });
});
