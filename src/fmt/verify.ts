import { Parser } from 'yaml';
import { SourceText } from '../diagnostics/source-text.js';
import type { DataPath } from '../diagnostics/address.js';
import { locate } from '../load/locate.js';
import { parseSourceText, type YamlParsedFile } from '../load/parse.js';
import type { SchemaNode } from '../schema/schemas.js';
import { canonicalData } from './canonical.js';
import { collectComments } from './comments.js';

/** Why a formatted text cannot replace the original, and where in the original. */
export interface RoundTripProblem {
  readonly message: string;
  readonly offset: number | undefined;
}

/**
 * Checks a formatted text against the file it came from: it parses without
 * errors into as many documents, each with the same data (vote synonyms in
 * canonical words), and it has the same comments and as many blank lines.
 */
export function verifyFormatted(
  original: SourceText,
  parsed: YamlParsedFile,
  formatted: string,
  schemas: readonly (SchemaNode | undefined)[],
): RoundTripProblem[] {
  const again = parseSourceText(new SourceText(original.file, formatted));
  const errors = [...again.diagnostics, ...again.documents.flatMap((d) => d.diagnostics)].filter(
    (d) => d.severity === 'error',
  );
  if (errors.length > 0) {
    const first = errors[0];
    const where =
      first?.span === undefined
        ? ''
        : ` (line ${again.source.position(first.span.start).line} of the output)`;
    return [
      {
        message: `the formatted text would not parse: ${first?.message ?? ''}${where}`,
        offset: undefined,
      },
    ];
  }
  if (again.documents.length !== parsed.documents.length) {
    return [
      {
        message: 'the formatted text would hold a different number of documents',
        offset: undefined,
      },
    ];
  }
  const problems: RoundTripProblem[] = [];
  parsed.documents.forEach((doc, index) => {
    const schema = schemas[index];
    const expected = schema === undefined ? doc.data : canonicalData(schema, schema, doc.data);
    const actual = again.documents[index]?.data;
    const path = firstDifference(expected, actual, []);
    if (path !== undefined) {
      problems.push({
        message: `the data at ${describePath(path)} would change`,
        offset: locate(doc.tree, path).start,
      });
    }
  });

  const before = collectComments([...new Parser().parse(original.text)]).map((c) =>
    c.source.trimEnd(),
  );
  const after = collectComments([...new Parser().parse(formatted)]).map((c) => c.source.trimEnd());
  const missing = missingFrom(before, after);
  if (missing !== undefined || before.length !== after.length) {
    const lost = collectComments([...new Parser().parse(original.text)]).find(
      (c) => c.source.trimEnd() === missing,
    );
    problems.push({
      message:
        missing === undefined
          ? 'the formatted text would have a comment the original does not'
          : `the comment "${truncate(missing)}" would be lost`,
      offset: lost?.offset,
    });
  }
  if (countBlankLines(original.text) !== countBlankLines(formatted)) {
    problems.push({ message: 'the number of blank lines would change', offset: undefined });
  }
  return problems;
}

/** The path of the first place two data values differ, or undefined when they are equal. */
export function firstDifference(a: unknown, b: unknown, path: DataPath): DataPath | undefined {
  if (Object.is(a, b)) return undefined;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return path;
    if (a.length !== b.length) return path;
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i], b[i], [...path, i]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length || ka.some((k) => !Object.hasOwn(b, k))) return path;
    for (const key of ka) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        [...path, key],
      );
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return path;
}

function missingFrom(before: readonly string[], after: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const c of after) counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const c of before) {
    const n = counts.get(c) ?? 0;
    if (n === 0) return c;
    counts.set(c, n - 1);
  }
  return undefined;
}

function countBlankLines(text: string): number {
  let count = 0;
  for (const line of text.split(/(?<=\n)/)) if (line.trim() === '') count++;
  return count;
}

function describePath(path: DataPath): string {
  if (path.length === 0) return 'the top of the document';
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
