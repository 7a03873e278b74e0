import { dirname, relative, resolve } from 'node:path';
import type { Diagnostic, ResolvedDiagnostic } from '../diagnostics/diagnostic.js';
import type { SourceText } from '../diagnostics/source-text.js';
import type { Council } from '../model/council.js';
import type { Ordinance } from '../model/ordinance.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import { chooseCouncilQuickly, loadCouncilTree, openCouncilTree } from '../project/council-tree.js';
import type { IndexOptions } from '../project/lookup-index.js';
import { placeFindings } from '../report/place-findings.js';
import { chosenCouncil } from './council-choice.js';
import { UsageError } from './errors.js';

/** What a roll call is recorded against. */
export interface RollCallInputs {
  readonly council: Council;
  /** The folder the council was found in. */
  readonly dataDir: string;
  readonly measure: Ordinance | null;
}

export type FoundInputs =
  | { readonly ok: true; readonly value: RollCallInputs }
  /** The council's file has errors: the roll call cannot be recorded against it (exit 1). */
  | { readonly ok: false; readonly errors: readonly ResolvedDiagnostic[] };

export interface FindOptions {
  readonly cwd: string;
  /** The roll call's file (absolute): its council is searched for from its folder upwards. */
  readonly output: string;
  readonly data?: string | undefined;
  readonly council?: string | undefined;
  readonly measure?: string | undefined;
  readonly maxFileSize: number;
  /** `--ignore` patterns: paths the walk of the council's folder leaves out. */
  readonly ignore?: readonly string[] | undefined;
  /** Use and keep the council folder's look-up index. */
  readonly index?: IndexOptions | undefined;
}

/**
 * Finds the council (and the measure, when one is named) for `roll-call`,
 * through the look-up `tally` uses (see openCouncilTree): the council is in
 * the folder given with `--data`, or in the nearest folder from the roll
 * call's own folder upwards that holds a `kind: council` file; `--council`
 * chooses among the councils of that folder's tree. The quick way (the
 * folder's index) is taken when the council is clean; otherwise the tree is
 * read whole, which explains what is wrong. Throws UsageError for what the
 * flags got wrong.
 */
export async function findRollCallInputs(options: FindOptions): Promise<FoundInputs> {
  const shown = (path: string): string => relative(options.cwd, resolve(options.cwd, path)) || '.';
  const ignore = options.ignore ?? [];
  const opened = openCouncilTree(
    dirname(options.output),
    { ...options, ignore },
    { from: shown(dirname(options.output)) },
  );
  if (!opened.ok) throw new UsageError(opened.error);
  const dataDir = resolve(options.cwd, opened.value.dataDir);
  const where = shown(dataDir);

  /** The inputs, once the council is chosen and the measure looked up. */
  const found = (
    council: TypedDocumentOf<'council'>,
    measure: TypedDocumentOf<'ordinance'> | undefined,
  ): FoundInputs => ({
    ok: true,
    value: {
      council: council.value,
      dataDir,
      measure: checkMeasure(measure, council, options, where),
    },
  });

  const references = opened.value.references();
  try {
    const quick = await chooseCouncilQuickly(references, options.council);
    if (quick !== undefined) {
      const council = chosenCouncil(quick, where);
      const measure =
        options.measure === undefined
          ? undefined
          : await references.first('ordinance', options.measure);
      if (measure !== null) return found(council, measure);
    }
  } finally {
    references.close();
  }

  const { loaded, choice, errors } = await loadCouncilTree(where, options.council, {
    cwd: options.cwd,
    maxFileSize: options.maxFileSize,
    ignore,
  });
  if (loaded.failures.length > 0) throw new UsageError(loaded.failures.join('\n'));
  if (errors.length > 0) return { ok: false, errors: await placeAll(errors, loaded.sources) };
  const measure =
    options.measure === undefined ? undefined : loaded.project.find('ordinance', options.measure);
  return found(chosenCouncil(choice, where), measure);
}

/** The measure `--measure` names, which must be the council's; null when none is named. */
function checkMeasure(
  found: TypedDocumentOf<'ordinance'> | undefined,
  council: TypedDocumentOf<'council'>,
  options: FindOptions,
  where: string,
): Ordinance | null {
  if (options.measure === undefined) return null;
  if (found === undefined) {
    throw new UsageError(
      `--measure ${options.measure}: no ordinance or resolution with that id under ${where}; ` +
        'add its file first, or leave --measure out and describe the vote with --motion',
    );
  }
  if (found.value.council !== council.value.id) {
    throw new UsageError(
      `--measure ${options.measure}: it belongs to the council ${found.value.council}, not ${council.value.id}`,
    );
  }
  return found.value;
}

/** Errors, positioned, file by file in name order. */
async function placeAll(
  errors: readonly Diagnostic[],
  sources: ReadonlyMap<string, SourceText>,
): Promise<ResolvedDiagnostic[]> {
  const placed: ResolvedDiagnostic[] = [];
  for (const name of [...new Set(errors.map((d) => d.file))].sort()) {
    const inFile = errors.filter((d) => d.file === name);
    placed.push(...(await placeFindings(inFile, sources.get(name))));
  }
  return placed;
}
