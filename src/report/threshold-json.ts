import { attendanceFromReadingInput, type Reading, type ReadingInput } from '../rules/readings.js';
import { mixedText, readingExplanation, readingLabel } from './requirement-text.js';

/**
 * The `threshold --json` contract (SPEC 2.1): one reading, or every reading
 * under `readings`, each with its `explanation`; then the attendance used.
 */
export function renderThresholdJson(
  input: ReadingInput,
  readings: Reading | readonly Reading[],
): string {
  const attendance = { ...attendanceFromReadingInput(input), vacancies: input.vacancies };
  const body = isReadingList(readings)
    ? { readings: readings.map(readingJson), attendance }
    : { ...readingJson(readings), attendance };
  return `${JSON.stringify(body, null, 2)}\n`;
}

function isReadingList(r: Reading | readonly Reading[]): r is readonly Reading[] {
  return Array.isArray(r);
}

function readingJson(reading: Reading): Record<string, unknown> {
  return {
    label: readingLabel(reading),
    fraction: reading.fraction,
    of: reading.of,
    compare: reading.compare,
    minimum: reading.minimum,
    basis: reading.basis,
    product: reading.product,
    productText: mixedText(reading.product),
    required: reading.required,
    executiveCounted: reading.executiveCounted,
    explanation: readingExplanation(reading),
  };
}
