import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { scopeFor, summaryOf, type Check, type CheckScope, type OrderedCheck } from './check.js';
import { councilDistrictsCheck } from './council-districts.js';
import { councilSeatsCheck } from './council-seats.js';
import { councilTermsCheck } from './council-terms.js';
import { directiveDatesCheck } from './directive-dates.js';
import { directiveNoticeCheck } from './directive-notice.js';
import { memberIdsCheck } from './member-ids.js';
import { memberReferencesCheck } from './member-references.js';
import { ordinanceDirectiveStatusCheck } from './ordinance-directive-status.js';
import { ordinanceDraftingCheck } from './ordinance-drafting.js';
import { ordinanceSectionsCheck } from './ordinance-sections.js';
import { ordinanceSponsorsCheck } from './ordinance-sponsors.js';
import { recordedTallyCheck } from './recorded-tally.js';
import { referencesCheck } from './references.js';
import { rollCallCountsCheck } from './roll-call-counts.js';
import { rollCallExecutiveCheck } from './roll-call-executive.js';
import { rollCallMembersCheck } from './roll-call-members.js';
import { ruleInForceCheck } from './rule-in-force.js';
import { ruleReferencesCheck } from './rule-references.js';
import { ruleVersionsCheck } from './rule-versions.js';
import { uniqueIdsCheck } from './unique-ids.js';
import { whipCountExecutiveCheck } from './whip-count-executive.js';
import { whipCountPositionsCheck } from './whip-count-positions.js';
import { whipCountSizeCheck } from './whip-count-size.js';

/** The checks that see every document in path order, one at a time. */
export const ORDERED_CHECKS: readonly OrderedCheck[] = [uniqueIdsCheck];

/** Every check of documents against their references, run in this order. */
export const CHECKS: readonly Check[] = [
  // identity
  memberIdsCheck,
  // references
  referencesCheck,
  memberReferencesCheck,
  ruleReferencesCheck,
  // councils and their rules
  councilTermsCheck,
  councilSeatsCheck,
  councilDistrictsCheck,
  ruleVersionsCheck,
  ruleInForceCheck,
  // roll calls
  rollCallMembersCheck,
  rollCallCountsCheck,
  rollCallExecutiveCheck,
  recordedTallyCheck,
  // whip counts
  whipCountPositionsCheck,
  whipCountSizeCheck,
  whipCountExecutiveCheck,
  // ordinances
  ordinanceSponsorsCheck,
  ordinanceSectionsCheck,
  ordinanceDirectiveStatusCheck,
  ordinanceDraftingCheck,
  // directives
  directiveDatesCheck,
  directiveNoticeCheck,
];

/**
 * Runs every check (or those given) over a project: the ordered checks
 * first, over its documents in order, then the others.
 */
export function runChecks(
  project: CheckScope,
  checks: readonly (Check | OrderedCheck)[] = [...ORDERED_CHECKS, ...CHECKS],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic): void => {
    diagnostics.push(d);
  };
  // the ordered checks see every document whose id could be read
  const identified = (project.everyDocument ?? project.documents).filter(
    (d) => d.damaged?.includes('id') !== true,
  );
  for (const check of checks) {
    if ('start' in check) {
      const visit = check.start();
      for (const document of identified) visit(summaryOf(document), report);
    } else {
      check.run({ project: scopeFor(project, check), report });
    }
  }
  return diagnostics;
}
