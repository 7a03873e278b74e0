import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceText } from '../diagnostics/source-text.js';
import { checkPlannedFiles, type PlannedFile } from '../interop/check-output.js';
import type { DocumentIndex } from '../model/references.js';
import { EXIT } from './errors.js';
import { DataProblems, printProblems, writeOutputFiles } from './interop-io.js';
import type { Io } from './io.js';

/** What an import has made, ready to be checked and written. */
export interface ImportPlan {
  readonly planned: readonly PlannedFile[];
  /** The archive the files join: its council, ordinances and directives. */
  readonly references: DocumentIndex;
  /** The file `--into` names, which is replaced in place. */
  readonly replaces?: string;
  readonly warnings: readonly Diagnostic[];
  readonly sources: ReadonlyMap<string, SourceText>;
  /** `--output DIR`; without it, the new documents go to stdout. */
  readonly output: string | undefined;
  readonly force: boolean;
}

/**
 * Checks every planned file as `validate` would among the archive's, then
 * writes them all (or prints them, `---` between documents), or none: exit
 * 1 with each problem when a file would not validate. A recorded result
 * that disagrees with the rule is reported as such; the file is written,
 * for the disagreement is the finding.
 */
export async function finishImport(plan: ImportPlan, io: Io): Promise<number> {
  const check = await checkPlannedFiles(plan.planned, plan.references);
  await printProblems(
    [...plan.warnings, ...check.warnings],
    new Map([...plan.sources, ...check.sources]),
    io,
    paths(plan),
  );
  if (check.errors.length > 0) throw new DataProblems(check.errors, check.sources, paths(plan));

  const files = plan.planned.filter((p) => plan.output !== undefined || p.path === plan.replaces);
  const printed = plan.planned.filter((p) => !files.includes(p));
  const { written, unchanged } = writeOutputFiles(
    files.map((p) => ({ path: p.path, text: p.text, replaces: p.path === plan.replaces })),
    { force: plan.force, io },
  );
  if (printed.length > 0) io.stdout.write(printed.map((p) => p.text).join('---\n'));

  for (const mismatch of check.mismatches) {
    io.stderr.write(
      `${mismatch.file}: the recorded result disagrees with the rule: ${mismatch.message}\n`,
    );
  }
  const parts = [
    ...(written.length > 0 ? [`wrote ${count(written.length, 'file')}`] : []),
    ...(unchanged.length > 0 ? [`${count(unchanged.length, 'file')} already up to date`] : []),
    ...(printed.length > 0 ? [`printed ${count(printed.length, 'document')}`] : []),
    ...(check.mismatches.length > 0
      ? [
          `${count(check.mismatches.length, 'recorded result')} disagreeing with the rule (tally/recorded-mismatch)`,
        ]
      : []),
  ];
  io.stderr.write(`overrule: ${parts.join('; ')}\n`);
  return EXIT.ok;
}

function paths(plan: ImportPlan): ReadonlySet<string> {
  return new Set(plan.planned.map((p) => p.path));
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
