import type { ErrorObject } from 'ajv';
import { throwIllegalValue } from '../basics/assert.js';
import { closestMatches, didYouMean } from '../basics/suggest.js';
import { isCollection, valueKindWords, valueText } from '../basics/value-text.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import { KINDS, type Kind } from '../model/common.js';
import type { TypedDocument } from '../model/typed-document.js';
import { findingsFromAjvErrors } from './ajv-errors.js';
import { damagedFields, partialDocument } from './damaged-fields.js';
import { nodeKey, type Finding, type SchemaContext } from './finding.js';
import { walkDocument } from './document-walk.js';
import { checkFractionRange } from './fraction-range.js';
import {
  validateCouncil,
  validateDirective,
  validateOrdinance,
  validateRollCall,
  validateWhipCount,
  type CompiledValidator,
} from './generated/validators.js';
import { checkNumberForm } from './number-form.js';
import { SCHEMAS } from './schemas.js';

export interface ValidatedDocument {
  /** The typed document, when it has no schema errors. */
  readonly document?: TypedDocument;
  /**
   * A document of a known kind with schema errors: its valid fields, for the
   * checks that need only those (see `damaged` in TypedDocument).
   */
  readonly partial?: TypedDocument;
  readonly diagnostics: Diagnostic[];
}

/**
 * Checks one parsed document against the schema of its `kind`. Every problem
 * points at the node it is about: a missing key at its map, an unknown key at
 * the key, a wrong value at the value. Documents that did not parse (no
 * `data`) are skipped: the parser has reported them.
 */
export function validateDocument(doc: ParsedDocument): ValidatedDocument {
  const data = doc.data;
  if (data === undefined) return { diagnostics: [] };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(doc, [
      {
        code: 'schema/type',
        path: [],
        part: 'value',
        message: 'a document must be a map of keys and values',
        hint: 'start it with `kind:` and `version: 1`',
        params: { expected: ['object'] },
      },
    ]);
  }
  const header = checkHeader(data);
  if (header.stop) {
    // of a known kind, but of a version not read, or of a kind misspelt as
    // plainly as "councl": one whose id cannot be trusted, and which the
    // references to an unknown document of that kind may be to
    const written = (data as { readonly kind?: unknown }).kind;
    const known =
      KINDS.find((k) => k === written) ??
      (typeof written === 'string' ? onlyMatch(closestMatches(written, KINDS)) : undefined);
    const failed = fail(doc, header.findings);
    return known === undefined
      ? failed
      : { ...failed, partial: partialDocument(known, doc, ['id']) };
  }

  const kind = header.kind;
  const context: SchemaContext = { doc, data, root: SCHEMAS[kind] };
  const outcome = runValidator(kind, data, doc);
  const errors = outcome.errors.filter((e) => !(header.versionMissing && isAboutVersion(e)));
  const findings =
    errors.length === 0
      ? [...header.findings]
      : [...header.findings, ...findingsFromAjvErrors(errors, context)];

  // Checks beyond the schema, on the values it found nothing wrong with.
  if (!doc.numbersCanonical || mayHoldFormProblems(data)) {
    const taken = new Set(findings.map((f) => nodeKey(f.path, f.part)));
    walkDocument(doc, context.root, (node) => {
      if (taken.size > 0 && taken.has(nodeKey(node.path, 'value'))) return;
      const finding = checkNumberForm(context.root, node) ?? checkFractionRange(node);
      if (finding !== undefined) findings.push(finding);
    });
  }

  if (outcome.document === undefined && findings.length === 0) {
    // Never drop a document silently, even if every ajv error was explained away.
    findings.push({
      code: 'schema/invalid',
      path: [],
      part: 'value',
      message: `the document does not match the ${kind} schema`,
      params: { kind },
    });
  }
  if (findings.length > 0 || outcome.document === undefined) {
    const damaged = damagedFields(kind, findings);
    const failed = fail(doc, findings);
    return damaged === undefined
      ? failed
      : { ...failed, partial: partialDocument(kind, doc, damaged) };
  }
  return { document: outcome.document, diagnostics: [] };
}

/**
 * Whether the checks beyond the schema could find anything in a document
 * whose numbers are written as `String` writes them. Its whole numbers are written as `String(value)` writes
 * them, which `checkNumberForm` always accepts, so only numbers with a
 * fraction part and `p/q` texts can give a finding: without either, the walk
 * is skipped.
 */
function mayHoldFormProblems(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isInteger(value);
  if (typeof value === 'string') return value.includes('/') && FRACTION_SHAPE.test(value);
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(mayHoldFormProblems);
  const map = value as Readonly<Record<string, unknown>>;
  for (const key in map) {
    if (mayHoldFormProblems(map[key])) return true;
  }
  return false;
}

const FRACTION_SHAPE = /^[1-9][0-9]*\/[1-9][0-9]*$/;

interface Header {
  readonly kind: Kind;
  readonly stop: false;
  readonly versionMissing: boolean;
  readonly findings: Finding[];
}

/** `kind` picks the schema and `version` must be 1; without them nothing else can be checked. */
function checkHeader(data: object): Header | { readonly stop: true; readonly findings: Finding[] } {
  const kinds: readonly string[] = KINDS;
  const map = data as Readonly<Record<string, unknown>>;
  if (!Object.hasOwn(map, 'kind')) {
    return stop({
      path: [],
      message: 'the document has no "kind"',
      hint: `start it with kind: ${KINDS.join(' | ')}`,
      params: { allowed: [...KINDS] },
    });
  }
  const kind = map.kind;
  if (isCollection(kind)) {
    return stopWithType('kind', kind, `"kind" must be one of ${KINDS.join(', ')}`, [...KINDS]);
  }
  if (typeof kind !== 'string' || !kinds.includes(kind)) {
    const hint = typeof kind === 'string' ? didYouMean(kind, KINDS) : undefined;
    return stop({
      path: ['kind'],
      message: `"kind" must be one of ${KINDS.join(', ')}`,
      hint: hint ?? `write one of ${KINDS.join(', ')}`,
      params: { value: valueText(kind), allowed: [...KINDS] },
    });
  }
  const known = kind as Kind;
  if (!Object.hasOwn(map, 'version')) {
    return {
      kind: known,
      stop: false,
      versionMissing: true,
      findings: [
        {
          code: 'schema/version',
          path: [],
          part: 'value',
          message: 'the document has no "version"',
          hint: 'add `version: 1` after `kind:`',
          params: { supported: 1 },
        },
      ],
    };
  }
  if (isCollection(map.version)) {
    return stopWithType('version', map.version, '"version" must be the number 1', undefined);
  }
  if (map.version !== 1) {
    const quoted = map.version === '1';
    return {
      stop: true,
      findings: [
        {
          code: 'schema/version',
          path: ['version'],
          part: 'value',
          message: quoted
            ? '"version" must be the number 1'
            : `version ${JSON.stringify(map.version)} is not supported: overrule reads version 1`,
          hint: quoted ? 'remove the quotes' : 'write `version: 1`',
          params: { value: valueText(map.version), supported: 1 },
        },
      ],
    };
  }
  return { kind: known, stop: false, versionMissing: false, findings: [] };
}

/** A mapping or a list where `kind` or `version` must be a word or a number. */
function stopWithType(
  key: 'kind' | 'version',
  value: unknown,
  message: string,
  allowed: string[] | undefined,
): { stop: true; findings: Finding[] } {
  const actual = Array.isArray(value) ? 'array' : 'object';
  return {
    stop: true,
    findings: [
      {
        code: 'schema/type',
        path: [key],
        part: 'value',
        message: `${message}, not ${valueKindWords(value)}`,
        hint: key === 'kind' ? `write one of ${KINDS.join(', ')}` : 'write `version: 1`',
        params: {
          expected: [key === 'kind' ? 'string' : 'integer'],
          actual,
          ...(allowed === undefined ? {} : { allowed }),
        },
      },
    ],
  };
}

function stop(init: Omit<Finding, 'code' | 'part'>): { stop: true; findings: Finding[] } {
  return { stop: true, findings: [{ ...init, code: 'schema/kind', part: 'value' }] };
}

function isAboutVersion(e: ErrorObject): boolean {
  return (
    (e.instancePath === '' && e.keyword === 'required' && e.params.missingProperty === 'version') ||
    e.instancePath === '/version'
  );
}

interface ValidatorOutcome {
  readonly document?: TypedDocument;
  readonly errors: readonly ErrorObject[];
}

function runValidator(kind: Kind, data: unknown, doc: ParsedDocument): ValidatorOutcome {
  switch (kind) {
    case 'council':
      return run(validateCouncil, data, (value) => ({ kind, value, doc }));
    case 'directive':
      return run(validateDirective, data, (value) => ({ kind, value, doc }));
    case 'ordinance':
      return run(validateOrdinance, data, (value) => ({ kind, value, doc }));
    case 'roll-call':
      return run(validateRollCall, data, (value) => ({ kind, value, doc }));
    case 'whip-count':
      return run(validateWhipCount, data, (value) => ({ kind, value, doc }));
    default:
      return throwIllegalValue(kind, 'kind');
  }
}

function run<T>(
  validate: CompiledValidator<T>,
  data: unknown,
  toDocument: (value: T) => TypedDocument,
): ValidatorOutcome {
  if (validate(data)) return { document: toDocument(data), errors: [] };
  return { errors: validate.errors ?? [] };
}

function fail(doc: ParsedDocument, findings: readonly Finding[]): ValidatedDocument {
  const diagnostics = findings.map((f) =>
    diagnosticAt(doc, f.path, {
      code: f.code,
      message: f.message,
      part: f.part,
      params: f.params,
      ...(f.hint === undefined ? {} : { hint: f.hint }),
    }),
  );
  return { diagnostics: diagnostics.sort(compareDiagnostics) };
}

function onlyMatch(matches: readonly string[]): Kind | undefined {
  return matches.length === 1 ? KINDS.find((k) => k === matches[0]) : undefined;
}
