/** Ayes and noes as a clerk publishes them. */
export interface PublishedTally {
  readonly ayes: number;
  readonly noes: number;
}

/**
 * How a recorded tally was read: as the members' ayes and noes, or with the
 * executive's counted tie-breaking vote added ("3-3" or "4-3" after a broken tie).
 */
export type TallyReading = 'members' | 'with-executive';

const TALLY = /^\s*(\d{1,6})\s*[-:\u2013]\s*(\d{1,6})\s*$/; // \u2013: an en dash

/** Reads `"11-4"` or `"11:4"` (ayes, then noes); undefined when it is neither. */
export function parsePublishedTally(text: string): PublishedTally | undefined {
  const match = TALLY.exec(text);
  if (match === null) return undefined;
  return { ayes: Number(match[1]), noes: Number(match[2]) };
}

/** `11-4`. */
export function formatTally(ayes: number, noes: number): string {
  return `${ayes}-${noes}`;
}
