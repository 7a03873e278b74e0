import type { Kind } from '../model/common.js';
import { SCHEMAS } from '../schema/schemas.js';

/** The file name a kind's schema is published under: `roll-call.schema.json`. */
export function schemaFileName(kind: Kind): string {
  return `${kind}.schema.json`;
}

/** A kind's JSON Schema as published: two-space JSON and a final newline. */
export function renderSchemaJson(kind: Kind): string {
  return `${JSON.stringify(SCHEMAS[kind], null, 2)}\n`;
}
