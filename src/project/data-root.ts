import { realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { councilSearchFolders, holdsCouncil } from '../load/council-folder.js';
import { hasIndex, stampOf } from '../load/index-file.js';
import { openIndex, type IndexOptions, type LookupIndex, type OpenIndex } from './lookup-index.js';

/** What the search for the council's folder looked at, to be kept in its index. */
export interface CouncilFolderAnswers {
  readonly answers: LookupIndex['councilFolders'];
  /** The size cap they were found with. */
  readonly cap: number;
}

/** The council's folder of a file, and its index when the search could use it. */
export interface DataRoot {
  readonly folder: string | undefined;
  /** The folder's index, believed (see openIndex). */
  readonly index?: OpenIndex;
  /** The index's answers, updated, when one was added. */
  readonly answers?: CouncilFolderAnswers;
}

/**
 * findCouncilFolder, the nearest folder upwards holding a council file,
 * without reading the files of the folders on the way when the index of
 * that council's folder already knows them (unchanged since: see
 * openIndex). The index looked for is the nearest one upwards; answers it
 * lacks are worked out as findCouncilFolder does and added to it, each with
 * its folder's modification time from before its files were read.
 */
export function findDataRoot(
  start: string,
  maxFileSize: number,
  options: { readonly ignore: readonly string[]; readonly index?: IndexOptions | undefined },
): DataRoot {
  const chain = councilSearchFolders(start);
  const at = options.index === undefined ? -1 : chain.findIndex(hasIndex);
  const root = chain[at];
  const index =
    root === undefined || options.index === undefined
      ? undefined
      : openIndex(root, realPathOf(root), options.ignore, options.index);
  if (root === undefined || index === undefined) {
    return { folder: chain.find((folder) => holdsCouncil(folder, maxFileSize)) };
  }
  const data = index.data;
  const known = new Map(
    data.councilCap === maxFileSize ? data.councilFolders.map((a) => [a[0], a] as const) : [],
  );
  let added = false;
  for (const [i, folder] of chain.slice(0, at + 1).entries()) {
    const path = relative(root, folder);
    const recorded = known.get(path);
    let holds: boolean;
    if (recorded !== undefined && index.folderUnchanged(path, recorded[1])) {
      holds = recorded[2];
    } else {
      const answer = answerFor(folder, path, maxFileSize, index.stamp);
      holds = answer.holds;
      if (answer.recorded !== undefined) {
        known.set(path, answer.recorded);
        added = true;
      }
    }
    if (!holds) continue;
    if (i < at) return { folder };
    const answers = { answers: [...known.values()], cap: maxFileSize };
    return { folder, index, ...(added ? { answers } : {}) };
  }
  // the indexed folder holds no council (any more): the search goes on above it
  return { folder: chain.slice(at + 1).find((folder) => holdsCouncil(folder, maxFileSize)) };
}

/**
 * Whether a folder holds a council, and the answer to keep when it can be
 * kept: its folder's time is taken before its files are read, and must be
 * before the index's stamp, so that any change after the reading shows.
 */
function answerFor(
  folder: string,
  path: string,
  maxFileSize: number,
  stamp: bigint,
): { holds: boolean; recorded?: [string, string, boolean] } {
  const before = stampOf(folder);
  const holds = holdsCouncil(folder, maxFileSize);
  if (before === undefined || BigInt(before.mtime) >= stamp) return { holds };
  return { holds, recorded: [path, before.mtime, holds] };
}

function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
