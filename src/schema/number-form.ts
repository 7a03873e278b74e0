import type { WalkedNode } from './document-walk.js';
import { labelOf, type Finding } from './finding.js';
import { selectBranch, typesOf } from './schema-walk.js';
import type { SchemaNode } from './schemas.js';

/** A count as people write it: `15`, `0`, `-3`; no `+15`, `015`, `0x0F`, `1.5e1`, `15.0`. */
const WHOLE_NUMBER = /^(?:0|-?[1-9][0-9]*)$/;
/** A decimal as people write it: `0.95`, `1`, `0`; no `.5`, `5.`, `1e-1`. */
const DECIMAL_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
/**
 * Significant digits a decimal may have: every decimal of up to 15 is read
 * back exactly from the number YAML makes of it (`String(value)` writes the
 * same decimal), which is what lets whip projections use the written value
 * as an exact fraction.
 */
export const MAX_DECIMAL_DIGITS = 15;

/**
 * YAML reads `0x0F`, `0o17`, `+15`, `1.5e1` and `0012` as the number 15 or 12,
 * which is rarely what a clerk meant. Numbers must be written plainly: the
 * source text of each numeric scalar is checked, whole numbers where the
 * schema asks for an integer.
 */
export function checkNumberForm(root: SchemaNode, walked: WalkedNode): Finding | undefined {
  const { path, value, schema, text } = walked;
  // Below an alias there is no text: the number is checked where its anchor is.
  if (typeof value !== 'number' || schema === undefined || text === undefined) return undefined;
  const types = typesOf(selectBranch(root, schema, value));
  const whole = types.includes('integer') && !types.includes('number');
  const plain = (whole ? WHOLE_NUMBER : DECIMAL_NUMBER).test(text) && !Object.is(value, -0);
  const label = labelOf(path);
  if (plain && !whole && significantDigits(text) > MAX_DECIMAL_DIGITS) {
    return {
      code: 'schema/number-form',
      path,
      part: 'value',
      message: `${label} has more than ${MAX_DECIMAL_DIGITS} significant digits, more than overrule reads exactly`,
      hint: `round it to at most ${MAX_DECIMAL_DIGITS} significant digits`,
      params: { text, value },
    };
  }
  if (plain) return undefined;
  const written = Object.is(value, -0) ? '0' : String(value);
  return {
    code: 'schema/number-form',
    path,
    part: 'value',
    message: `${label} must be written as a plain ${whole ? 'whole' : 'decimal'} number`,
    hint: `write ${written}`,
    params: { text, value: Object.is(value, -0) ? 0 : value },
  };
}

/** Digits of a plain decimal from its first non-zero digit to its last non-zero one. */
function significantDigits(text: string): number {
  const digits = text.replace(/[-.]/g, '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}
