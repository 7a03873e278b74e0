import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempFolder } from './run-cli.js';

/** Whether tmux can be run here (CI installs it: .ci/run). */
export const HAS_TMUX = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;

/**
 * A terminal for a test: a tmux server of its own (its own socket, no user
 * configuration, no status line) running one command in a window of a given
 * size. Tests wait for what the screen shows, never for a fixed time.
 */
export class TmuxTerminal {
  readonly #folder = makeTempFolder('overrule-tmux-');
  readonly #socket = join(this.#folder, 'socket');
  readonly #exitFile = join(this.#folder, 'exit-code');

  /** Runs `command` (a shell command line) in an 80×24 terminal, or the size given. */
  start(
    command: string,
    size: { readonly width: number; readonly height: number } = { width: 80, height: 24 },
  ): void {
    const config = join(this.#folder, 'tmux.conf');
    writeFileSync(config, 'set -g status off\nset -g history-limit 5000\n');
    this.#tmux([
      '-f',
      config,
      'new-session',
      '-d',
      '-x',
      String(size.width),
      '-y',
      String(size.height),
      '-s',
      'test',
      `${command}; echo $? > ${this.#exitFile}; sleep 600`,
    ]);
  }

  /** Presses keys, as tmux names them (`y`, `BSpace`, `Enter`, `C-c`). */
  press(...keys: readonly string[]): void {
    this.#tmux(['send-keys', '-t', 'test', ...keys]);
  }

  /**
   * The screen as text, one string per line (a line the terminal wrapped is
   * joined again, so it shows as wider than the screen); with `escapes`,
   * colours included.
   */
  screen(options: { readonly escapes?: boolean } = {}): string[] {
    const args = [
      'capture-pane',
      '-p',
      '-J',
      '-t',
      'test',
      ...(options.escapes === true ? ['-e'] : []),
    ];
    return this.#tmux(args)
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => line.trimEnd());
  }

  /**
   * Waits until the screen shows a line matching each pattern (a frame is
   * drawn whole when its last line is there too); the screen then.
   */
  async waitFor(pattern: RegExp | readonly RegExp[], timeoutMs = 60_000): Promise<string[]> {
    const patterns: readonly RegExp[] = pattern instanceof RegExp ? [pattern] : pattern;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (patterns.every((p) => screen.some((line) => p.test(line)))) return screen;
      if (Date.now() > deadline) {
        throw new Error(`the screen never showed ${patterns.join(', ')}:\n${screen.join('\n')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Waits until the command exits; its exit code. */
  async exitCode(timeoutMs = 60_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(this.#exitFile) || readFileSync(this.#exitFile, 'utf8').trim() === '') {
      if (Date.now() > deadline)
        throw new Error(`the command never exited:\n${this.screen().join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return Number(readFileSync(this.#exitFile, 'utf8').trim());
  }

  stop(): void {
    spawnSync('tmux', ['-S', this.#socket, 'kill-server'], { encoding: 'utf8' });
  }

  #tmux(args: readonly string[]): string {
    const result = spawnSync('tmux', ['-S', this.#socket, ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  }
}

/** Quotes a word for the shell. */
export function shellWord(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
