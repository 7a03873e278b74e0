import type { Check } from '../check/check.js';
import { CHECKS, runChecks } from '../check/index.js';
import { uniqueIdsCheck } from '../check/unique-ids.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceText } from '../diagnostics/source-text.js';
import type { TypedDocument, TypedDocumentOf } from '../model/typed-document.js';
import { typedDocuments, type CheckedDocument } from './check-file.js';
import { Project, type ReferenceIndex } from './project.js';

/** The valid documents of one file, with its text: what a thread needs to check them. */
export interface FileDocuments {
  readonly file: string;
  readonly text: string;
  readonly documents: readonly CheckedDocument[];
}

/**
 * Every cross-file check but unique-ids, which needs every id in path order
 * and runs where the files are put in order (see validate-files.ts). It
 * comes first in CHECKS, so for any one document its findings come first,
 * as in runChecks.
 */
const CHECKS_BY_DOCUMENT: readonly Check[] = CHECKS.filter((check) => check !== uniqueIdsCheck);

/**
 * The councils, directives and ordinances other documents refer to, filled
 * in path order with the first document of each id: once an id is known, no
 * later file can change what it refers to, so a document whose references
 * are all known can be checked at once, as it would be over the whole project.
 */
export class References implements ReferenceIndex {
  readonly councils = new Map<string, TypedDocumentOf<'council'>>();
  readonly directives = new Map<string, TypedDocumentOf<'directive'>>();
  readonly ordinances = new Map<string, TypedDocumentOf<'ordinance'>>();

  /** Adds documents (councils, directives, ordinances; others are ignored), first of each id first. */
  add(files: readonly FileDocuments[]): void {
    for (const file of files) {
      for (const document of typedDocuments(new SourceText(file.file, file.text), file.documents)) {
        switch (document.kind) {
          case 'council':
            if (!this.councils.has(document.value.id))
              this.councils.set(document.value.id, document);
            break;
          case 'directive':
            if (!this.directives.has(document.value.id)) {
              this.directives.set(document.value.id, document);
            }
            break;
          case 'ordinance':
            if (!this.ordinances.has(document.value.id)) {
              this.ordinances.set(document.value.id, document);
            }
            break;
          case 'roll-call':
          case 'whip-count':
            break;
        }
      }
    }
  }

  /** Whether everything the document refers to is known (and so will not change). */
  resolves(document: CheckedDocument): boolean {
    const refs = document.refers;
    switch (document.kind) {
      case 'council':
        return true;
      case 'directive':
        return this.councils.has(refs[0] ?? '');
      case 'ordinance':
        return (
          this.councils.has(refs[0] ?? '') &&
          (refs[1] === undefined || this.directives.has(refs[1]))
        );
      case 'roll-call':
      case 'whip-count':
        return (
          this.councils.has(refs[0] ?? '') &&
          (refs[1] === undefined || this.ordinances.has(refs[1]))
        );
    }
  }
}

/** Whether documents of this kind are referred to by others. */
export function isReferenced(kind: TypedDocument['kind']): boolean {
  return kind === 'council' || kind === 'directive' || kind === 'ordinance';
}

/**
 * Runs the cross-file checks (all but unique-ids) on the documents of some
 * files against the references: the diagnostics of each file, in order. The
 * files are checked together, as one view of the project: each check sees
 * their documents in order, as it would over the whole project. Needs the
 * yaml runtime when there is something to report.
 */
export function checkAcrossFiles(
  files: readonly FileDocuments[],
  references: ReferenceIndex,
): Diagnostic[][] {
  if (files.length === 0) return [];
  const documents = files.flatMap((file) =>
    typedDocuments(new SourceText(file.file, file.text), file.documents),
  );
  const found = runChecks(new Project(documents, references), CHECKS_BY_DOCUMENT);
  const byFile = new Map(files.map((file): [string, Diagnostic[]] => [file.file, []]));
  for (const diagnostic of found) byFile.get(diagnostic.file)?.push(diagnostic);
  return files.map((file) => byFile.get(file.file) ?? []);
}
