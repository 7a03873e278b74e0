import { throwIllegalValue } from '../basics/assert.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import type { CouncilChoice } from '../project/council-tree.js';
import { UsageError } from './errors.js';

/**
 * The council a command works for (`roll-call`, `import`, `export`), or a
 * UsageError (exit 2) saying why there is none: `where` names the folder
 * searched, as the user knows it.
 */
export function chosenCouncil(choice: CouncilChoice, where: string): TypedDocumentOf<'council'> {
  switch (choice.kind) {
    case 'chosen':
      return choice.council;
    case 'none':
      throw new UsageError(`no council found in ${where}; say where it is with --data DIR`);
    case 'several':
      throw new UsageError(
        `${where} holds ${choice.ids.length} councils; choose one with --council (${choice.ids.join(', ')})`,
      );
    case 'unknown':
      throw new UsageError(
        `no council "${choice.id}" in ${where}; it holds ${choice.ids.join(', ')}`,
      );
    default:
      return throwIllegalValue(choice, 'council choice');
  }
}
