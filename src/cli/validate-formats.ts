import type {
  ReportStream,
  ValidationTotals,
  ValidationWriter,
} from '../report/validation-report.js';
import type { RenderContext } from './formats.js';

/** What a validation writer may ask of the command line. */
export interface ValidateWriterContext extends RenderContext {
  readonly out: ReportStream;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly quiet: boolean;
  readonly strict: boolean;
  readonly toolVersion: string;
}

/** A report's writer, with the job summary's when GitHub asks for one. */
export type ValidateWriter = ValidationWriter & {
  summary?: (totals: ValidationTotals) => string;
};

type ValidateWriterFactory = (context: ValidateWriterContext) => Promise<ValidateWriter>;

/**
 * The formats of `overrule validate`, each loading its writer only when
 * chosen: the `--format` choices, the ValidateFormat type and the dispatch
 * all come from here.
 */
export const VALIDATE_FORMATS = {
  pretty: async (context) => {
    const { createPrettyWriter } = await import('../report/validation-pretty.js');
    return createPrettyWriter(context.out, await context.chalk(), { quiet: context.quiet });
  },
  json: async (context) => {
    const { createJsonWriter } = await import('../report/validation-json.js');
    return createJsonWriter(context.out);
  },
  github: async (context) => {
    const { createGithubWriter } = await import('../report/validation-github.js');
    return createGithubWriter(context.out, {
      root: context.env['GITHUB_WORKSPACE'] ?? context.cwd,
      cwd: context.cwd,
      quiet: context.quiet,
    });
  },
  sarif: async (context) => {
    const { createSarifWriter } = await import('../report/validation-sarif.js');
    return createSarifWriter(context.out, { cwd: context.cwd, toolVersion: context.toolVersion });
  },
  junit: async (context) => {
    const { createJunitWriter } = await import('../report/validation-junit.js');
    return createJunitWriter(context.out, { strict: context.strict });
  },
} as const satisfies Readonly<Record<string, ValidateWriterFactory>>;

export type ValidateFormat = keyof typeof VALIDATE_FORMATS;
