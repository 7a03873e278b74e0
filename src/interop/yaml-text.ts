/**
 * YAML text in the form `overrule fmt` keeps and the bundled files use: keys
 * in the order of the object given (callers build objects in schema order),
 * two spaces per level, a mapping of plain values on one line (`{ id: x,
 * from: 2024-01-02 }`) when it fits, quotes only where YAML needs them, and
 * measure ids always quoted. Keys whose values hold one entry a line (votes,
 * persons, members) are written as blocks whatever their length.
 */

export type YamlValue =
  | string
  | number
  | boolean
  | readonly YamlValue[]
  | { readonly [key: string]: YamlValue | undefined };

/** Up to this many columns, a mapping or list of plain values is written on one line. */
const FLOW_WIDTH = 100;

/** Keys whose mapping or list is always written one entry a line. */
const ALWAYS_BLOCK = new Set([
  'members',
  'rules',
  'votes',
  'interop',
  'legistar',
  'persons',
  'vote_values',
  'sources',
]);

/** Keys whose text values are always quoted, as in the bundled files: `measure: "230359"`, `tally: "15-0"`. */
const ALWAYS_QUOTED = new Set(['measure', 'tally']);

/** A whole document: comment lines (without `# `) then the mapping. */
export function renderYamlDocument(
  comments: readonly string[],
  value: { readonly [key: string]: YamlValue | undefined },
): string {
  const head = comments.map((c) => (c === '' ? '#\n' : `# ${c}\n`)).join('');
  return head + renderBlockMap(value, 0);
}

/** The lines of a mapping at an indent, each ending in a newline. */
export function renderBlockMap(
  value: { readonly [key: string]: YamlValue | undefined },
  indent: number,
): string {
  const pad = ' '.repeat(indent);
  let out = '';
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    out += `${pad}${renderKey(key)}:${renderAfterKey(key, item, indent)}`;
  }
  return out;
}

/** What follows `key:`: ` value\n` on the same line, or a newline and a nested block. */
function renderAfterKey(key: string, item: YamlValue, indent: number): string {
  if (!isCollection(item)) return ` ${renderScalar(item, 'block', ALWAYS_QUOTED.has(key))}\n`;
  if (isEmpty(item)) return Array.isArray(item) ? ' []\n' : ' {}\n';
  if (!ALWAYS_BLOCK.has(key)) {
    const flow = renderFlow(item);
    if (flow !== undefined && indent + key.length + 2 + flow.length <= FLOW_WIDTH) {
      return ` ${flow}\n`;
    }
  }
  if (Array.isArray(item)) return `\n${renderBlockList(item, indent + 2)}`;
  return `\n${renderBlockMap(item as { readonly [key: string]: YamlValue }, indent + 2)}`;
}

/** A list, one `- ` item a line; an item mapping on one line when it fits. */
function renderBlockList(items: readonly YamlValue[], indent: number): string {
  const pad = ' '.repeat(indent);
  let out = '';
  for (const item of items) {
    if (!isCollection(item)) {
      out += `${pad}- ${renderScalar(item, 'block', false)}\n`;
      continue;
    }
    const flow = renderFlow(item);
    if (flow !== undefined && indent + 2 + flow.length <= FLOW_WIDTH) {
      out += `${pad}- ${flow}\n`;
      continue;
    }
    if (Array.isArray(item)) {
      out += `${pad}-\n${renderBlockList(item, indent + 2)}`;
      continue;
    }
    const nested = renderBlockMap(item as { readonly [key: string]: YamlValue }, indent + 2);
    out += `${pad}- ${nested.slice(indent + 2)}`;
  }
  return out;
}

/**
 * One mapping as an item of a block list at an indent: on one line when
 * `style` is flow and it fits, else as a block under its `- `.
 */
export function renderListItem(
  value: { readonly [key: string]: YamlValue | undefined },
  indent: number,
  style: 'flow' | 'block',
): string {
  const pad = ' '.repeat(indent);
  const flow = style === 'flow' ? renderFlow(value) : undefined;
  if (flow !== undefined && indent + 2 + flow.length <= FLOW_WIDTH) return `${pad}- ${flow}\n`;
  return `${pad}- ${renderBlockMap(value, indent + 2).slice(indent + 2)}`;
}

/** `{ a: 1, b: x }` or `[a, b]` when every value is plain; else undefined. */
function renderFlow(item: YamlValue): string | undefined {
  if (Array.isArray(item)) {
    const parts = (item as readonly YamlValue[]).map((v) =>
      isCollection(v) ? undefined : renderScalar(v, 'flow', false),
    );
    return parts.every((p): p is string => p !== undefined) ? `[${parts.join(', ')}]` : undefined;
  }
  const parts: string[] = [];
  for (const [key, value] of Object.entries(
    item as { readonly [key: string]: YamlValue | undefined },
  )) {
    if (value === undefined) continue;
    if (isCollection(value)) {
      const nested = renderFlow(value);
      if (nested === undefined || ALWAYS_BLOCK.has(key)) return undefined;
      parts.push(`${renderKey(key)}: ${nested}`);
    } else {
      parts.push(`${renderKey(key)}: ${renderScalar(value, 'flow', ALWAYS_QUOTED.has(key))}`);
    }
  }
  return `{ ${parts.join(', ')} }`;
}

function isCollection(value: YamlValue): value is Exclude<YamlValue, string | number | boolean> {
  return typeof value === 'object';
}

function isEmpty(value: Exclude<YamlValue, string | number | boolean>): boolean {
  return Array.isArray(value)
    ? value.length === 0
    : Object.values(value).every((v) => v === undefined);
}

/** A key: plain when it is a plain word, else quoted (vote labels such as `Jury Duty: excused` stay plain). */
function renderKey(key: string): string {
  return renderScalar(key, 'flow', false);
}

/** Words and numbers the YAML 1.2 core schema reads as something other than text. */
const NOT_TEXT =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * A scalar as plain text where YAML reads it back as the same text, else in
 * double quotes (JSON's escapes are YAML's). In a flow collection the flow
 * indicators `, [ ] { }` need quotes too.
 */
export function renderScalar(
  value: string | number | boolean,
  context: 'block' | 'flow',
  quote: boolean,
): string {
  if (typeof value !== 'string') return String(value);
  return quote || !isPlainSafe(value, context) ? JSON.stringify(value) : value;
}

function isPlainSafe(text: string, context: 'block' | 'flow'): boolean {
  if (text === '' || text !== text.trim() || NOT_TEXT.test(text)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text)) return false;
  if (/: |:$| #|[\t\n\r]/.test(text)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/.test(text)) return false;
  if (context === 'flow' && /[,[\]{}]/.test(text)) return false;
  return true;
}
