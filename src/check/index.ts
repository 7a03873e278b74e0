import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Project } from '../project/project.js';
import type { Check } from './check.js';
import { councilDistrictsCheck } from './council-districts.js';
import { councilReferencesCheck } from './council-references.js';
import { councilSeatsCheck } from './council-seats.js';
import { councilTermsCheck } from './council-terms.js';
import { directiveDatesCheck } from './directive-dates.js';
import { directiveNoticeCheck } from './directive-notice.js';
import { directiveReferencesCheck } from './directive-references.js';
import { measureReferencesCheck } from './measure-references.js';
import { memberIdsCheck } from './member-ids.js';
import { memberReferencesCheck } from './member-references.js';
import { ordinanceDirectiveStatusCheck } from './ordinance-directive-status.js';
import { ordinanceDraftingCheck } from './ordinance-drafting.js';
import { ordinanceSectionsCheck } from './ordinance-sections.js';
import { recordedTallyCheck } from './recorded-tally.js';
import { ordinanceSponsorsCheck } from './ordinance-sponsors.js';
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

/** Every cross-file check, run in this order over the whole project. */
export const CHECKS: readonly Check[] = [
  // identity
  uniqueIdsCheck,
  memberIdsCheck,
  // references
  councilReferencesCheck,
  memberReferencesCheck,
  ruleReferencesCheck,
  measureReferencesCheck,
  directiveReferencesCheck,
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

export function runChecks(project: Project, checks: readonly Check[] = CHECKS): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const check of checks) {
    check.run({ project, report: (d) => diagnostics.push(d) });
  }
  return diagnostics;
}
