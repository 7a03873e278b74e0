import { realpathSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { runChecks } from '../check/index.js';
import { noteInputs } from '../load/run-inputs.js';
import type { ReferencedKind } from '../model/references.js';
import type { TypedDocument, TypedDocumentOf } from '../model/typed-document.js';
import type { CouncilTree } from './council-tree.js';
import { blocksInputs, type InputKind, type ResolvedInputs } from './input-kinds.js';
import { DocumentRegistry } from './document-registry.js';
import { Project } from './project.js';
import { firstOf, readTreeFile, validated, type LookUp } from './tree-file.js';

/** The documents of a kind in a file, and the way to what each needs, found the quick way. */
export interface QuickInputs<K extends InputKind> {
  /** The valid documents of the kind in the file, in order. */
  readonly documents: readonly TypedDocumentOf<K>[];
  /** For the document chosen among them: its council, measure and directive, when all is clean. */
  readonly resolve: (document: TypedDocumentOf<K>) => Promise<ResolvedInputs | undefined>;
}

/**
 * The quick way to what a tally needs, for the usual case where nothing is
 * wrong: `tally` holds the whole tree as one project and runs every check
 * over it, but a clean roll call needs only its own file, its council, its
 * measure and that measure's directive — each the first document of
 * its id in path order, valid, as in the project, the file's own documents first.
 * The tree's are looked up through its index (see TreeReferences), and only
 * those documents are schema-checked.
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
  tree: CouncilTree,
  options: { readonly cwd: string; readonly maxFileSize: number },
): Promise<QuickInputs<K> | undefined> {
  let own: string;
  try {
    own = realpathSync(resolvePath(options.cwd, file));
  } catch {
    return undefined;
  }
  noteInputs([own]);
  const read = await readTreeFile(own, file, options.maxFileSize);
  const ownDocuments = read.documents;
  if (ownDocuments === undefined) return undefined;
  const references = tree.references(own);
  /** The first document of a kind and id in path order (see LookUp): the file's own, then the tree's. */
  const first = async <R extends ReferencedKind>(kind: R, id: string): Promise<LookUp<R>> => {
    const mine = firstOf(ownDocuments, kind, id);
    return mine === undefined ? references.first(kind, id) : mine;
  };

  // The roll call's own file: every document in it, all valid.
  const valid: TypedDocument[] = [];
  for (const candidate of ownDocuments) {
    const typed = validated(candidate);
    if (typed === null) return undefined;
    valid.push(typed);
  }
  const documents = valid.filter((d): d is TypedDocumentOf<K> => d.kind === kind);
  if (documents.length === 0) return undefined;

  const resolveFrom = async (chosen: TypedDocumentOf<K>): Promise<ResolvedInputs | undefined> => {
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
    const found = [council, measure, directive].filter((d) => d !== undefined);
    const project = new Project([...valid, council], DocumentRegistry.of(found));
    if (runChecks(project).some((d) => blocksInputs(d, document))) return undefined;
    return {
      council,
      ...(measure === undefined ? {} : { measure }),
      ...(directive === undefined ? {} : { directive }),
    };
  };
  const resolve = async (chosen: TypedDocumentOf<K>): Promise<ResolvedInputs | undefined> => {
    try {
      return await resolveFrom(chosen);
    } finally {
      references.close();
    }
  };
  return { documents, resolve };
}
