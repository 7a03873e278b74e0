import type { ChalkInstance } from 'chalk';
import { throwIllegalValue } from '../basics/assert.js';
import type { VoteValue } from '../model/roll-call.js';

/**
 * A line of the clerk's screen is a list of segments, each with a style; the
 * screen fits a line to the terminal's width before colouring it.
 */
export type SegmentStyle =
  'title' | 'label' | 'warning' | 'current' | 'quiet' | 'good' | 'bad' | VoteValue;

export interface Segment {
  readonly text: string;
  readonly style?: SegmentStyle | undefined;
}

export type StyledLine = readonly Segment[];

/** Text in a style. */
export function styleText(
  text: string,
  style: SegmentStyle | undefined,
  chalk: ChalkInstance,
): string {
  switch (style) {
    case undefined:
      return text;
    case 'title':
    case 'current':
      return chalk.bold(text);
    case 'label':
    case 'quiet':
    case 'absent':
    case 'excused':
      return chalk.dim(text);
    case 'warning':
      return chalk.yellow(text);
    case 'good':
    case 'aye':
      return chalk.green(text);
    case 'bad':
    case 'no':
      return chalk.red(text);
    case 'abstain':
    case 'present':
    case 'not-voting':
    case 'recused':
      return chalk.yellow(text);
    default:
      return throwIllegalValue(style, 'style');
  }
}

/** A line as plain or coloured text, without fitting it to a width. */
export function lineText(line: StyledLine, chalk: ChalkInstance): string {
  return line.map((s) => styleText(s.text, s.style, chalk)).join('');
}
