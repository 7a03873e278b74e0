import type { ChalkInstance } from 'chalk';
import {
  renderRollCallScreen,
  renderRollCallStart,
  renderRollCallStep,
} from '../report/roll-call-screen.js';
import type { RollCallNotice } from '../report/roll-call-notice.js';
import type { RollCallView } from '../tally/roll-call-view.js';
import type { OutputStream } from './io.js';
import type { RollCallDisplay } from './roll-call-run.js';

/**
 * Plain lines, one or two per key (TERM=dumb, `--keys`, a piped standard
 * input, or standard output not a terminal): no cursor movement at all.
 */
export class PlainDisplay implements RollCallDisplay {
  readonly #out: OutputStream;
  readonly #chalk: ChalkInstance;
  readonly #file: string;

  constructor(out: OutputStream, chalk: ChalkInstance, file: string) {
    this.#out = out;
    this.#chalk = chalk;
    this.#file = file;
  }

  start(view: RollCallView, notice: RollCallNotice | undefined): void {
    this.#write(
      renderRollCallStart(view, {
        chalk: this.#chalk,
        file: this.#file,
        ...(notice === undefined ? {} : { notice }),
      }),
    );
  }

  step(view: RollCallView, notice: RollCallNotice): void {
    this.#write(renderRollCallStep(view, notice, { chalk: this.#chalk, file: this.#file }));
  }

  saved(view: RollCallView, notice: RollCallNotice): void {
    this.#write(renderRollCallStep(view, notice, { chalk: this.#chalk, file: this.#file }));
  }

  #write(lines: readonly string[]): void {
    this.#out.write(`${lines.join('\n')}\n`);
  }
}

/** What draws a frame in place on a terminal (roll-call-terminal.ts). */
export interface FrameTarget {
  readonly size: { readonly width: number; readonly height: number };
  paint(lines: readonly string[]): void;
}

/** The full screen, redrawn in place after every key. */
export class ScreenDisplay implements RollCallDisplay {
  readonly #target: FrameTarget;
  readonly #chalk: ChalkInstance;
  readonly #file: string;
  #last: { readonly view: RollCallView; readonly notice: RollCallNotice | undefined } | undefined;

  constructor(target: FrameTarget, chalk: ChalkInstance, file: string) {
    this.#target = target;
    this.#chalk = chalk;
    this.#file = file;
  }

  start(view: RollCallView, notice: RollCallNotice | undefined): void {
    this.#show(view, notice);
  }

  step(view: RollCallView, notice: RollCallNotice): void {
    this.#show(view, notice);
  }

  saved(view: RollCallView, notice: RollCallNotice): void {
    this.#show(view, notice.kind === 'saved' ? { ...notice, file: this.#file } : notice);
  }

  /** Draws the last frame again (the terminal was resized). */
  redraw(): void {
    if (this.#last !== undefined) this.#show(this.#last.view, this.#last.notice);
  }

  #show(view: RollCallView, notice: RollCallNotice | undefined): void {
    this.#last = { view, notice };
    const { width, height } = this.#target.size;
    this.#target.paint(
      renderRollCallScreen(view, { width, height, chalk: this.#chalk, file: this.#file, notice }),
    );
  }
}
