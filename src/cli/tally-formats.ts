import type { TallyResult } from '../tally/tally-result.js';
import type { RenderContext } from './formats.js';

type TallyRenderer = (tally: TallyResult, context: RenderContext) => Promise<string>;

/**
 * The formats of `overrule tally`, each loading its renderer only when
 * chosen: the `--format` choices, the TallyFormat type and the dispatch all
 * come from here.
 */
export const TALLY_FORMATS = {
  table: async (tally, context) => {
    const { renderTallyTable } = await import('../report/tally-table.js');
    return renderTallyTable(tally, await context.chalk());
  },
  markdown: async (tally) => {
    const { renderTallyMarkdown } = await import('../report/tally-markdown.js');
    return renderTallyMarkdown(tally);
  },
  json: async (tally) => {
    const { renderTallyJson } = await import('../report/tally-json.js');
    return renderTallyJson(tally);
  },
  csv: async (tally) => {
    const { renderTallyCsv } = await import('../report/tally-csv.js');
    return renderTallyCsv(tally);
  },
  html: async (tally) => {
    const { renderTallyHtml } = await import('../report/tally-html.js');
    return renderTallyHtml(tally);
  },
} as const satisfies Readonly<Record<string, TallyRenderer>>;

export type TallyFormat = keyof typeof TALLY_FORMATS;
