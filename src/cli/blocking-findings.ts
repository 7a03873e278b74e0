import { countBySeverity, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceTexts } from '../diagnostics/source-text.js';
import { placeFindings } from '../report/place-findings.js';
import { chalkFor } from './color.js';
import { EXIT } from './errors.js';
import type { Io } from './io.js';

/**
 * Prints the findings that stop a computation, as `validate` prints them, to
 * stderr, then `overrule: <stopped> until these errors are fixed`; exit 1.
 */
export async function printBlockingFindings(
  diagnostics: readonly Diagnostic[],
  sources: SourceTexts,
  io: Io,
  options: { readonly color?: boolean | undefined; readonly stopped: string },
): Promise<number> {
  const files = [...new Set(diagnostics.map((d) => d.file))];
  const { errors, warnings } = countBySeverity(diagnostics);
  const { createPrettyWriter } = await import('../report/validation-pretty.js');
  const chalk = await chalkFor(io.stderr, io.env, options.color);
  const writer = createPrettyWriter(io.stderr, chalk, { quiet: false });
  for (const file of files) {
    const source = sources.get(file);
    const placed = await placeFindings(
      diagnostics.filter((d) => d.file === file),
      source,
    );
    writer.file({ file, read: true, diagnostics: placed, source });
  }
  await writer.end({ files: files.length, errors, warnings, ok: false });
  io.stderr.write(`overrule: ${options.stopped} until these errors are fixed\n`);
  return EXIT.dataErrors;
}
