import type { ArchiveReport, ArchiveRollCall } from '../tally/archive.js';
import { tallyJsonObject } from './tally-json.js';

/**
 * The report as one JSON object: the filter, the totals, and per council its
 * measures with their roll calls (each tallied one as `tally --json` prints
 * it, with `status` and `file`), the member records, the agreement matrix
 * and the divided votes; then the roll calls not tallied, with their problems.
 */
export function renderReportJson(report: ArchiveReport): string {
  const body = {
    filter: report.filter,
    totals: report.totals,
    councils: report.councils.map((c) => ({
      council: c.council,
      measures: c.measures.map((m) => ({
        measure: m.measure,
        rollCalls: m.rollCalls.map(rollCallObject),
      })),
      otherRollCalls: c.otherRollCalls.map(rollCallObject),
      members: c.members,
      agreement: c.agreement,
      divided: c.divided,
      countOnly: c.countOnly,
    })),
    notTallied: report.notTallied,
    otherProblemFiles: report.otherProblemFiles,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

function rollCallObject(r: ArchiveRollCall): unknown {
  return r.status === 'tallied'
    ? { status: r.status, file: r.file, ...tallyJsonObject(r.tally) }
    : r;
}
