import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { FolderRules, IGNORE_FILE } from './ignore-rules.js';
import { describeFileKind, describeFsError, describeNotRegular } from './read.js';
import { noteInputs } from './run-inputs.js';

export interface WalkResult {
  /** YAML files found, in a stable order: arguments in order, folders sorted by name. */
  readonly files: readonly string[];
  /** The path to read each of `files` by: absolute, symbolic links resolved. */
  readonly paths: readonly string[];
  /** Problems in the tree worth reporting (symlink loops, links out of the tree, FIFOs). */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Paths that cannot be walked at all: missing, unreadable, holding no YAML,
   * or not a regular file nor a folder (a FIFO, a device): exit 2.
   */
  readonly failures: readonly string[];
}

const YAML_FILE = /\.ya?ml$/i;

export interface WalkOptions {
  /** Patterns (gitignore syntax) to leave out of every folder walked: `--ignore`. */
  readonly ignore?: readonly string[];
  /** Told of each folder walked, once its entries are read: for the look-up index. */
  readonly onFolder?: (folder: WalkedFolder) => void;
}

/** A folder a walk went through. */
export interface WalkedFolder {
  /** As the walk names it: a path given, or one under it. */
  readonly display: string;
  /** Whether it holds an ignore file, which the walk read. */
  readonly ignoreFile: boolean;
  /** How many files the walk had found before it: any file added to it comes after these. */
  readonly filesBefore: number;
}

/**
 * Finds the YAML files under the given paths. A file named explicitly is taken
 * whatever its extension; inside folders, dot-files, dot-folders,
 * node_modules and what ignore files and `--ignore` name (see FolderRules)
 * are skipped. Symbolic links are followed within the folder being
 * walked; a link back into a folder already on the path is reported once and
 * not followed, and a link leading outside the folder is skipped with a warning.
 * Only regular files are taken: a FIFO, socket or device named on the command
 * line is a failure, and one met in a folder (or behind a link) with a YAML
 * name is skipped with a warning; none is ever opened. The files found are
 * recorded as the run's inputs (see run-inputs.ts).
 */
export function walkPaths(
  paths: readonly string[],
  cwd: string,
  options: WalkOptions = {},
): WalkResult {
  const files: string[] = [];
  const realPaths: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const failures: string[] = [];
  const seenFiles = new Set<string>();
  const reportedLoops = new Set<string>();

  const addFile = (display: string, real: string): void => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(display);
    realPaths.push(real);
  };

  for (const given of paths) {
    const absolute = resolve(cwd, given);
    let real: string;
    let stat: Stats;
    try {
      real = realpathSync(absolute);
      stat = statSync(real);
    } catch (error) {
      failures.push(describeFsError(error, given));
      continue;
    }
    if (!stat.isDirectory()) {
      if (stat.isFile()) addFile(given, real);
      else failures.push(describeNotRegular(given, describeFileKind(stat)));
      continue;
    }
    const before = files.length;
    const failuresBefore = failures.length;
    const walkFolder = (
      display: string,
      realDir: string,
      ancestors: readonly string[],
      above: FolderRules,
      name?: string,
    ): void => {
      let entries: Dirent[];
      try {
        entries = readdirSync(realDir, { withFileTypes: true });
      } catch (error) {
        failures.push(describeFsError(error, display));
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const names = entries.map((e) => e.name);
      const rules = above.enter(name, realDir, display, names);
      const ignoreFile = names.includes(IGNORE_FILE);
      options.onFolder?.({ display, ignoreFile, filesBefore: files.length });
      const folder = normalizeFolder(display);
      for (const entry of entries) {
        // dot-files and dot-folders hold tool settings (.github, .pre-commit-config.yaml), not council data
        if (entry.name.startsWith('.')) continue;
        const childDisplay = childPath(folder, entry.name);
        if (entry.isDirectory()) {
          if (entry.name === 'node_modules' || rules.ignores(entry.name, true)) continue;
          const childDir = childPath(realDir, entry.name);
          walkFolder(childDisplay, childDir, [...ancestors, realDir], rules, entry.name);
        } else if (entry.isFile()) {
          if (YAML_FILE.test(entry.name) && !rules.ignores(entry.name, false)) {
            addFile(childDisplay, childPath(realDir, entry.name));
          }
        } else if (entry.isSymbolicLink()) {
          let target: string;
          let targetStat: Stats;
          try {
            target = realpathSync(childPath(realDir, entry.name));
            targetStat = statSync(target);
          } catch {
            if (entry.name.match(YAML_FILE) && !rules.ignores(entry.name, false)) {
              diagnostics.push({
                code: 'io/unreadable',
                severity: 'warning',
                file: childDisplay,
                message: 'a symbolic link that leads nowhere (or round in a circle); skipped',
              });
            }
            continue;
          }
          const targetIsDirectory = targetStat.isDirectory();
          if (rules.ignores(entry.name, targetIsDirectory)) continue;
          if (!targetIsDirectory && !targetStat.isFile()) {
            if (YAML_FILE.test(entry.name)) {
              diagnostics.push(
                notRegular(childDisplay, `a symbolic link to ${describeFileKind(targetStat)}`),
              );
            }
            continue;
          }
          if (!isInside(target, real)) {
            if (targetIsDirectory || YAML_FILE.test(entry.name)) {
              diagnostics.push({
                code: 'io/symlink-outside',
                severity: 'warning',
                file: childDisplay,
                message: `a symbolic link to ${target}, outside ${given}; skipped`,
                hint: 'name the target on the command line to check it',
              });
            }
            continue;
          }
          if (targetIsDirectory) {
            if (target === realDir || ancestors.includes(target)) {
              if (!reportedLoops.has(target)) {
                reportedLoops.add(target);
                diagnostics.push({
                  code: 'io/symlink-loop',
                  severity: 'warning',
                  file: childDisplay,
                  message: `a symbolic link back to ${relative(cwd, target) || '.'}, a folder already being walked; not followed`,
                });
              }
              continue;
            }
            walkFolder(childDisplay, target, [...ancestors, realDir], rules, entry.name);
          } else if (YAML_FILE.test(entry.name)) {
            addFile(childDisplay, target);
          }
        } else if (YAML_FILE.test(entry.name) && !rules.ignores(entry.name, false)) {
          // a FIFO, a socket or a device: reading it could block or never end
          diagnostics.push(notRegular(childDisplay, direntKind(entry)));
        }
      }
    };
    walkFolder(given, real, [], FolderRules.forWalk(options.ignore ?? [], failures));
    if (files.length === before && failures.length === failuresBefore) {
      failures.push(`${given}: no .yaml or .yml files in this folder`);
    }
  }
  noteInputs(realPaths);
  return { files, paths: realPaths, diagnostics, failures };
}

function notRegular(file: string, what: string): Diagnostic {
  return {
    code: 'io/not-regular',
    severity: 'warning',
    file,
    message: `${what}, not a regular file; skipped`,
    hint: 'overrule reads regular files only',
  };
}

function direntKind(entry: Dirent): string {
  if (entry.isFIFO()) return 'a FIFO (named pipe)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  return 'something';
}

/**
 * A name in a folder. Names from readdir hold no separator and are never `.`
 * or `..`, so joining them to a folder normalized once (`normalizeFolder`)
 * gives what path.join gives, without its cost for every file.
 */
function childPath(folder: string, name: string): string {
  if (folder === '.') return name;
  // joined rather than concatenated: one flat string, not a chain of pieces
  return [folder, name].join(folder.endsWith(sep) ? '' : sep);
}

/** A folder as path.join writes it before a name: `./a/` is `a`, `.` stays `.`. */
function normalizeFolder(folder: string): string {
  return join(folder, '.');
}

function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}
