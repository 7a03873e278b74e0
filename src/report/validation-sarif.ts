import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../diagnostics/codes.js';
import type { ResolvedDiagnostic } from '../diagnostics/diagnostic.js';
import type { ValidationReport } from './validation-report.js';

export interface SarifOptions {
  /** The folder URIs are made relative to: the repository root, in CI the working directory. */
  readonly cwd: string;
  readonly toolVersion: string;
}

/** The base id under which relative artifact URIs are resolved. */
const SOURCE_ROOT = 'SRCROOT';

const RULE_IDS = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];
const RULE_INDEX = new Map(RULE_IDS.map((id, index) => [id, index]));

/**
 * `validate --format sarif`: one SARIF 2.1.0 run. Every diagnostic code is a
 * rule (the id is the code, the short description comes from codes.ts), so a
 * result's `ruleIndex` is stable across runs. URIs are relative to the
 * working folder, with forward slashes, resolved against `SRCROOT`.
 */
export function renderValidationSarif(report: ValidationReport, options: SarifOptions): string {
  const artifactIndex = new Map<string, number>();
  const artifacts: { location: ArtifactLocation }[] = [];
  const addArtifact = (file: string): number => {
    const known = artifactIndex.get(file);
    if (known !== undefined) return known;
    const index = artifacts.length;
    artifacts.push({ location: artifactLocation(file, options.cwd) });
    artifactIndex.set(file, index);
    return index;
  };
  for (const file of report.files) addArtifact(file);

  const results = report.diagnostics.map((d) => sarifResult(d, addArtifact(d.file), options.cwd));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'overrule',
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            informationUri: 'https://www.npmjs.com/package/overrule',
            rules: RULE_IDS.map((id) => ({
              id,
              shortDescription: { text: DIAGNOSTIC_CODES[id] },
              properties: { tags: [id.split('/')[0] ?? id] },
            })),
          },
        },
        originalUriBaseIds: {
          [SOURCE_ROOT]: { uri: folderUri(options.cwd) },
        },
        columnKind: 'utf16CodeUnits',
        artifacts,
        results,
        invocations: [{ executionSuccessful: true }],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

interface ArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
}

function sarifResult(d: ResolvedDiagnostic, artifact: number, cwd: string): unknown {
  const text = [
    d.document === undefined ? d.message : `document ${d.document + 1}: ${d.message}`,
    ...(d.hint === undefined ? [] : [`hint: ${d.hint}`]),
  ].join('\n');
  const physicalLocation = {
    artifactLocation: { ...artifactLocation(d.file, cwd), index: artifact },
    ...(d.line === null
      ? {}
      : {
          region: {
            startLine: d.line,
            startColumn: d.column ?? 1,
            endLine: d.endLine ?? d.line,
            endColumn: d.endColumn ?? d.column ?? 1,
          },
        }),
  };
  return {
    ruleId: d.code,
    ruleIndex: RULE_INDEX.get(d.code) ?? -1,
    level: d.severity,
    message: { text },
    locations: [{ physicalLocation }],
    ...(d.params === undefined && d.document === undefined
      ? {}
      : {
          properties: {
            ...(d.document === undefined ? {} : { document: d.document + 1 }),
            ...(d.params === undefined ? {} : { params: d.params }),
          },
        }),
  };
}

function artifactLocation(file: string, cwd: string): ArtifactLocation {
  const relativePath = toRepoRelativePath(file, cwd);
  if (relativePath === undefined) return { uri: pathToFileURL(resolve(cwd, file)).href };
  return { uri: relativePath.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * A file's path (as shown, relative to `cwd`) made relative to `root` with
 * forward slashes, or undefined when the file lies outside `root`. Names that
 * are not paths (`<stdin>`) are returned as they are.
 */
export function toRepoRelativePath(file: string, root: string, cwd = root): string | undefined {
  if (file.startsWith('<')) return file;
  const path = relative(resolve(root), resolve(cwd, file));
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return undefined;
  return path.split(sep).join('/');
}
