import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { describeFsError } from './read.js';

/** The file naming paths that walks leave out, in a folder of its own (gitignore syntax). */
export const IGNORE_FILE = '.overruleignore';

/** One file's patterns (or `--ignore`'s), and the folder they are written from. */
interface PatternSet {
  readonly matcher: Ignore;
  /** That folder, as a path from the folder walked: '' for it, else ending in '/'. */
  readonly base: string;
}

/**
 * The paths a walk leaves out of one folder given on the command line: those
 * its `--ignore` patterns name (written from that folder), and those named by
 * an `.overruleignore` file in it or in a folder below it, each file speaking
 * of its own folder and everything below, as a `.gitignore` does. Patterns
 * are gitignore's, matched by the `ignore` library as git matches them
 * (case-sensitive, as git on Linux): a later pattern overrides an earlier
 * one, a deeper file overrides a shallower one, and `--ignore` overrides
 * every file. A folder left out is not walked, so nothing under it can be
 * taken back.
 */
export class FolderRules {
  readonly #sets: readonly PatternSet[];
  readonly #flags: PatternSet | undefined;
  /** This folder, as a path from the folder walked ('' or ending in '/'). */
  readonly #here: string;
  /** Where the ignore files that could not be read are said (exit 2). */
  readonly #failures: string[];

  private constructor(
    sets: readonly PatternSet[],
    flags: PatternSet | undefined,
    here: string,
    failures: string[],
  ) {
    this.#sets = sets;
    this.#flags = flags;
    this.#here = here;
    this.#failures = failures;
  }

  /** The rules above a folder given on the command line: only its `--ignore` patterns. */
  static forWalk(patterns: readonly string[], failures: string[]): FolderRules {
    const flags =
      patterns.length === 0 ? undefined : { matcher: newMatcher().add(patterns), base: '' };
    return new FolderRules([], flags, '', failures);
  }

  /**
   * The rules in force inside a folder: these, and its own ignore file's
   * when `names` (its entries) hold one. `name` is the folder's name in the
   * folder these rules are for, undefined for the folder walked itself.
   */
  enter(
    name: string | undefined,
    realFolder: string,
    display: string,
    names: readonly string[],
  ): FolderRules {
    const here = name === undefined ? '' : `${this.#here}${name}/`;
    if (!names.includes(IGNORE_FILE)) {
      return new FolderRules(this.#sets, this.#flags, here, this.#failures);
    }
    let text: string;
    try {
      text = readFileSync(join(realFolder, IGNORE_FILE), 'utf8');
    } catch (error) {
      this.#failures.push(describeFsError(error, join(display, IGNORE_FILE)));
      return new FolderRules(this.#sets, this.#flags, here, this.#failures);
    }
    const set = { matcher: newMatcher().add(text), base: here };
    return new FolderRules([...this.#sets, set], this.#flags, here, this.#failures);
  }

  /** Whether the walk leaves out an entry of this folder. */
  ignores(name: string, isDirectory: boolean): boolean {
    if (this.#sets.length === 0 && this.#flags === undefined) return false;
    const path = `${this.#here}${name}${isDirectory ? '/' : ''}`;
    const flags = this.#flags === undefined ? undefined : verdict(this.#flags, path);
    if (flags !== undefined) return flags;
    for (let i = this.#sets.length - 1; i >= 0; i--) {
      const set = this.#sets[i];
      const said = set === undefined ? undefined : verdict(set, path);
      if (said !== undefined) return said;
    }
    return false;
  }
}

/** What one set of patterns says of a path: left out, taken back, or nothing. */
function verdict(set: PatternSet, path: string): boolean | undefined {
  const result = set.matcher.test(path.slice(set.base.length));
  if (result.ignored) return true;
  if (result.unignored) return false;
  return undefined;
}

function newMatcher(): Ignore {
  return ignore({ ignorecase: false });
}
