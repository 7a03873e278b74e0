import type { Rational } from '../basics/rational.js';
import { closestMatches } from '../basics/suggest.js';
import { projectWhipCount, type WhipProblem } from '../tally/whip-projection.js';
import { EXIT, UsageError } from './errors.js';
import type { Io } from './io.js';
import { openReportOutput, parseByteSize } from './output.js';
import { WHIP_FORMATS, type WhipFormat } from './whip-formats.js';
import { findWhipInputs, type WhipInputs } from './whip-inputs.js';
import type { AssumeOption } from './whip-options.js';

export interface WhipOptions {
  readonly data?: string;
  readonly id?: string;
  readonly format?: WhipFormat;
  readonly json?: boolean;
  readonly target?: Rational;
  readonly assume?: readonly AssumeOption[];
  readonly attendance?: Rational;
  readonly allReadings?: boolean;
  readonly maxFileSize?: string;
  readonly output?: string;
  readonly color?: boolean;
  readonly ignore?: readonly string[];
}

/**
 * `overrule whip FILE`: finds the council and rule as `tally` does, refuses
 * a whip count whose files have errors (printing them), projects it exactly
 * and reports in the chosen format.
 */
export async function whipCommand(file: string, options: WhipOptions, io: Io): Promise<number> {
  const format: WhipFormat = options.json === true ? 'json' : (options.format ?? 'table');
  const maxFileSize = parseByteSize(options.maxFileSize ?? '4MB');
  const output = openReportOutput(io, options.output);
  const inputs = await findWhipInputs(
    file,
    {
      data: options.data,
      id: options.id,
      maxFileSize,
      color: options.color,
      ignore: options.ignore,
    },
    io,
  );
  if (typeof inputs === 'number') return inputs;

  const projected = projectWhipCount({
    council: inputs.council,
    whip: inputs.whip.value,
    measure: inputs.measure,
    assume: options.assume,
    attendance: options.attendance,
    target: options.target,
    allReadings: options.allReadings,
  });
  if (!projected.ok) return reportProblem(projected.error, inputs);

  const text = await WHIP_FORMATS[format](projected.value, {
    io,
    color: options.color,
    toTerminal: output.stream.isTTY === true,
  });
  output.stream.write(text);
  output.finish();
  return EXIT.ok;
}

async function reportProblem(problem: WhipProblem, inputs: WhipInputs): Promise<number> {
  switch (problem.kind) {
    case 'unknown-rule':
    case 'no-version-in-force':
    case 'unusable-rule':
    case 'over-members': {
      const { describeWhipProblem } = await import('../report/whip-problem-text.js');
      return inputs.report({
        code: problem.code,
        message: describeWhipProblem(problem),
        in: problem.in,
        path: problem.path,
      });
    }
    case 'unknown-assumption': {
      const close = closestMatches(problem.id, problem.known);
      const hint =
        close.length > 0 ? `; did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : '';
      throw new UsageError(
        `--assume ${problem.id}: not a member in office on ${inputs.whip.value.as_of}${hint}`,
      );
    }
    case 'unnamed-assumption':
      throw new UsageError(
        `--assume ${problem.id}: the whip count does not name ${problem.id}, and with blocs ` +
          'the members not named are not known one by one; give them a position first',
      );
    case 'repeated-assumption':
      throw new UsageError(`--assume ${problem.id} is given more than once`);
  }
}
