import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { err, ok, type Result } from '../basics/result.js';
import { runChecks } from '../check/index.js';
import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceTexts } from '../diagnostics/source-text.js';
import { isFolder } from '../load/council-folder.js';
import type { TypedDocumentOf } from '../model/typed-document.js';
import { openCouncilTree } from './council-tree.js';
import { blocksInputs, type InputKind, type ResolvedInputs } from './input-kinds.js';
import { loadProject, STDIN_NAME } from './load-project.js';
import type { IndexOptions } from './lookup-index.js';

export type { InputKind, ResolvedInputs } from './input-kinds.js';

/** A document to compute from, with everything it refers to. */
export interface Inputs<K extends InputKind> extends ResolvedInputs {
  readonly document: TypedDocumentOf<K>;
}

/** Why there is nothing to compute from. */
export type InputsFailure =
  /** The command was given something it cannot use (exit 2). */
  | { readonly kind: 'usage'; readonly message: string }
  /** The documents have errors, which must be fixed first (exit 1). */
  | {
      readonly kind: 'blocked';
      readonly diagnostics: readonly Diagnostic[];
      readonly sources: SourceTexts;
    };

export interface InputsOptions {
  readonly cwd: string;
  readonly maxFileSize: number;
  /** The folder to find the council in (`--data`); by default the nearest one upwards holding it. */
  readonly data?: string | undefined;
  /** Which document of the file, when it holds several (`--id`). */
  readonly id?: string | undefined;
  /** The bytes of standard input, when the file is `-`. */
  readonly stdin?: Uint8Array | undefined;
  /** `--ignore` patterns: paths the walk of the council's folder leaves out. */
  readonly ignore?: readonly string[] | undefined;
  /** Use and keep the council folder's look-up index (see TreeReferences). */
  readonly index?: IndexOptions | undefined;
}

const NOUNS: { readonly [K in InputKind]: string } = {
  'roll-call': 'roll call',
  'whip-count': 'whip count',
};

/**
 * Finds what `tally` (a roll call) or `whip` (a whip count) computes from:
 * the document in `file`, its council, measure and directive, all free of
 * errors. The usual case, a clean document, is found the quick way (see
 * findInputsQuickly); anything else is looked at over the whole tree, which
 * explains what is wrong as `validate` would.
 */
export async function prepareInputs<K extends InputKind>(
  kind: K,
  file: string,
  options: InputsOptions,
): Promise<Result<Inputs<K>, InputsFailure>> {
  const noun = NOUNS[kind];
  const usage = (message: string): Result<Inputs<K>, InputsFailure> =>
    err({ kind: 'usage', message });
  if (file !== '-' && isFolder(resolve(options.cwd, file))) {
    return usage(`${file} is a folder; give one ${noun} file (validate checks folders)`);
  }
  if (file !== '-' && !existsSync(resolve(options.cwd, file))) {
    return usage(`${file}: no such file`);
  }
  const ignore = options.ignore ?? [];
  const tree = openCouncilTree(
    file === '-' ? options.cwd : resolve(options.cwd, file),
    { ...options, ignore },
    { from: file === '-' ? 'the current folder' : dirname(file) },
  );
  if (!tree.ok) return usage(tree.error);
  const { dataDir } = tree.value;

  if (file !== '-') {
    const { findInputsQuickly } = await import('./quick-inputs.js');
    const quick = await findInputsQuickly(kind, file, tree.value, options);
    const document =
      options.id === undefined
        ? quick?.documents.length === 1
          ? quick.documents[0]
          : undefined
        : quick?.documents.find((d) => idOf(d) === options.id);
    const resolved = document === undefined ? undefined : await quick?.resolve(document);
    if (document !== undefined && resolved !== undefined) return ok({ document, ...resolved });
  }
  return prepareFromTree(kind, file, dataDir, options);
}

/** `prepareInputs` over the whole tree: every file read and checked, for the findings. */
async function prepareFromTree<K extends InputKind>(
  kind: K,
  file: string,
  dataDir: string,
  options: InputsOptions,
): Promise<Result<Inputs<K>, InputsFailure>> {
  const noun = NOUNS[kind];
  const loaded = await loadProject([file, dataDir], {
    cwd: options.cwd,
    maxFileSize: options.maxFileSize,
    ignore: options.ignore ?? [],
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
  });
  if (loaded.failures.length > 0)
    return err({ kind: 'usage', message: loaded.failures.join('\n') });
  const display = file === '-' ? STDIN_NAME : file;
  const all = [...loaded.diagnostics, ...runChecks(loaded.project)];
  const blocked = (diagnostics: readonly Diagnostic[]): Result<Inputs<K>, InputsFailure> =>
    err({ kind: 'blocked', diagnostics, sources: loaded.sources });

  const documents = loaded.project
    .ofKind(kind)
    .filter((d) => (d as TypedDocumentOf<InputKind>).doc.source.file === display);
  if (documents.length === 0) {
    const fileErrors = all.filter((d) => d.file === display && d.severity === 'error');
    if (fileErrors.length > 0) return blocked(fileErrors);
    return err({
      kind: 'usage',
      message: `${display} holds no ${noun} (a document with \`kind: ${kind}\`)`,
    });
  }
  const ids = documents.map(idOf);
  const [first, ...rest] = documents;
  const document =
    options.id === undefined
      ? rest.length === 0
        ? first
        : undefined
      : documents.find((d) => idOf(d) === options.id);
  if (document === undefined) {
    return err({
      kind: 'usage',
      message:
        options.id === undefined
          ? `${display} holds ${documents.length} ${noun}s; choose one with --id (${ids.join(', ')})`
          : `${display} holds no ${noun} "${options.id}"; it holds ${ids.join(', ')}`,
    });
  }

  const chosen: TypedDocumentOf<InputKind> = document;
  const council = loaded.project.find('council', chosen.value.council);
  // a council file with schema errors counts too: its errors are what stops the tally
  const councilFiles = loaded.project.filesReferredTo('council', chosen.value.council);
  const affected = new Set([display, ...councilFiles]);
  const blocking = all.filter((d) => affected.has(d.file) && blocksInputs(d, chosen));
  if (council === undefined) {
    if (councilFiles.length > 0 && blocking.length > 0) return blocked(blocking);
    const unknown = blocking.some((d) => d.code === 'ref/unknown-council')
      ? []
      : [
          diagnosticAt(chosen.doc, ['council'], {
            code: 'ref/unknown-council',
            message: `no council "${chosen.value.council}" in ${dataDir === '.' ? 'this folder' : dataDir}`,
            hint: 'say where the council file is with --data DIR',
          }),
        ];
    return blocked([...blocking, ...unknown]);
  }
  if (blocking.length > 0) return blocked(blocking);

  const measureId = chosen.value.measure;
  const measure = measureId === undefined ? undefined : loaded.project.find('ordinance', measureId);
  const directiveId = measure?.value.directive;
  const directive =
    directiveId === undefined ? undefined : loaded.project.find('directive', directiveId);
  return ok({
    document,
    council,
    ...(measure === undefined ? {} : { measure }),
    ...(directive === undefined ? {} : { directive }),
  });
}

function idOf(document: TypedDocumentOf<InputKind>): string {
  return document.value.id;
}
