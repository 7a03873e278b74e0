import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../diagnostics/codes.js';
import type { ResolvedDiagnostic } from '../diagnostics/diagnostic.js';
import { Spool } from './spool.js';
import {
  indentedJson,
  type FileFindings,
  type ReportStream,
  type ValidationWriter,
} from './validation-report.js';

export interface SarifOptions {
  /** The folder URIs are made relative to: the repository root, in CI the working directory. */
  readonly cwd: string;
  readonly toolVersion: string;
}

/** The base id under which relative artifact URIs are resolved. */
const SOURCE_ROOT = 'SRCROOT';

const RULE_IDS = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];
const RULE_INDEX = new Map(RULE_IDS.map((id, index) => [id, index]));

/** Array elements in the log, which JSON.stringify would indent by eight spaces. */
const ELEMENT_INDENT = '        ';

/**
 * `validate --format sarif`: one SARIF 2.1.0 run. Every diagnostic code is a
 * rule (the id is the code, the short description comes from codes.ts), so a
 * result's `ruleIndex` is stable across runs. URIs are relative to the
 * working folder, with forward slashes, resolved against `SRCROOT`.
 *
 * The artifacts (every file read, then the paths of the walk's findings) come
 * before the results in the log, and both are written as the files come, to
 * spools; the walk's findings, which come first, are kept until the end,
 * when their artifacts' places are known.
 */
export function createSarifWriter(out: ReportStream, options: SarifOptions): ValidationWriter {
  const artifacts = new Spool();
  const results = new Spool();
  let filesRead = 0;
  const unread: FileFindings[] = [];
  return {
    file(findings) {
      if (!findings.read) {
        unread.push(findings);
        return;
      }
      const index = filesRead++;
      artifacts.write(
        `${index === 0 ? '' : ','}\n${element({ location: artifactLocation(findings.file, options.cwd) })}`,
      );
      for (const d of findings.diagnostics) {
        results.write(
          `${results.isEmpty ? '' : ','}\n${element(sarifResult(d, index, options.cwd))}`,
        );
      }
    },
    async end() {
      // The paths of the walk's findings are artifacts after the files read.
      const unreadIndex = new Map<string, number>();
      const unreadArtifacts: string[] = [];
      const unreadResults: string[] = [];
      for (const findings of unread) {
        for (const d of findings.diagnostics) {
          let index = unreadIndex.get(d.file);
          if (index === undefined) {
            index = filesRead + unreadIndex.size;
            unreadIndex.set(d.file, index);
            unreadArtifacts.push(element({ location: artifactLocation(d.file, options.cwd) }));
          }
          unreadResults.push(element(sarifResult(d, index, options.cwd)));
        }
      }
      const [beforeArtifacts = '', afterArtifacts = ''] = skeleton(options).split('"<artifacts>"');
      const [between = '', afterResults = ''] = afterArtifacts.split('"<results>"');
      out.write(`${beforeArtifacts}[`);
      const anyArtifact = filesRead > 0 || unreadArtifacts.length > 0;
      await artifacts.copyTo(out);
      if (unreadArtifacts.length > 0) {
        out.write(`${filesRead > 0 ? ',' : ''}\n${unreadArtifacts.join(',\n')}`);
      }
      out.write(`${anyArtifact ? '\n      ' : ''}]${between}[`);
      const anyResult = unreadResults.length > 0 || !results.isEmpty;
      if (unreadResults.length > 0) {
        out.write(`\n${unreadResults.join(',\n')}${results.isEmpty ? '' : ','}`);
      }
      await results.copyTo(out);
      out.write(`${anyResult ? '\n      ' : ''}]${afterResults}\n`);
    },
    dispose() {
      artifacts.dispose();
      results.dispose();
    },
  };
}

/** The log with placeholders for the artifacts and the results. */
function skeleton(options: SarifOptions): string {
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
        // no URI or tool text can hold these: `<` and `>` are escaped in URIs
        artifacts: '<artifacts>',
        results: '<results>',
        invocations: [{ executionSuccessful: true }],
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

/** An element of the run's artifacts or results, indented as JSON.stringify would. */
function element(value: unknown): string {
  return indentedJson(value, ELEMENT_INDENT);
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
