import type { Document } from 'yaml';
import { fillMarkers, type DataPath, type PathPart } from '../diagnostics/address.js';
import {
  needsPlacing,
  type Diagnostic,
  type DiagnosticParam,
  type Span,
} from '../diagnostics/diagnostic.js';
import type { SourceText } from '../diagnostics/source-text.js';
import { locate } from './locate.js';
import { parseTrees } from './parse.js';

/**
 * `placeDiagnostics` once the yaml library is loaded: the text is parsed
 * into syntax trees once, and only when some finding needs it.
 */
export function placeDiagnosticsIn(
  source: SourceText | undefined,
  diagnostics: readonly Diagnostic[],
): Diagnostic[] {
  let trees: readonly Document.Parsed[] | undefined;
  return diagnostics.map((d) => {
    if (!needsPlacing(d)) return d;
    const { at, related, ...rest } = d;
    let tree: Document.Parsed | undefined;
    if (source !== undefined) {
      trees ??= parseTrees(source.text);
      tree = trees[d.document ?? 0];
    }
    const span: Span | undefined =
      at !== undefined && tree !== undefined ? locate(tree, at.path, at.part) : d.span;
    const fill = {
      related: (i: number): string => {
        const place = related?.[i];
        if (place !== undefined && 'file' in place) {
          return place.line === undefined ? place.file : `${place.file}:${place.line}`;
        }
        if (place === undefined || tree === undefined || source === undefined) return d.file;
        const { line } = source.position(locate(tree, place.path, place.part).start);
        return `${source.file}:${line}`;
      },
      written: (): string | undefined => {
        if (span === undefined || source === undefined) return undefined;
        const text = source.text.slice(span.start, span.end);
        return text === '' ? undefined : text;
      },
    };
    return {
      ...rest,
      ...(span === undefined ? {} : { span }),
      message: fillMarkers(d.message, fill),
      ...(d.hint === undefined ? {} : { hint: fillMarkers(d.hint, fill) }),
      ...(d.params === undefined ? {} : { params: fillParams(d.params, fill) }),
    };
  });
}

function fillParams(
  params: Readonly<Record<string, DiagnosticParam>>,
  fill: Parameters<typeof fillMarkers>[1],
): Record<string, DiagnosticParam> {
  const out: Record<string, DiagnosticParam> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'string' ? fillMarkers(value, fill) : value;
  }
  return out;
}

/** The 1-based line of the node at `path` in document `index` of a text. */
export function lineOfNode(
  source: SourceText,
  index: number,
  path: DataPath,
  part: PathPart,
): number {
  const tree = parseTrees(source.text)[index];
  if (tree === undefined) return 1;
  return source.position(locate(tree, path, part).start).line;
}
