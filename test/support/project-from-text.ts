import { SourceText } from '../../src/diagnostics/source-text.js';
import { resolveDiagnostic } from '../../src/diagnostics/source-text.js';
import { placeDiagnosticsIn } from '../../src/load/positions.js';
import type { Check, OrderedCheck } from '../../src/check/check.js';
import { runChecks } from '../../src/check/index.js';
import { parseSourceText } from '../../src/load/parse.js';
import type { TypedDocument } from '../../src/model/typed-document.js';
import { Project } from '../../src/project/project.js';

/**
 * A project built from YAML texts by file name, without the schema: each
 * document's data is taken as its kind's type. For check tests, whose inputs
 * are valid documents by construction.
 */
export function projectFromText(files: Readonly<Record<string, string>>): {
  project: Project;
  sources: Map<string, SourceText>;
} {
  const documents: TypedDocument[] = [];
  const sources = new Map<string, SourceText>();
  for (const [file, text] of Object.entries(files)) {
    const source = new SourceText(file, text);
    sources.set(file, source);
    const parsed = parseSourceText(source);
    for (const doc of parsed.documents) {
      if (doc.diagnostics.some((d) => d.severity === 'error')) {
        throw new Error(`${file}: test input does not parse: ${doc.diagnostics[0]?.message ?? ''}`);
      }
      const data = doc.data as { kind: TypedDocument['kind'] };
      documents.push({ kind: data.kind, value: data, doc } as unknown as TypedDocument);
    }
  }
  return { project: new Project(documents), sources };
}

/** A finding reduced to what check tests assert: code, severity and `file:line:column`. */
export interface Finding {
  readonly code: string;
  readonly severity: string;
  readonly at: string;
  readonly message: string;
  readonly hint: string | undefined;
}

/** Runs checks (one, or all) over YAML texts and returns their findings with positions. */
export function findingsOf(
  files: Readonly<Record<string, string>>,
  checks?: Check | OrderedCheck | readonly (Check | OrderedCheck)[],
): Finding[] {
  const { project, sources } = projectFromText(files);
  const list: readonly (Check | OrderedCheck)[] | undefined =
    checks === undefined ? undefined : 'name' in checks ? [checks] : checks;
  const found = runChecks(project, list);
  const diagnostics = found.map((d) => placeDiagnosticsIn(sources.get(d.file), [d])[0] ?? d);
  return diagnostics.map((d) => {
    const r = resolveDiagnostic(d, sources);
    return {
      code: d.code,
      severity: d.severity,
      at: `${d.file}:${String(r.line)}:${String(r.column)}`,
      message: d.message,
      hint: d.hint,
    };
  });
}
