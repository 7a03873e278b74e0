import { InvariantError } from '../basics/assert.js';
import { runChecks } from '../check/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceText } from '../diagnostics/source-text.js';
import type { DocumentIndex } from '../model/references.js';
import type { TypedDocument } from '../model/typed-document.js';
import { checkReadOutcome, typedDocuments } from '../project/check-file.js';
import { DocumentRegistry } from '../project/document-registry.js';
import { Project } from '../project/project.js';

/** A file an import is about to write: where, its text, and the data it must hold. */
export interface PlannedFile {
  /** The path as shown to the user (and written). */
  readonly path: string;
  readonly text: string;
  /** The model the text was rendered from: reading the text must give exactly this. */
  readonly data: unknown;
}

export interface OutputCheck {
  /** Errors in the planned files: any one stops the import. */
  readonly errors: readonly Diagnostic[];
  /** Recorded results that disagree with the rule: reported, not stopping. */
  readonly mismatches: readonly Diagnostic[];
  readonly warnings: readonly Diagnostic[];
  /** The planned files' texts, for line:column. */
  readonly sources: ReadonlyMap<string, SourceText>;
  /** The documents of the planned files, as `validate` reads them. */
  readonly documents: readonly TypedDocument[];
}

/**
 * Checks the files an import would write as `overrule validate` would check
 * them among the archive's: YAML, schema, then every cross-file check, with
 * the archive's council, ordinances and directives as references (or the
 * planned council, when the import makes one). Reading each text back must
 * give the data it was made from; anything else is a bug in the renderer.
 */
export async function checkPlannedFiles(
  planned: readonly PlannedFile[],
  archive: DocumentIndex,
): Promise<OutputCheck> {
  const sources = new Map<string, SourceText>();
  const documents: TypedDocument[] = [];
  const found: Diagnostic[] = [];
  for (const file of planned) {
    const source = new SourceText(file.path, file.text);
    sources.set(file.path, source);
    const check = await checkReadOutcome(file.path, { kind: 'text', source });
    if (check.kind === 'io') throw new InvariantError(`${file.path}: read as I/O`);
    found.push(...check.diagnostics);
    // a document with schema errors is not the data it was made from: its errors say why
    const valid = check.documents.filter((d) => d.damaged === undefined);
    const typed = await typedDocuments(source, valid);
    for (const document of typed) {
      if (!sameData(document.value, file.data)) {
        throw new InvariantError(
          `${file.path}: the text does not read back as the data it was made from`,
        );
      }
    }
    documents.push(...typed);
  }
  // a planned council stands in for the archive's of the same id
  const plannedCouncils = DocumentRegistry.of(documents.filter((d) => d.kind === 'council'));
  const index: DocumentIndex = {
    find: (kind, id) => plannedCouncils.find(kind, id) ?? archive.find(kind, id),
    ids: (kind) => [...new Set([...plannedCouncils.ids(kind), ...archive.ids(kind)])],
  };
  const checked = runChecks(new Project(documents, index));
  found.push(...checked.filter((d) => sources.has(d.file)));
  return {
    errors: found.filter((d) => d.severity === 'error' && d.code !== 'tally/recorded-mismatch'),
    mismatches: found.filter((d) => d.code === 'tally/recorded-mismatch'),
    warnings: found.filter((d) => d.severity === 'warning'),
    sources,
    documents,
  };
}

/**
 * Whether a document's data is the model it was rendered from: the same
 * values, whatever the key order or prototype; a key whose value is
 * undefined in the model is absent from the text.
 */
export function sameData(read: unknown, model: unknown): boolean {
  if (Array.isArray(read) || Array.isArray(model)) {
    return (
      Array.isArray(read) &&
      Array.isArray(model) &&
      read.length === model.length &&
      read.every((item, index) => sameData(item, model[index]))
    );
  }
  if (typeof read === 'object' && read !== null && typeof model === 'object' && model !== null) {
    const readKeys = Object.keys(read);
    const modelEntries = Object.entries(model).filter(([, v]) => v !== undefined);
    return (
      readKeys.length === modelEntries.length &&
      modelEntries.every(
        ([key, value]) =>
          Object.hasOwn(read, key) && sameData((read as Record<string, unknown>)[key], value),
      )
    );
  }
  return read === model;
}
