import type { DataPath } from '../diagnostics/address.js';
import type { JsonType, SchemaNode } from './schemas.js';

/**
 * Walking a schema alongside the data it describes, to find what a node was
 * supposed to be: its allowed keys, its type, its words. Only local
 * `#/definitions/...` references exist in overrule's schemas.
 *
 * Convention the walk (and the error mapping) relies on: the branches of a
 * `oneOf` in a schema without a `type` of its own differ in type, so the
 * data's type picks the branch.
 */

/** Follows `$ref`s to the schema they name; `true`/`false` schemas have no node. */
export function resolveRef(
  root: SchemaNode,
  node: SchemaNode | boolean | undefined,
): SchemaNode | undefined {
  let current = node;
  for (let hops = 0; typeof current === 'object' && current.$ref !== undefined; hops++) {
    const name = /^#\/definitions\/(.+)$/.exec(current.$ref)?.[1];
    if (name === undefined || hops > 16 || root.definitions === undefined) return undefined;
    current = Object.hasOwn(root.definitions, name) ? root.definitions[name] : undefined;
  }
  return typeof current === 'object' ? current : undefined;
}

/** The JSON type of a value, `integer` for whole numbers; undefined for NaN and Infinity. */
export function jsonTypeOf(value: unknown): JsonType | undefined {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'boolean':
      return 'boolean';
    case 'string':
      return 'string';
    case 'number':
      if (!Number.isFinite(value)) return undefined;
      return Number.isInteger(value) ? 'integer' : 'number';
    case 'object':
      return 'object';
    default:
      return undefined;
  }
}

/** The types a schema names, as a list (empty when it names none). */
export function typesOf(node: SchemaNode): readonly JsonType[] {
  if (node.type === undefined) return [];
  return typeof node.type === 'string' ? [node.type] : node.type;
}

/** Whether a schema's `type` admits the value (`number` admits whole numbers). */
export function admitsType(node: SchemaNode, value: unknown): boolean {
  const actual = jsonTypeOf(value);
  if (actual === undefined) return false;
  return typesOf(node).some((t) => t === actual || (t === 'number' && actual === 'integer'));
}

/** The alternatives of a schema without a type of its own (`oneOf`/`anyOf`), resolved. */
export function branchesOf(root: SchemaNode, node: SchemaNode): SchemaNode[] {
  if (node.type !== undefined) return [];
  const branches = node.oneOf ?? node.anyOf ?? [];
  return branches.flatMap((b) => resolveRef(root, b) ?? []);
}

/** For a schema that is a choice by type, the branch the value's type picks. */
export function selectBranch(root: SchemaNode, node: SchemaNode, value: unknown): SchemaNode {
  const branches = branchesOf(root, node);
  return branches.find((b) => admitsType(b, value)) ?? node;
}

/** The schema of one child (a key or an index) of a node. */
export function childSchema(
  root: SchemaNode,
  node: SchemaNode,
  segment: string | number,
): SchemaNode | undefined {
  if (typeof segment === 'number') return resolveRef(root, node.items);
  if (node.properties !== undefined && Object.hasOwn(node.properties, segment)) {
    return resolveRef(root, node.properties[segment]);
  }
  return resolveRef(root, node.additionalProperties);
}

/** The value at a path in plain data (null-prototype maps and arrays). */
export function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/**
 * The schema of the node at `path` (its `$ref`s resolved, its own `oneOf`
 * not yet chosen), or undefined where the schema does not describe the path.
 */
export function schemaAt(root: SchemaNode, data: unknown, path: DataPath): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  let value = data;
  for (const segment of path) {
    if (node === undefined) return undefined;
    node = childSchema(root, selectBranch(root, node, value), segment);
    value = valueAt(value, [segment]);
  }
  return node;
}
