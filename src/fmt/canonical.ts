import { VOTE_SYNONYMS, type VoteSynonym } from '../model/roll-call.js';
import { childSchema, resolveRef, selectBranch } from '../schema/schema-walk.js';
import type { SchemaNode } from '../schema/schemas.js';

/**
 * What "canonical" means for fmt, read from the published schemas: the key
 * order of a mapping is the order of its schema's `properties` (keys the
 * schema does not name keep their order, after the known ones), and a vote
 * position is a value whose schema allows both a synonym and its canonical
 * word (so whip-count stances, where `yes` is the word itself, stay as they are).
 */

/** A stand-in value of the node's shape, enough for choosing a `oneOf` branch. */
export type Shape = 'map' | 'seq' | { readonly scalar: unknown };

/** The schema of a node of the given shape, its `oneOf` branch chosen. */
export function branchFor(
  root: SchemaNode,
  schema: SchemaNode | undefined,
  shape: Shape,
): SchemaNode | undefined {
  if (schema === undefined) return undefined;
  const value = shape === 'map' ? {} : shape === 'seq' ? [] : shape.scalar;
  return selectBranch(root, schema, value);
}

/** The canonical order of a mapping's keys, or undefined where the schema names none. */
export function canonicalKeyOrder(
  schema: SchemaNode | undefined,
  keys: readonly string[],
): readonly string[] | undefined {
  const properties = schema?.properties;
  if (properties === undefined) return undefined;
  const rank = new Map(Object.keys(properties).map((key, index) => [key, index]));
  const known = keys.filter((k) => rank.has(k));
  const unknown = keys.filter((k) => !rank.has(k));
  known.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  return [...known, ...unknown];
}

/** The schema of a child of a mapping (by key) or a sequence (by index). */
export function schemaOfChild(
  root: SchemaNode,
  schema: SchemaNode | undefined,
  segment: string | number,
): SchemaNode | undefined {
  if (schema === undefined) return undefined;
  return childSchema(root, schema, segment);
}

/** The canonical word for a vote synonym in a vote position, else undefined. */
export function canonicalVoteWord(
  root: SchemaNode,
  schema: SchemaNode | undefined,
  value: unknown,
): string | undefined {
  if (typeof value !== 'string' || !Object.hasOwn(VOTE_SYNONYMS, value)) return undefined;
  const canonical = VOTE_SYNONYMS[value as VoteSynonym];
  const words = resolveRef(root, schema)?.enum;
  if (words === undefined || !words.includes(value) || !words.includes(canonical)) {
    return undefined;
  }
  return canonical;
}

/**
 * The data fmt should produce from a document's data: the same, with vote
 * synonyms replaced by their canonical words. Verification compares the
 * re-parsed output with this.
 */
export function canonicalData(
  root: SchemaNode,
  schema: SchemaNode | undefined,
  data: unknown,
): unknown {
  if (Array.isArray(data)) {
    const branch = branchFor(root, schema, 'seq');
    return data.map((item, index) => canonicalData(root, schemaOfChild(root, branch, index), item));
  }
  if (data !== null && typeof data === 'object') {
    const branch = branchFor(root, schema, 'map');
    const out = Object.create(null) as Record<string, unknown>;
    for (const [key, value] of Object.entries(data)) {
      out[key] = canonicalData(root, schemaOfChild(root, branch, key), value);
    }
    return out;
  }
  return canonicalVoteWord(root, schema, data) ?? data;
}
