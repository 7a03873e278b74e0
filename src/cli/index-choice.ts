import type { IndexOptions } from '../project/lookup-index.js';
import type { Io } from './io.js';
import { VERSION } from './version.js';

/**
 * Whether a command uses and keeps the look-up index: always, unless
 * `OVERRULE_NO_INDEX` is set (to anything but an empty string), for a run
 * that must neither read nor write it.
 */
export function indexChoice(io: Io): IndexOptions | undefined {
  const off = io.env['OVERRULE_NO_INDEX'];
  return off !== undefined && off !== '' ? undefined : { version: VERSION };
}
