import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { runChecks } from '../check/index.js';
import type { ResolvedDiagnostic } from '../diagnostics/diagnostic.js';
import { findCouncilFolder, isFolder } from '../load/council-folder.js';
import type { Council } from '../model/council.js';
import type { Ordinance } from '../model/ordinance.js';
import { loadProject, type LoadedProject } from '../project/load-project.js';
import { placeFindings } from '../report/place-findings.js';
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
}

const YAML_FILE = /\.ya?ml$/i;
const COUNCIL_KIND = /^kind:[ \t]*(["']?)council\1[ \t]*(#.*)?$/m;

/**
 * Finds the council (and the measure, when one is named) for `roll-call`:
 * the one place that looks, so that it can be moved onto an archive index.
 *
 * The council is in the folder given with `--data`, or in the nearest folder
 * from the roll call's own folder upwards that holds a `kind: council` file
 * (as `tally` finds it). Only that folder's own YAML files are read, and only
 * those that say `kind: council`; a `--data` folder with none is read whole.
 * The measure is looked for first where archives keep it
 * (`ordinances/ID.yaml`), then in the whole folder. Throws UsageError for
 * what the flags got wrong.
 */
export async function findRollCallInputs(options: FindOptions): Promise<FoundInputs> {
  const dataDir = findDataDir(options);
  const shown = (path: string): string => relative(options.cwd, path) || '.';
  const councilFiles = councilCandidates(dataDir, options.maxFileSize);
  const measureFiles =
    options.measure === undefined ? [] : conventionalMeasureFiles(dataDir, options.measure);
  let loaded = await load(
    councilFiles.length > 0 ? [...councilFiles, ...measureFiles] : [dataDir],
    options,
  );

  const councils = loaded.project.ofKind('council');
  const councilIds = councils.map((c) => c.value.id);
  const chosen =
    options.council === undefined
      ? councils.length === 1
        ? councils[0]
        : undefined
      : loaded.project.find('council', options.council);
  if (chosen === undefined) {
    const errors = await councilFileErrors(loaded, undefined);
    if (errors.length > 0 && councils.length === 0) return { ok: false, errors };
    if (councils.length === 0) {
      throw new UsageError(
        `no council found in ${shown(dataDir)}; say where it is with --data DIR`,
      );
    }
    throw new UsageError(
      options.council === undefined
        ? `${shown(dataDir)} holds ${councils.length} councils; choose one with --council (${councilIds.join(', ')})`
        : `no council "${options.council}" in ${shown(dataDir)}; it holds ${councilIds.join(', ')}`,
    );
  }
  const errors = await councilFileErrors(loaded, chosen.doc.source.file);
  if (errors.length > 0) return { ok: false, errors };

  let measure: Ordinance | null = null;
  if (options.measure !== undefined) {
    let found = loaded.project.find('ordinance', options.measure);
    if (found === undefined && councilFiles.length > 0) {
      loaded = await load([dataDir], options);
      found = loaded.project.find('ordinance', options.measure);
    }
    if (found === undefined) {
      throw new UsageError(
        `--measure ${options.measure}: no ordinance or resolution with that id under ${shown(dataDir)}; ` +
          'add its file first, or leave --measure out and describe the vote with --motion',
      );
    }
    if (found.value.council !== chosen.value.id) {
      throw new UsageError(
        `--measure ${options.measure}: it belongs to the council ${found.value.council}, not ${chosen.value.id}`,
      );
    }
    measure = found.value;
  }
  return { ok: true, value: { council: chosen.value, dataDir, measure } };
}

function findDataDir(options: FindOptions): string {
  if (options.data !== undefined) {
    const dir = resolve(options.cwd, options.data);
    if (!isFolder(dir)) throw new UsageError(`--data ${options.data}: no such folder`);
    return dir;
  }
  const found = findCouncilFolder(dirname(options.output), options.maxFileSize);
  if (found === undefined) {
    throw new UsageError(
      `no council found: no folder from ${relative(options.cwd, dirname(options.output)) || '.'} upwards ` +
        'holds a file with `kind: council`; say where it is with --data DIR',
    );
  }
  return found;
}

/** The folder's own YAML files that say `kind: council`, in name order. */
function councilCandidates(folder: string, maxFileSize: number): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => YAML_FILE.test(name) && !name.startsWith('.'))
    .sort()
    .map((name) => join(folder, name))
    .filter((path) => {
      try {
        const stat = statSync(path);
        return (
          stat.isFile() && stat.size <= maxFileSize && COUNCIL_KIND.test(readFileSync(path, 'utf8'))
        );
      } catch {
        return false;
      }
    });
}

/** Where archives usually keep a measure's file. */
function conventionalMeasureFiles(dataDir: string, measure: string): string[] {
  if (!/^[\w.-]+$/.test(measure) || measure.startsWith('.')) return [];
  return ['yaml', 'yml']
    .map((ext) => join(dataDir, 'ordinances', `${measure}.${ext}`))
    .filter((path) => existsSync(path));
}

async function load(paths: readonly string[], options: FindOptions): Promise<LoadedProject> {
  const loaded = await loadProject(
    paths.map((p) => relative(options.cwd, p) || '.'),
    { cwd: options.cwd, maxFileSize: options.maxFileSize },
  );
  if (loaded.failures.length > 0) throw new UsageError(loaded.failures.join('\n'));
  return loaded;
}

/** The errors in a council's file (every file read, when no council was found), positioned. */
async function councilFileErrors(
  loaded: LoadedProject,
  file: string | undefined,
): Promise<ResolvedDiagnostic[]> {
  const all = [...loaded.diagnostics, ...runChecks(loaded.project)];
  const errors = all.filter(
    (d) =>
      d.severity === 'error' &&
      (file === undefined ? isCouncilFile(loaded, d.file) : d.file === file),
  );
  const placed: ResolvedDiagnostic[] = [];
  for (const name of [...new Set(errors.map((d) => d.file))].sort()) {
    const inFile = errors.filter((d) => d.file === name);
    placed.push(...(await placeFindings(inFile, loaded.sources.get(name))));
  }
  return placed;
}

function isCouncilFile(loaded: LoadedProject, file: string): boolean {
  const source = loaded.sources.get(file);
  return source !== undefined && COUNCIL_KIND.test(source.text);
}
