import { runChecks } from '../check/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceText } from '../diagnostics/source-text.js';
import { parseSource } from '../load/parse-source.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import { readSourceFile } from '../load/read.js';
import { walkPaths } from '../load/walk.js';
import { withoutLoading, withYamlRuntime } from '../load/yaml-runtime.js';
import type { Kind } from '../model/common.js';
import type { TypedDocument, TypedDocumentOf } from '../model/typed-document.js';
import { validateDocument } from '../schema/validate-document.js';
import { Project } from './project.js';

/** What a tally is computed from, and the documents it was found in. */
export interface TallyInputs {
  /** The valid roll calls of the file, in order. */
  readonly rollCalls: readonly TypedDocumentOf<'roll-call'>[];
  /** For the roll call chosen among them: its council, measure and directive, when clean. */
  readonly resolve: (rollCall: TypedDocumentOf<'roll-call'>) => Promise<ResolvedInputs | undefined>;
}

export interface ResolvedInputs {
  readonly council: TypedDocumentOf<'council'>;
  readonly measure?: TypedDocumentOf<'ordinance'>;
  readonly directive?: TypedDocumentOf<'directive'>;
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
 * measure and that measure's directive — each the first valid document of
 * its id in path order, as in the project. Files are read in path order
 * only as far as needed, parsed only when they may hold what is looked for,
 * and only those documents are schema-checked.
 *
 * Undefined, and the caller does it the whole-project way, at the first sign
 * of anything that could make the two ways differ or that needs the whole
 * project to be explained: a problem of any kind in the roll call's file or
 * its council's, a council file with more than one document, a measure not
 * found or of another council, standard input, or anything odd in the walk.
 */
export async function findTallyInputs(
  file: string,
  dataDir: string,
  options: { readonly cwd: string; readonly maxFileSize: number },
): Promise<TallyInputs | undefined> {
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
      const parse = (): ReturnType<typeof parseSource> => parseSource(source);
      const parsed = withoutLoading(parse)?.value ?? (await withYamlRuntime(parse));
      const clean =
        parsed.diagnostics.length === 0 &&
        parsed.documents.every((d) => d.diagnostics.length === 0);
      entry.documents = clean ? parsed.documents.map((doc) => ({ doc })) : null;
    }
    return entry.documents ?? undefined;
  };
  const validated = async (candidate: Candidate): Promise<TypedDocument | null> => {
    if (candidate.typed === undefined) {
      const validate = (): ReturnType<typeof validateDocument> => validateDocument(candidate.doc);
      const checked = withoutLoading(validate)?.value ?? (await withYamlRuntime(validate));
      candidate.typed = checked.diagnostics.length > 0 ? null : (checked.document ?? null);
    }
    return candidate.typed;
  };
  /**
   * The first valid document of a kind and id in path order; null when a
   * file on the way is not clean. A file whose text holds neither the id nor
   * a backslash cannot hold a document with that id (only an escape can
   * write a text without its characters in a row), and is not parsed.
   */
  const first = async <K extends Kind>(
    kind: K,
    id: string,
  ): Promise<TypedDocumentOf<K> | undefined | null> => {
    for (const entry of files) {
      const text = textOf(entry);
      if (text === undefined) return null;
      if (!text.includes(id) && !text.includes('\\')) continue;
      const documents = await documentsOf(entry);
      if (documents === undefined) return null;
      for (const candidate of documents) {
        const data = candidate.doc.data as { kind?: unknown; id?: unknown } | undefined;
        if (data?.kind !== kind || data.id !== id) continue;
        const typed = await validated(candidate);
        if (typed?.kind === kind) return typed as TypedDocumentOf<K>;
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
    const typed = await validated(candidate);
    if (typed === null) return undefined;
    own.push(typed);
  }
  const rollCalls = own.filter((d): d is TypedDocumentOf<'roll-call'> => d.kind === 'roll-call');
  if (rollCalls.length === 0) return undefined;

  const resolve = async (
    rollCall: TypedDocumentOf<'roll-call'>,
  ): Promise<ResolvedInputs | undefined> => {
    const council = await first('council', rollCall.value.council);
    if (council === undefined || council === null) return undefined;
    if (council.doc.source.file === file || council.doc.count !== 1) return undefined;
    const measureId = rollCall.value.measure;
    const measure = measureId === undefined ? undefined : await first('ordinance', measureId);
    if (measure === null || (measureId !== undefined && measure === undefined)) return undefined;
    if (measure !== undefined && measure.value.council !== rollCall.value.council) return undefined;
    const directiveId = measure?.value.directive;
    const directive = directiveId === undefined ? undefined : await first('directive', directiveId);
    if (directive === null) return undefined;

    // The checks of the roll call's file and its council's, against these
    // references: what the whole project's checks find there (see above).
    const project = new Project([...own, council], {
      councils: new Map([[council.value.id, council]]),
      ordinances: new Map(measure === undefined ? [] : [[measure.value.id, measure]]),
      directives: new Map(directive === undefined ? [] : [[directive.value.id, directive]]),
    });
    const check = (): Diagnostic[] => runChecks(project);
    const found = withoutLoading(check)?.value ?? (await withYamlRuntime(check));
    const blocking = found.some(
      (d) =>
        d.severity === 'error' &&
        !(
          d.code === 'tally/recorded-mismatch' &&
          d.file === file &&
          (d.document === undefined || d.document === rollCall.doc.index)
        ),
    );
    if (blocking) return undefined;
    return {
      council,
      ...(measure === undefined ? {} : { measure }),
      ...(directive === undefined ? {} : { directive }),
    };
  };
  return { rollCalls, resolve };
}
