/** Columns per nesting level in formatted files. */
export const INDENT_STEP = 2;

/** How fmt reads structure: the same YAML 1.2 core reading as `validate`, with CST links. */
export const FORMAT_PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  // duplicates were ruled out by the first reading; yaml's own check is quadratic
  uniqueKeys: false,
  stringKeys: true,
  strict: true,
  prettyErrors: false,
  keepSourceTokens: true,
} as const;
