import type { DataPath } from '../diagnostics/address.js';
import { lineOf } from '../load/place.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import type { CouncilPlaces } from './legistar-votes.js';

/**
 * Where in a council's file a vote label or a person id would be added, as
 * `file:line`: the line of `vote_values:` (or `persons:`) when there is one,
 * else of the nearest key above it that exists (`legistar:`, `interop:`),
 * else the end of the file.
 */
export async function councilPlaces(council: TypedDocumentOf<'council'>): Promise<CouncilPlaces> {
  const legistar = council.value.interop?.legistar;
  const placeOf = async (key: 'vote_values' | 'persons'): Promise<string> => {
    const path: DataPath | undefined =
      legistar?.[key] !== undefined
        ? ['interop', 'legistar', key]
        : legistar !== undefined
          ? ['interop', 'legistar']
          : council.value.interop !== undefined
            ? ['interop']
            : undefined;
    const source = council.doc.source;
    const line = path === undefined ? endLine(source.text) : await lineOf(council.doc, path, 'key');
    return `${source.file}:${line}`;
  };
  return { voteValues: await placeOf('vote_values'), persons: await placeOf('persons') };
}

/** The line after the last line with text on it. */
function endLine(text: string): number {
  const lines = text.replace(/\s+$/, '').split('\n');
  return lines.length + 1;
}
