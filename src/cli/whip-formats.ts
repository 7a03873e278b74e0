import type { WhipProjection } from '../tally/whip-result.js';
import { chalkFor } from './color.js';
import type { Io } from './io.js';

/** What a renderer may need besides the projection. */
export interface WhipRenderContext {
  readonly io: Io;
  /** `--color` / `--no-color`. */
  readonly color: boolean | undefined;
  /** The report goes to a terminal. */
  readonly toTerminal: boolean;
}

export type WhipRenderer = (
  projection: WhipProjection,
  context: WhipRenderContext,
) => Promise<string>;

/**
 * Every `whip --format`, each loaded only when asked for. Adding a format
 * (html) is one entry here and one renderer in src/report/.
 */
export const WHIP_FORMATS = {
  table: async (projection, { io, color, toTerminal }) => {
    const chalk = await chalkFor({ isTTY: toTerminal }, io.env, color);
    const { renderWhipTable } = await import('../report/whip-table.js');
    return renderWhipTable(projection, chalk);
  },
  markdown: async (projection) => {
    const { renderWhipMarkdown } = await import('../report/whip-markdown.js');
    return renderWhipMarkdown(projection);
  },
  json: async (projection) => {
    const { renderWhipJson } = await import('../report/whip-json.js');
    return renderWhipJson(projection);
  },
  csv: async (projection) => {
    const { renderWhipCsv } = await import('../report/whip-csv.js');
    return renderWhipCsv(projection);
  },
} as const satisfies Readonly<Record<string, WhipRenderer>>;

export type WhipFormat = keyof typeof WHIP_FORMATS;

export const WHIP_FORMAT_NAMES = Object.keys(WHIP_FORMATS) as WhipFormat[];
