import { locate, type DataPath } from '../load/locate.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import type { CouncilPlaces } from './legistar-votes.js';

/**
 * Where in a council's file a vote label or a person id would be added, as
 * `file:line`: the line of `vote_values:` (or `persons:`) when there is one,
 * else of the nearest key above it that exists (`legistar:`, `interop:`),
 * else the end of the file. Needs the yaml runtime.
 */
export function councilPlaces(council: TypedDocumentOf<'council'>): CouncilPlaces {
  const legistar = council.value.interop?.legistar;
  const placeOf = (key: 'vote_values' | 'persons'): string => {
    const path: DataPath | undefined =
      legistar?.[key] !== undefined
        ? ['interop', 'legistar', key]
        : legistar !== undefined
          ? ['interop', 'legistar']
          : council.value.interop !== undefined
            ? ['interop']
            : undefined;
    const source = council.doc.source;
    const line =
      path === undefined
        ? endLine(source.text)
        : source.position(locate(council.doc, path, 'key').start).line;
    return `${source.file}:${line}`;
  };
  return { voteValues: placeOf('vote_values'), persons: placeOf('persons') };
}

/** The line after the last line with text on it. */
function endLine(text: string): number {
  const lines = text.replace(/\s+$/, '').split('\n');
  return lines.length + 1;
}
