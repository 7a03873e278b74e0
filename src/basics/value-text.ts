/**
 * A value read from a file, as text for a message or a parameter: a string
 * as it is, a number, boolean or null as JSON writes it, and a mapping or a
 * list by what it is. Never throws: data parsed from YAML has maps without a
 * prototype, which `String()` and template literals cannot convert.
 */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

/** What kind of value it is, in words: `a mapping`, `a list`, `text`, `a number`. */
export function valueKindWords(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
    case 'bigint':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}

/** Whether a value is a mapping or a list: something where a word or number belongs cannot be. */
export function isCollection(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}
