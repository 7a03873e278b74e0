import { CHECKS, runChecks } from '../check/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceText } from '../diagnostics/source-text.js';
import type { DocumentIndex } from '../model/references.js';
import type { TypedDocument } from '../model/typed-document.js';
import { typedDocuments, type CheckedDocument } from './check-file.js';
import { Project } from './project.js';

/** The valid documents of one file, with its text: what a thread needs to check them. */
export interface FileDocuments {
  readonly file: string;
  readonly text: string;
  readonly documents: readonly CheckedDocument[];
}

/** The typed documents of some files, in order (a promise only while the yaml library loads). */
export async function documentsOfFiles(files: readonly FileDocuments[]): Promise<TypedDocument[]> {
  const documents: TypedDocument[] = [];
  for (const file of files) {
    const typed = typedDocuments(new SourceText(file.file, file.text), file.documents);
    documents.push(...(typed instanceof Promise ? await typed : typed));
  }
  return documents;
}

/**
 * Runs the checks of documents against their references (CHECKS; the
 * ordered checks run where the files are put in order, see
 * validate-files.ts) on the documents of some
 * files, following their references in `index`: the findings of each file,
 * in order. The files are checked together, as one view of the project:
 * each check sees their documents in order, as it would over the whole.
 */
export async function checkAcrossFiles(
  files: readonly FileDocuments[],
  index: DocumentIndex,
): Promise<Diagnostic[][]> {
  if (files.length === 0) return [];
  const documents = await documentsOfFiles(files);
  const found = runChecks(new Project(documents, index), CHECKS);
  const byFile = new Map(files.map((file): [string, Diagnostic[]] => [file.file, []]));
  for (const diagnostic of found) byFile.get(diagnostic.file)?.push(diagnostic);
  return files.map((file) => byFile.get(file.file) ?? []);
}
