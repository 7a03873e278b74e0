import type { ChalkInstance } from 'chalk';
import type { RollCallView } from '../tally/roll-call-view.js';
import { noticeLine, type RollCallNotice } from './roll-call-notice.js';
import { lineText, styleText, type Segment, type StyledLine } from './roll-call-style.js';
import {
  ayesLine,
  callingLine,
  districtLabel,
  headingLines,
  helpLines,
  memberName,
  otherVotesLine,
  quorumLine,
  VOTE_WORDS,
  type HeadingPart,
} from './roll-call-text.js';

export interface ScreenOptions {
  /** The terminal's columns and rows. */
  readonly width: number;
  readonly height: number;
  readonly chalk: ChalkInstance;
  /** The file the roll call is saved to, as the clerk named it. */
  readonly file: string;
  readonly notice?: RollCallNotice | undefined;
}

/** Columns of the member grid are about this wide. */
const CELL_WIDTH = 38;
const VOTE_WIDTH = Math.max(...Object.values(VOTE_WORDS).map((w) => w.length));

/**
 * The clerk's screen for a state: a pure function of the view and the
 * terminal's size, one string per row. No line is wider than `width - 1`
 * (so a terminal never wraps one) and there are at most `height - 1` lines
 * (so the frame can be redrawn in place); the member grid shrinks to a page
 * around the member being called, then lines of least use are left out.
 */
export function renderRollCallScreen(view: RollCallView, options: ScreenOptions): string[] {
  const width = Math.max(20, options.width - 1);
  const budget = Math.max(5, options.height - 1);
  const heading = headingLines(view);
  const part = (wanted: HeadingPart): StyledLine[] =>
    heading.filter((h) => h.part === wanted).map((h) => h.line);
  const columns = Math.max(1, Math.min(4, Math.floor(width / CELL_WIDTH)));

  // Sections in order, each with the rank at which it is left out when the
  // screen is short (0: never); the grid takes the rows left over.
  const sections: Section[] = [
    { lines: part('title'), drop: 0 },
    { lines: part('measure'), drop: 5 },
    { lines: part('motion'), drop: 4 },
    { lines: part('rule'), drop: 9 },
    { lines: part('citation'), drop: 3 },
    { lines: part('warning'), drop: 10 },
    { lines: part('needs'), drop: 8 },
    { lines: [[]], drop: 1 },
    { lines: [callingLine(view, options.file)], drop: 0 },
    { lines: [], drop: 0, grid: true },
    { lines: [ayesLine(view)], drop: 0 },
    { lines: [otherVotesLine(view)], drop: 7 },
    { lines: [quorumLine(view)], drop: 0 },
    { lines: [noticeLine(options.notice)], drop: 2 },
    { lines: view.state.confirmed ? [] : helpLines(), drop: 6 },
  ];
  const fixedLines = (): number => sections.reduce((n, s) => n + s.lines.length, 0);
  for (let rank = 1; rank <= 10 && fixedLines() + 1 > budget; rank++) {
    for (const section of sections) if (section.drop === rank) section.lines = [];
  }
  const neededRows = Math.ceil(view.setup.members.length / columns);
  const rows = Math.max(1, Math.min(neededRows, budget - fixedLines()));
  return sections
    .flatMap((s) => (s.grid === true ? memberGrid(view, { columns, rows, width }) : s.lines))
    .map((line) => fitLine(line, width, options.chalk));
}

interface Section {
  lines: StyledLine[];
  readonly drop: number;
  readonly grid?: boolean;
}

/**
 * The members in columns, the one being called marked; when they do not
 * all fit, the page of them holding the member being called, with a line
 * saying which.
 */
function memberGrid(
  view: RollCallView,
  layout: { readonly columns: number; readonly rows: number; readonly width: number },
): StyledLine[] {
  const { members } = view.setup;
  const { columns } = layout;
  // a line saying which page, when there is room for it
  const paged = members.length > columns * layout.rows && layout.rows > 1;
  const rows = paged ? layout.rows - 1 : layout.rows;
  const perPage = columns * rows;
  const calling = view.state.votes.length;
  const page = Math.floor(Math.min(calling, members.length - 1) / perPage);
  const first = page * perPage;
  const cellWidth = Math.floor(layout.width / columns);
  const labelWidth = Math.min(8, Math.max(0, ...members.map((m) => districtLabel(m).length)));
  const nameWidth = Math.max(8, cellWidth - 2 - labelWidth - 1 - VOTE_WIDTH - 1);

  const lines: StyledLine[] = [];
  for (let row = 0; row < rows; row++) {
    const line: Segment[] = [];
    for (let column = 0; column < columns; column++) {
      const index = first + column * rows + row;
      const member = members[index];
      if (member === undefined) continue;
      const vote = view.state.votes[index];
      const isCurrent = index === calling;
      const label = pad(fitText(districtLabel(member), labelWidth), labelWidth);
      const name = pad(fitText(member.name, nameWidth), nameWidth);
      line.push(
        { text: isCurrent ? '▶ ' : '  ', style: 'current' },
        {
          text: `${label}${labelWidth > 0 ? ' ' : ''}${name} `,
          style: isCurrent ? 'current' : vote === undefined ? 'quiet' : undefined,
        },
        vote === undefined
          ? { text: pad(isCurrent ? '…' : '', VOTE_WIDTH) }
          : { text: pad(VOTE_WORDS[vote], VOTE_WIDTH), style: vote },
      );
      if (column < columns - 1) line.push({ text: ' ' });
    }
    lines.push(line);
  }
  if (paged) {
    const last = Math.min(members.length, first + perPage);
    lines.push([{ text: `  members ${first + 1}-${last} of ${members.length}`, style: 'quiet' }]);
  }
  return lines;
}

/** A line cut to a width (a `…` marks the cut), then coloured. */
function fitLine(line: StyledLine, width: number, chalk: ChalkInstance): string {
  let room = width;
  const out: string[] = [];
  for (const segment of line) {
    if (room <= 0) break;
    const length = graphemes(segment.text).length;
    const text = length <= room ? segment.text : fitText(segment.text, room);
    room -= Math.min(length, room);
    out.push(styleText(text, segment.style, chalk));
  }
  return out.join('').trimEnd();
}

function fitText(text: string, width: number): string {
  const chars = graphemes(text);
  if (chars.length <= width) return text;
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - graphemes(text).length));
}

const SEGMENTER = new Intl.Segmenter();
/** Text in which each UTF-16 unit is a character as a reader sees it: nearly all. */
const SIMPLE_TEXT = /^[^\p{M}\u200d\ud800-\udfff]*$/u;

/** The characters of a text as a reader sees them (a letter with its accents is one). */
function graphemes(text: string): string[] {
  if (SIMPLE_TEXT.test(text)) return text.split('');
  return Array.from(SEGMENTER.segment(text), (s) => s.segment);
}

/**
 * The plain lines (TERM=dumb, `--keys`, a piped standard input): the heading
 * once at the start, then a line per accepted key and the next call.
 */
export function renderRollCallStart(
  view: RollCallView,
  options: {
    readonly chalk: ChalkInstance;
    readonly file: string;
    readonly notice?: RollCallNotice;
  },
): string[] {
  const lines = headingLines(view).map((h) => lineText(h.line, options.chalk));
  if (options.notice !== undefined) lines.push(lineText(noticeLine(options.notice), options.chalk));
  lines.push(lineText(callingLine(view, options.file), options.chalk));
  return lines;
}

/** After a key: what it did, where the vote stands, and the next call. */
export function renderRollCallStep(
  view: RollCallView,
  notice: RollCallNotice,
  options: { readonly chalk: ChalkInstance; readonly file: string },
): string[] {
  const { chalk } = options;
  switch (notice.kind) {
    case 'voted':
    case 'undone': {
      const position = view.setup.members.indexOf(notice.member) + 1;
      const what =
        notice.kind === 'voted'
          ? `${position}/${view.setup.members.length} ${memberName(notice.member)}: ${styleText(VOTE_WORDS[notice.vote], notice.vote, chalk)}`
          : `undo ${position}/${view.setup.members.length} ${memberName(notice.member)}: ${VOTE_WORDS[notice.vote]} removed`;
      const status = [ayesLine(view), quorumLine(view)].map((l) => lineText(l, chalk)).join(' · ');
      return [`${what} · ${status}`, lineText(callingLine(view, options.file), chalk)];
    }
    default:
      return [lineText(noticeLine(notice), chalk)];
  }
}
