import { runChecks } from '../check/index.js';
import type { SourceText } from '../diagnostics/source-text.js';
import { parseSource } from '../load/parse-source.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import { readSourceFile } from '../load/read.js';
import { walkPaths } from '../load/walk.js';
import type { ReferencedKind } from '../model/references.js';
import type { TypedDocument, TypedDocumentOf } from '../model/typed-document.js';
import { validateDocument } from '../schema/validate-document.js';
import { blocksInputs, type InputKind, type ResolvedInputs } from './input-kinds.js';
import { DocumentRegistry } from './document-registry.js';
import { Project } from './project.js';

/** The documents of a kind in a file, and the way to what each needs, found the quick way. */
export interface QuickInputs<K extends InputKind> {
  /** The valid documents of the kind in the file, in order. */
  readonly documents: readonly TypedDocumentOf<K>[];
  /** For the document chosen among them: its council, measure and directive, when all is clean. */
  readonly resolve: (document: TypedDocumentOf<K>) => Promise<ResolvedInputs | undefined>;
}

interface TreeFile {
  readonly display: string;
  readonly path: string;
  /** Its text once read; null when it could not be read as text. */
  text?: SourceText | null;
  /** Its documents once parsed; null when the file is not clean. */
  documents?: Candidate[] | null;
}

interface Candidate {
  readonly doc: ParsedDocument;
  /** The document validated: undefined until asked for, null when it fails its schema. */
  typed?: TypedDocument | null;
}

/**
 * The quick way to what a tally needs, for the usual case where nothing is
 * wrong: `tally` holds the whole tree as one project and runs every check
 * over it, but a clean roll call needs only its own file, its council, its
 * measure and that measure's directive — each the first document of its id
 * in path order, valid, as in the project. Files are read in path order
 * only as far as needed, parsed only when they may hold what is looked for,
 * and only those documents are schema-checked.
 *
 * Undefined, and the caller does it the whole-project way, at the first sign
 * of anything that could make the two ways differ or that needs the whole
 * project to be explained: a problem of any kind in the roll call's file or
 * its council's, a council file with more than one document, a measure not
 * found or of another council, standard input, or anything odd in the walk.
 */
export async function findInputsQuickly<K extends InputKind>(
  kind: K,
  file: string,
  dataDir: string,
  options: { readonly cwd: string; readonly maxFileSize: number },
): Promise<QuickInputs<K> | undefined> {
  const walked = walkPaths([file, dataDir], options.cwd);
  if (walked.failures.length > 0 || walked.diagnostics.length > 0) return undefined;
  if (walked.files[0] !== file) return undefined;

  /** The files in path order, each read and parsed when first needed. */
  const files: TreeFile[] = walked.files.map((display, i) => ({
    display,
    path: walked.paths[i] ?? display,
  }));
  const textOf = (entry: TreeFile): string | undefined => {
    if (entry.text === undefined) {
      const outcome = readSourceFile(entry.path, entry.display, options.maxFileSize);
      entry.text = outcome.kind === 'text' ? outcome.source : null;
    }
    return entry.text?.text;
  };
  /** The file's documents; undefined when the file is not clean. */
  const documentsOf = async (entry: TreeFile): Promise<Candidate[] | undefined> => {
    if (entry.documents === undefined) {
      const source = entry.text;
      if (source === undefined || source === null) return undefined;
      const parsed = await parseSource(source);
      const clean =
        parsed.diagnostics.length === 0 &&
        parsed.documents.every((d) => d.diagnostics.length === 0);
      entry.documents = clean ? parsed.documents.map((doc) => ({ doc })) : null;
    }
    return entry.documents ?? undefined;
  };
  const validated = (candidate: Candidate): TypedDocument | null => {
    if (candidate.typed === undefined) {
      const checked = validateDocument(candidate.doc);
      candidate.typed = checked.diagnostics.length > 0 ? null : (checked.document ?? null);
    }
    return candidate.typed;
  };
  /**
   * The first document of a kind and id in path order; null when it fails
   * its schema or a file on the way is not clean. A file whose text holds neither the id nor
   * a backslash cannot hold a document with that id (only an escape can
   * write a text without its characters in a row), and is not parsed.
   */
  const first = async <R extends ReferencedKind>(
    kind: R,
    id: string,
  ): Promise<TypedDocumentOf<R> | undefined | null> => {
    for (const entry of files) {
      const text = textOf(entry);
      if (text === undefined) return null;
      if (!text.includes(id) && !text.includes('\\')) continue;
      const documents = await documentsOf(entry);
      if (documents === undefined) return null;
      for (const candidate of documents) {
        const data = candidate.doc.data as { kind?: unknown; id?: unknown } | undefined;
        if (data?.kind !== kind || data.id !== id) continue;
        // the first of the id is what it names, and one with errors needs explaining
        const typed = validated(candidate);
        return typed?.kind === kind ? (typed as TypedDocumentOf<R>) : null;
      }
    }
    return undefined;
  };

  // The roll call's own file: every document in it, all valid.
  const ownFile = files[0];
  if (ownFile === undefined || textOf(ownFile) === undefined) return undefined;
  const ownDocuments = await documentsOf(ownFile);
  if (ownDocuments === undefined) return undefined;
  const own: TypedDocument[] = [];
  for (const candidate of ownDocuments) {
    const typed = validated(candidate);
    if (typed === null) return undefined;
    own.push(typed);
  }
  const documents = own.filter((d): d is TypedDocumentOf<K> => d.kind === kind);
  if (documents.length === 0) return undefined;

  const resolve = async (chosen: TypedDocumentOf<K>): Promise<ResolvedInputs | undefined> => {
    const document: TypedDocumentOf<InputKind> = chosen;
    const council = await first('council', document.value.council);
    if (council === undefined || council === null) return undefined;
    if (council.doc.source.file === file || council.doc.count !== 1) return undefined;
    const measureId = document.value.measure;
    const measure = measureId === undefined ? undefined : await first('ordinance', measureId);
    if (measure === null || (measureId !== undefined && measure === undefined)) return undefined;
    if (measure !== undefined && measure.value.council !== document.value.council) return undefined;
    const directiveId = measure?.value.directive;
    const directive = directiveId === undefined ? undefined : await first('directive', directiveId);
    if (directive === null) return undefined;

    // The checks of the roll call's file and its council's, against these
    // references: what the whole project's checks find there (see above).
    const references = [council, measure, directive].filter((d) => d !== undefined);
    const project = new Project([...own, council], DocumentRegistry.of(references));
    const found = runChecks(project);
    if (found.some((d) => blocksInputs(d, document))) return undefined;
    return {
      council,
      ...(measure === undefined ? {} : { measure }),
      ...(directive === undefined ? {} : { directive }),
    };
  };
  return { documents, resolve };
}
