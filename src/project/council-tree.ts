import { relative, resolve } from 'node:path';
import { err, ok, type Result } from '../basics/result.js';
import { runChecks } from '../check/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { COUNCIL_KIND, isFolder } from '../load/council-folder.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import { findDataRoot, type DataRoot } from './data-root.js';
import { DocumentRegistry } from './document-registry.js';
import { loadProject, type LoadedProject, type LoadOptions } from './load-project.js';
import { Project } from './project.js';
import { TreeReferences, type TreeOptions } from './tree-references.js';

export interface CouncilTreeOptions extends TreeOptions {
  /** The folder to find the council in (`--data`); by default the nearest one upwards holding it. */
  readonly data?: string | undefined;
}

/**
 * A council's folder, and the way to its documents: the one look-up of
 * "the council, measure and directive for this file" that `tally`, `whip`,
 * `roll-call`, `import` and `export` share.
 */
export interface CouncilTree {
  /** The folder: `--data` as given, or the folder found (relative to the working folder, as files are shown). */
  readonly dataDir: string;
  /**
   * The documents of the folder's tree by kind and id, as a walk of the
   * whole tree finds them, through the folder's look-up index when it can be
   * believed (see TreeReferences). `own` is the real path of a file the
   * caller looks in itself, passed over here.
   */
  references(own?: string): TreeReferences;
}

/**
 * The council's folder for a file or folder (`start`): the folder given with
 * `--data`, else the nearest one from `start` upwards holding a council file
 * (see findDataRoot). The error is the sentence to show (exit 2); `from`
 * says where the search started, `hint` what else the user can do.
 */
export function openCouncilTree(
  start: string,
  options: CouncilTreeOptions,
  words: { readonly from: string; readonly hint?: string },
): Result<CouncilTree, string> {
  if (options.data !== undefined) {
    if (!isFolder(resolve(options.cwd, options.data))) {
      return err(`--data ${options.data}: no such folder`);
    }
    return ok(councilTree(options.data, undefined, options));
  }
  const root = findDataRoot(resolve(options.cwd, start), options.maxFileSize, options);
  if (root.folder === undefined) {
    return err(
      `no council found: no folder from ${words.from} upwards holds a file with \`kind: council\`; ` +
        `say where it is with --data DIR${words.hint === undefined ? '' : ` ${words.hint}`}`,
    );
  }
  return ok(councilTree(relative(options.cwd, root.folder) || '.', root, options));
}

function councilTree(
  dataDir: string,
  root: DataRoot | undefined,
  options: TreeOptions,
): CouncilTree {
  return {
    dataDir,
    references: (own) => new TreeReferences(dataDir, own, options, root),
  };
}

/** Which council a command works for, among the councils of a tree. */
export type CouncilChoice =
  | { readonly kind: 'chosen'; readonly council: TypedDocumentOf<'council'> }
  /** The tree holds no council. */
  | { readonly kind: 'none' }
  /** Several, and none was named: their ids. */
  | { readonly kind: 'several'; readonly ids: readonly string[] }
  /** None of the id named: the ids there are. */
  | { readonly kind: 'unknown'; readonly id: string; readonly ids: readonly string[] };

/**
 * The council named by `--council ID` (the first valid one of that id in
 * path order), or else the only council there is. `councils` are the valid
 * councils of the tree in path order.
 */
export function chooseCouncil(
  councils: readonly TypedDocumentOf<'council'>[],
  id: string | undefined,
): CouncilChoice {
  const ids = [...new Set(councils.map((c) => c.value.id))];
  const chosen =
    id === undefined
      ? ids.length === 1
        ? councils[0]
        : undefined
      : councils.find((c) => c.value.id === id);
  if (chosen !== undefined) return { kind: 'chosen', council: chosen };
  if (ids.length === 0) return { kind: 'none' };
  return id === undefined ? { kind: 'several', ids } : { kind: 'unknown', id, ids };
}

/**
 * The council chosen the quick way, through the tree's look-ups (see
 * TreeReferences): when it is found clean (a council file of one document,
 * without errors of its own), or when several are there and none is named.
 * Undefined when the whole tree must be read to choose it or to explain why
 * there is none (see loadCouncilTree).
 */
export async function chooseCouncilQuickly(
  references: TreeReferences,
  councilId: string | undefined,
): Promise<CouncilChoice | undefined> {
  const councils =
    councilId === undefined
      ? await references.councils()
      : [await references.first('council', councilId)];
  if (councils === null || councils.some((c) => c === null || c === undefined)) return undefined;
  const choice = chooseCouncil(
    councils.filter((c) => c !== null && c !== undefined),
    councilId,
  );
  if (choice.kind === 'several') return choice;
  if (choice.kind !== 'chosen' || choice.council.doc.count !== 1) return undefined;
  const council = choice.council;
  const own = runChecks(new Project([council], DocumentRegistry.of([council])));
  return own.some((d) => d.severity === 'error') ? undefined : choice;
}

/** A council's folder read whole: the council chosen in it, or why none is. */
export interface LoadedCouncilTree {
  readonly loaded: LoadedProject;
  readonly choice: CouncilChoice;
  /**
   * The errors that stop a command: those of the chosen council's file, or,
   * when none is chosen for want of a valid one, of every file that says
   * `kind: council`.
   */
  readonly errors: readonly Diagnostic[];
}

/**
 * The whole-tree way to a council: every file of the folder read and
 * checked, the council chosen as chooseCouncil does, and the errors that
 * explain what is wrong with it. Failures of the walk are in `loaded`.
 */
export async function loadCouncilTree(
  dataDir: string,
  councilId: string | undefined,
  options: LoadOptions,
): Promise<LoadedCouncilTree> {
  const loaded = await loadProject([dataDir], options);
  const councils = loaded.project.ofKind('council');
  const choice = chooseCouncil(councils, councilId);
  const all = [...loaded.diagnostics, ...runChecks(loaded.project)];
  const inFile =
    choice.kind === 'chosen'
      ? (file: string) => file === choice.council.doc.source.file
      : (file: string) =>
          choice.kind === 'none' && COUNCIL_KIND.test(loaded.sources.get(file)?.text ?? '');
  const errors = all.filter((d) => d.severity === 'error' && inFile(d.file));
  return { loaded, choice, errors };
}
