import type { Reading, ReadingInput } from '../rules/readings.js';
import type { RenderContext } from './formats.js';

/** What `overrule threshold` reports: one reading, or every reading side by side. */
export interface ThresholdReport {
  readonly input: ReadingInput;
  readonly readings: Reading | readonly Reading[];
}

type ThresholdRenderer = (report: ThresholdReport, context: RenderContext) => Promise<string>;

/**
 * The formats of `overrule threshold`, each loading its renderer only when
 * chosen: the `--format` choices, the ThresholdFormat type and the dispatch
 * all come from here.
 */
export const THRESHOLD_FORMATS = {
  text: async ({ input, readings }, context) => {
    const { renderThresholdText } = await import('../report/threshold-text.js');
    return renderThresholdText(input, readings, await context.chalk());
  },
  json: async ({ input, readings }) => {
    const { renderThresholdJson } = await import('../report/threshold-json.js');
    return renderThresholdJson(input, readings);
  },
} as const satisfies Readonly<Record<string, ThresholdRenderer>>;

export type ThresholdFormat = keyof typeof THRESHOLD_FORMATS;
