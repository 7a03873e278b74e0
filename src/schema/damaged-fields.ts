import type { Kind } from '../model/common.js';
import type { TypedDocument } from '../model/typed-document.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import type { Finding } from './finding.js';
import { SCHEMAS } from './schemas.js';

/**
 * Fields that map member ids to what each member did or will do: an error in
 * one entry damages that entry alone (`votes.ann-adams`), and the others can
 * still be checked (every voter is a member, say).
 */
const MEMBER_MAPS: { readonly [K in Kind]: readonly string[] } = {
  council: [],
  directive: [],
  ordinance: [],
  'roll-call': ['votes'],
  'whip-count': ['positions'],
};

/**
 * The top-level fields of a document that its schema findings are about: the
 * field each finding is in, and the fields said to be missing; in a map of
 * members (MEMBER_MAPS), the entry, as `field.key`. Undefined when a finding
 * is about the document as a whole in some other way (it is not a map, say):
 * then no field of it can be trusted.
 */
export function damagedFields(kind: Kind, findings: readonly Finding[]): string[] | undefined {
  const damaged = new Set<string>();
  for (const finding of findings) {
    const [field, key] = finding.path;
    if (typeof field === 'string') {
      const entry = typeof key === 'string' && MEMBER_MAPS[kind].includes(field);
      damaged.add(entry ? `${field}.${key}` : field);
      continue;
    }
    if (field !== undefined) return undefined;
    const missing = finding.params.missing;
    if (finding.code === 'schema/required' && Array.isArray(missing)) {
      for (const name of missing as readonly string[]) damaged.add(name);
    } else if (finding.code === 'schema/version') {
      damaged.add('version');
    } else {
      return undefined;
    }
  }
  return [...damaged].sort();
}

/**
 * What of a document with schema errors can be used: its fields that are in
 * the schema and have no errors, and the entries without errors of a map of
 * members. Unknown keys and damaged fields are left out, so that nothing
 * reads a value of the wrong shape.
 */
export function partialValue(kind: Kind, data: unknown, damaged: readonly string[]): object {
  const kept = Object.create(null) as Record<string, unknown>;
  if (!isMap(data)) return kept;
  const known = SCHEMAS[kind].properties;
  for (const key of Object.keys(data)) {
    if (!Object.hasOwn(known, key) || damaged.includes(key)) continue;
    const value = data[key];
    const entries = damaged.filter((d) => d.startsWith(`${key}.`));
    if (entries.length === 0 || !isMap(value)) {
      kept[key] = value;
      continue;
    }
    const map = Object.create(null) as Record<string, unknown>;
    for (const entry of Object.keys(value)) {
      if (!entries.includes(`${key}.${entry}`)) map[entry] = value[entry];
    }
    kept[key] = map;
  }
  return kept;
}

/** Whether a damaged field, or an entry of it, is among a document's damaged fields. */
export function isDamaged(field: string, damaged: readonly string[]): boolean {
  return damaged.some((d) => d === field || d.startsWith(`${field}.`));
}

function isMap(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A document with schema errors as the checks may see it (see `damaged` in
 * TypedDocument): its valid fields, and the names of the others.
 */
export function partialDocument(
  kind: Kind,
  doc: ParsedDocument,
  damaged: readonly string[],
): TypedDocument {
  return { kind, value: partialValue(kind, doc.data, damaged), doc, damaged } as TypedDocument;
}
