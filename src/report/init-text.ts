import { escapeControls } from './safe-text.js';

/** How many files `init` created, skipped (taken already) and left out (examples). */
export interface InitCounts {
  readonly created: number;
  readonly skipped: number;
  readonly leftOut: number;
}

/** A file `init` wrote, on stdout. */
export function createdLine(display: string): string {
  return `created ${escapeControls(display)}\n`;
}

/** A file `init` left alone because its path is taken. */
export function skippedLine(display: string): string {
  return `overrule: skipped ${escapeControls(display)}: it exists already\n`;
}

/**
 * Why the examples are left out, then each of them: `councilFiles` (as shown
 * to the user, at least one) hold the council the folder belongs to.
 */
export function leftOutLines(displays: readonly string[], councilFiles: readonly string[]): string {
  const [first = '', ...others] = councilFiles.map(escapeControls);
  const where = others.length === 0 ? first : `${first} and ${others.length} more`;
  return (
    `overrule: a council is here already (${where}): the examples, made up for another council, are left out\n` +
    displays.map((display) => `overrule: left out ${escapeControls(display)}\n`).join('')
  );
}

/** The last line: what was done, and what to run next (`dir` as given, `.` for here). */
export function initSummaryLine(counts: InitCounts, dir: string): string {
  const parts = [
    `${counts.created} ${counts.created === 1 ? 'file' : 'files'} created`,
    ...(counts.skipped > 0 ? [`${counts.skipped} skipped`] : []),
    ...(counts.leftOut > 0 ? [`${counts.leftOut} left out (examples)`] : []),
  ];
  const where = dir === '.' ? '' : ` ${escapeControls(dir)}`;
  return `overrule: ${parts.join(', ')}. Next: overrule validate${where}\n`;
}
