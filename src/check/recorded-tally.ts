import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import { computeTally } from '../tally/compute-tally.js';
import { formatTally } from '../tally/recorded.js';
import type { TallyResult } from '../tally/tally-result.js';
import type { Check } from './check.js';

/**
 * A roll call's `recorded` result and tally agree with the ones computed
 * under its rule (`tally/recorded-mismatch`), and the message shows both.
 * Only where the council, the rule and a version in force resolve: the
 * reference and rule checks report the rest.
 */
export const recordedTallyCheck: Check = {
  name: 'recorded-tally',
  run({ project, report }) {
    for (const rollCall of project.ofKind('roll-call')) {
      const recorded = rollCall.value.recorded;
      if (recorded === undefined) continue;
      const council = project.find('council', rollCall.value.council)?.value;
      if (council === undefined) continue;
      const measureId = rollCall.value.measure;
      const tally = computeTally({
        council,
        rollCall: rollCall.value,
        measure: measureId === undefined ? undefined : project.find('ordinance', measureId)?.value,
      });
      if (!tally.ok) continue;
      const computed = tally.value;
      const check = computed.recorded;
      // a vote that names nobody in office, or a member with no vote, is reported
      // by the member checks; the counts would then differ for that reason alone
      if (check === null || check.matches || !allVotesResolved(computed)) continue;
      const computedTally = formatTally(computed.counts.aye, computed.counts.no);
      // After a broken tie the tally reads two ways: the members' alone, or with the executive's vote.
      const { counted, vote, title } = computed.executive;
      const withExecutive = counted ? formatTally(computed.ayes, computed.noes) : '';
      const orWithExecutive =
        counted && vote !== null
          ? `, or ${withExecutive} with the ${title ?? 'executive'}'s tie-breaking ${vote}`
          : '';
      const record = [recorded.result, recorded.tally].filter((x) => x !== undefined).join(' ');
      report(
        diagnosticAt(rollCall.doc, ['recorded'], {
          code: 'tally/recorded-mismatch',
          message:
            `recorded ${record}, but the votes give ${computed.result} ${computedTally}${orWithExecutive} ` +
            `(${computed.required} ayes required under the rule ${computed.rule.id})`,
          hint: 'check the votes against the official record, or correct the recorded result',
          params: {
            recordedResult: recorded.result ?? '',
            recordedTally: recorded.tally ?? '',
            computedResult: computed.result,
            computedTally,
            ...(counted ? { computedTallyWithExecutive: withExecutive } : {}),
            required: computed.required,
            ayes: computed.ayes,
          },
        }),
      );
    }
  },
};

/** Whether every vote is by a member in office and every member in office has one. */
function allVotesResolved(computed: TallyResult): boolean {
  return computed.missing.length === 0 && computed.notInOffice.length === 0;
}
