import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { findCouncilFolder, firstCouncilFile, isCouncilFile } from '../load/council-folder.js';
import { walkPaths } from '../load/walk.js';
import { scaffoldFiles, type ScaffoldFile } from './templates.js';

/** What `init` does with one file of the scaffold. */
export type ScaffoldStep =
  /** Nothing is at its path: write it. */
  | { readonly kind: 'write'; readonly file: ScaffoldFile }
  /** Something is at its path already, which is never touched. */
  | { readonly kind: 'exists'; readonly file: ScaffoldFile }
  /** An example about the made-up council, where a council is already. */
  | { readonly kind: 'council-here'; readonly file: ScaffoldFile };

export interface ScaffoldPlan {
  /**
   * The files (absolute paths) holding the council the folder belongs to:
   * in a folder above it, as `tally` finds a council, or anywhere in it, as
   * `validate` finds documents. Empty for a folder that holds no council.
   */
  readonly councilFiles: readonly string[];
  /** One step for every file of the scaffold, in the scaffold's order. */
  readonly steps: readonly ScaffoldStep[];
}

/**
 * What `init` writes into the folder `root` (which exists). A file whose
 * path is taken is left alone. Where a council is already, the examples
 * are left out, for they describe a made-up council that every one of them
 * refers to: the folder keeps validating as it did, and gains only what
 * serves any council (the schemas, the CI workflow, the pre-commit
 * configuration).
 */
export function planScaffold(root: string, version: string, maxFileSize: number): ScaffoldPlan {
  const councilFiles = councilFilesFor(root, maxFileSize);
  const steps = scaffoldFiles(version).map((file): ScaffoldStep => {
    if (isTaken(join(root, file.path))) return { kind: 'exists', file };
    if (file.example === true && councilFiles.length > 0) return { kind: 'council-here', file };
    return { kind: 'write', file };
  });
  return { councilFiles, steps };
}

function councilFilesFor(root: string, maxFileSize: number): string[] {
  const found: string[] = [];
  const governing = findCouncilFolder(root, maxFileSize);
  if (governing !== undefined && governing !== root) {
    const file = firstCouncilFile(governing, maxFileSize);
    if (file !== undefined) found.push(file);
  }
  const walked = walkPaths(['.'], root);
  walked.files.forEach((file, i) => {
    const real = walked.paths[i];
    if (real !== undefined && isCouncilFile(real, maxFileSize)) found.push(join(root, file));
  });
  return found;
}

/** Whether anything (a file, a folder, a dangling link) is at the path, or it cannot be told. */
function isTaken(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code !== 'ENOENT';
  }
}
