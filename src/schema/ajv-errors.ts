import type { ErrorObject } from 'ajv';
import { keepOnePerNode, nodeKey, orList, type Finding, type SchemaContext } from './finding.js';
import {
  findingFromError,
  mergeRequired,
  withFractionWording,
  type SchemaError,
} from './keyword-finding.js';
import { admitsType, branchesOf, schemaAt, typesOf, valueAt } from './schema-walk.js';
import { typeFinding } from './type-finding.js';

/**
 * Turns ajv's errors into at most one finding per node. `oneOf` noise is
 * collapsed first: the branch that the value's type picks explains the
 * problem, and a value of no branch's type gets one type error naming them all.
 */
export function findingsFromAjvErrors(
  errors: readonly ErrorObject[],
  context: SchemaContext,
): Finding[] {
  const schemaErrors = errors
    .filter((e) => e.keyword !== 'propertyNames' && e.keyword !== 'if')
    .map((e) => toSchemaError(e, context.data));
  const atNode = new Map<string, SchemaError[]>();
  for (const e of schemaErrors) {
    if (e.propertyName !== undefined) continue;
    const key = nodeKey(e.path, 'value');
    const list = atNode.get(key);
    if (list === undefined) atNode.set(key, [e]);
    else list.push(e);
  }
  const dropped = new Set<SchemaError>();
  const findings: Finding[] = [];
  for (const union of schemaErrors) {
    if (union.keyword !== 'oneOf' && union.keyword !== 'anyOf') continue;
    dropped.add(union);
    const here = atNode.get(nodeKey(union.path, 'value')) ?? [];
    findings.push(...collapseUnion(union, here, context, dropped));
  }
  for (const e of schemaErrors) {
    if (!dropped.has(e)) findings.push(findingFromError(e, context));
  }
  return keepOnePerNode(
    findings.map((f) => withFractionWording(f, context)),
    mergeRequired,
  );
}

function toSchemaError(e: ErrorObject, data: unknown): SchemaError {
  const path: (string | number)[] = [];
  let value = data;
  const pointer = e.instancePath === '' ? [] : e.instancePath.slice(1).split('/');
  for (const raw of pointer) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(value) ? Number(segment) : segment;
    path.push(step);
    value = valueAt(value, [step]);
  }
  return {
    keyword: e.keyword,
    path,
    schemaPath: e.schemaPath,
    params: e.params as Record<string, unknown>,
    ...(e.propertyName === undefined ? {} : { propertyName: e.propertyName }),
  };
}

/**
 * The findings that replace a failed `oneOf`, given the other errors at its
 * node (`here`); the errors it explains away go into `dropped`.
 */
function collapseUnion(
  union: SchemaError,
  here: readonly SchemaError[],
  context: SchemaContext,
  dropped: Set<SchemaError>,
): Finding[] {
  const { root, data } = context;
  const node = schemaAt(root, data, union.path);
  if (node === undefined) return [];
  const drop = (keep: (e: SchemaError) => boolean): void => {
    for (const e of here) if (!keep(e)) dropped.add(e);
  };

  const branches = branchesOf(root, node);
  if (branches.length === 0) {
    // A choice between keys, as in a roll call's `votes` or `counts`.
    drop((e) => !e.schemaPath.startsWith(`${union.schemaPath}/`));
    const choices = (node.oneOf ?? node.anyOf ?? []).flatMap((b) => b.required ?? []);
    return [keyChoice(union, choices)];
  }
  const value = valueAt(data, union.path);
  if (branches.some((b) => admitsType(b, value))) {
    // The type picks the branch; what the other branches said here is noise.
    drop(
      (e) =>
        !(
          e.keyword === 'type' ||
          ((e.keyword === 'enum' || e.keyword === 'const') && !wordsFit(e.params, value))
        ),
    );
    return [];
  }
  drop(() => false);
  const expected = [...new Set(branches.flatMap((b) => typesOf(b)))];
  return [typeFinding({ ...context, path: union.path, expected, node })];
}

/** Whether an `enum`/`const` could apply to the value at all (same type as one allowed word). */
function wordsFit(params: Readonly<Record<string, unknown>>, value: unknown): boolean {
  const allowed = Array.isArray(params.allowedValues)
    ? params.allowedValues
    : [params.allowedValue];
  return allowed.some((a) => typeof a === typeof value);
}

function keyChoice(union: SchemaError, choices: readonly string[]): Finding {
  const [first = '', second = ''] = choices;
  if (Array.isArray(union.params.passingSchemas)) {
    return {
      code: 'schema/invalid',
      path: [...union.path, second],
      part: 'key',
      message: `give either ${JSON.stringify(first)} or ${JSON.stringify(second)}, not both`,
      hint: `remove ${JSON.stringify(second)} or ${JSON.stringify(first)}`,
      params: { choices: [...choices] },
    };
  }
  return {
    code: 'schema/required',
    path: union.path,
    part: 'value',
    message: `${orList(choices.map((c) => JSON.stringify(c)))} is required`,
    params: { missing: [...choices], oneOf: true },
  };
}
