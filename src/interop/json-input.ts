import { parseDocument } from 'yaml';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic, DiagnosticParam, Severity } from '../diagnostics/diagnostic.js';

/** Texts up to this length are given to the YAML parser to find where their JSON goes wrong. */
const YAML_LOCATE_LIMIT = 1024 * 1024;

/** A path into JSON data: keys and array indexes. */
export type JsonPath = readonly (string | number)[];

/**
 * A JSON file as read: its text, for positions, and its data. Positions are
 * found only when a problem is reported, by scanning the text to the path
 * (see `offsetOf`): most files never need one.
 */
export class JsonInput {
  readonly file: string;
  readonly text: string;
  readonly data: unknown;

  /** Where each element of a top-level array starts, found once: many problems point into rows. */
  #rowStarts: number[] | undefined;

  constructor(file: string, text: string, data: unknown) {
    this.file = file;
    this.text = text;
    this.data = data;
  }

  #offset(path: JsonPath): number | undefined {
    const [first, ...rest] = path;
    if (typeof first !== 'number' || !Array.isArray(this.data)) return offsetOf(this.text, path);
    this.#rowStarts ??= elementStarts(this.text);
    const at = this.#rowStarts[first];
    return at === undefined ? undefined : offsetFrom(this.text, at, rest);
  }

  /** A diagnostic pointing at the value at `path` (at the file's start when it cannot be found). */
  problem(
    path: JsonPath,
    init: {
      readonly code: DiagnosticCode;
      readonly message: string;
      readonly hint?: string;
      readonly severity?: Severity;
      readonly params?: Readonly<Record<string, DiagnosticParam>>;
    },
  ): Diagnostic {
    const start = this.#offset(path) ?? 0;
    return {
      code: init.code,
      severity: init.severity ?? 'error',
      message: init.message,
      file: this.file,
      span: { start, end: start },
      ...(init.hint === undefined ? {} : { hint: init.hint }),
      ...(init.params === undefined ? {} : { params: init.params }),
    };
  }
}

/** Parses a file's text as JSON: the input, or a diagnostic at the place it stops. */
export function parseJsonInput(
  file: string,
  text: string,
): { ok: true; input: JsonInput } | { ok: false; diagnostic: Diagnostic } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, input: new JsonInput(file, body, JSON.parse(body) as unknown) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(detail);
    const start = at === null ? syntaxErrorOffset(body, detail) : Number(at[1]);
    return {
      ok: false,
      diagnostic: {
        code: 'interop/json',
        severity: 'error',
        message: `not valid JSON: ${detail.replace(/\s*\(line \d+ column \d+\)$/, '')}`,
        file,
        span: { start, end: start },
        hint: 'give the response body exactly as the API returned it',
      },
    };
  }
}

/**
 * The offset of the value at `path` in a JSON text, or undefined when the
 * path is not there. A small scanner: it skips values without building them.
 */
export function offsetOf(text: string, path: JsonPath): number | undefined {
  return offsetFrom(text, skipSpace(text, 0), path);
}

/** The offset of the value at `path` below the value that starts at `start`. */
function offsetFrom(text: string, start: number, path: JsonPath): number | undefined {
  let at = start;
  for (const segment of path) {
    const open = text[at];
    if (open === '[' && typeof segment === 'number') {
      at = skipSpace(text, at + 1);
      for (let index = 0; ; index++) {
        if (text[at] === ']' || at >= text.length) return undefined;
        if (index === segment) break;
        at = skipSpace(text, skipValue(text, at));
        if (text[at] !== ',') return undefined;
        at = skipSpace(text, at + 1);
      }
    } else if (open === '{' && typeof segment === 'string') {
      at = skipSpace(text, at + 1);
      for (;;) {
        if (text[at] !== '"') return undefined;
        const keyEnd = skipString(text, at);
        const key = JSON.parse(text.slice(at, keyEnd)) as string;
        at = skipSpace(text, keyEnd);
        if (text[at] !== ':') return undefined;
        at = skipSpace(text, at + 1);
        if (key === segment) break;
        at = skipSpace(text, skipValue(text, at));
        if (text[at] !== ',') return undefined;
        at = skipSpace(text, at + 1);
      }
    } else {
      return undefined;
    }
  }
  return at < text.length ? at : undefined;
}

/** Where each element of the array the text holds starts (none when it is not an array). */
function elementStarts(text: string): number[] {
  const starts: number[] = [];
  let at = skipSpace(text, 0);
  if (text[at] !== '[') return starts;
  at = skipSpace(text, at + 1);
  while (at < text.length && text[at] !== ']') {
    starts.push(at);
    at = skipSpace(text, skipValue(text, at));
    if (text[at] !== ',') break;
    at = skipSpace(text, at + 1);
  }
  return starts;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && ' \t\r\n'.includes(text.charAt(i))) i++;
  return i;
}

/** The offset just after the string that starts at `at`. */
function skipString(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else i++;
  }
  return i;
}

/** The offset just after the value that starts at `at`. */
function skipValue(text: string, at: number): number {
  const c = text[at];
  if (c === '"') return skipString(text, at);
  if (c === '[' || c === '{') {
    let depth = 0;
    let i = at;
    while (i < text.length) {
      const d = text[i];
      if (d === '"') {
        i = skipString(text, i);
        continue;
      }
      if (d === '[' || d === '{') depth++;
      else if (d === ']' || d === '}') {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return i;
  }
  let i = at;
  while (i < text.length && !',]} \t\r\n'.includes(text.charAt(i))) i++;
  return i;
}

/**
 * Where a JSON text stops being valid when the engine's message gives no
 * position: where the YAML parser (JSON is YAML) stops, else its end for a
 * text cut short, else its start.
 */
function syntaxErrorOffset(text: string, detail: string): number {
  // the YAML parser is slower than JSON.parse: only small texts are given to it
  const stop =
    text.length <= YAML_LOCATE_LIMIT
      ? parseDocument(text, { version: '1.2' }).errors[0]?.pos[0]
      : undefined;
  if (stop !== undefined) return stop;
  return /end of JSON input/.test(detail) ? text.trimEnd().length : 0;
}
