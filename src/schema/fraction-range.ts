import type { WalkedNode } from './document-walk.js';
import { labelOf, type Finding } from './finding.js';
import { FRACTION_HINT, FRACTION_PATTERN, fractionMessage } from './forms.js';

/**
 * The schema's pattern admits any `p/q` of positive whole numbers; a
 * fraction above 1 (`3/2`) has the right form but no meaning as a share of
 * the members. Compared exactly, as big integers.
 */
export function checkFractionRange({ path, value, schema }: WalkedNode): Finding | undefined {
  if (schema?.pattern !== FRACTION_PATTERN || typeof value !== 'string') return undefined;
  const match = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(value);
  if (match === null) return undefined; // the pattern has already failed
  const [, p = '0', q = '1'] = match;
  if (BigInt(p) <= BigInt(q)) return undefined;
  return {
    code: 'schema/range',
    path,
    part: 'value',
    message: fractionMessage(labelOf(path)),
    hint: `${value} is more than 1; ${FRACTION_HINT}`,
    params: { value, accepted: ['p/q', '0 < p/q <= 1'] },
  };
}
