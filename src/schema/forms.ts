import { SCHEMAS } from './schemas.js';

/** The string forms the schemas define, read from the schemas themselves. */
export const SLUG_PATTERN = SCHEMAS.council.properties.id.pattern;
export const DATE_PATTERN = SCHEMAS.council.properties.members.items.properties.from.pattern;
export const FRACTION_PATTERN = SCHEMAS.council.definitions.threshold.properties.fraction.pattern;
export const TALLY_PATTERN = SCHEMAS['roll-call'].properties.recorded.properties.tally.pattern;

/** What a fraction may be, for messages: `p/q` with 0 < p/q <= 1. */
export const FRACTION_EXAMPLES = ['2/3', '1/2', '3/4', '1/1'] as const;
export const FRACTION_HINT = `write p/q with 0 < p/q ≤ 1, such as ${FRACTION_EXAMPLES.join(', ')} (1/1 is unanimity)`;

export interface FormDescription {
  readonly message: string;
  readonly hint?: string;
}

/** A message for a value (or key) that does not have the form `pattern` asks for. */
export function describeForm(pattern: string, label: string, value: unknown): FormDescription {
  switch (pattern) {
    case SLUG_PATTERN: {
      if (typeof value === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(value)) {
        // The form is right: the word is one JavaScript reserves (`constructor`).
        return {
          message: `${JSON.stringify(value)} cannot be used as an id`,
          hint: 'choose another id',
        };
      }
      const suggestion = typeof value === 'string' ? toSlug(value) : '';
      return {
        message: `${label} must be an id of lowercase letters, digits and hyphens`,
        hint:
          suggestion !== '' && suggestion !== value
            ? `try "${suggestion}"`
            : 'start with a letter or digit; use only a-z, 0-9 and -',
      };
    }
    case DATE_PATTERN:
      return {
        message: `${label} must be a date written YYYY-MM-DD`,
        hint: 'for example 2026-03-03',
      };
    case FRACTION_PATTERN:
      return { message: fractionMessage(label), hint: FRACTION_HINT };
    case TALLY_PATTERN:
      return {
        message: `${label} must be ayes and noes, like "11-4"`,
        hint: 'for example 11-4 or 11:4',
      };
    default:
      return { message: `${label} does not have the required form` };
  }
}

export function fractionMessage(label: string): string {
  return `${label} must be a fraction p/q with 0 < p/q ≤ 1`;
}

/** `Andrea Pratt` → `andrea-pratt`; `__proto__` → `proto`. */
export function toSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
