import type { Kind } from '../model/common.js';
import type { KindMap } from '../model/typed-document.js';
import {
  councilSchema,
  directiveSchema,
  ordinanceSchema,
  rollCallSchema,
  whipCountSchema,
} from './generated/schema-literals.js';
import type { Equal, SchemaType } from './schema-type.js';

/** The part of JSON Schema overrule's schemas use, for walking a schema at run time. */
export interface SchemaNode {
  readonly $schema?: string;
  readonly $id?: string;
  readonly $ref?: string;
  readonly title?: string;
  readonly description?: string;
  readonly type?: JsonType | readonly JsonType[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, SchemaNode | boolean>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: SchemaNode | boolean;
  readonly propertyNames?: SchemaNode;
  readonly minProperties?: number;
  readonly items?: SchemaNode;
  readonly minItems?: number;
  readonly uniqueItems?: boolean;
  readonly oneOf?: readonly SchemaNode[];
  readonly anyOf?: readonly SchemaNode[];
  readonly pattern?: string;
  readonly format?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly definitions?: Readonly<Record<string, SchemaNode>>;
}

export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

/**
 * The published JSON Schema of each kind: the same objects as
 * `schemas/<kind>.schema.json`, from which they are generated. The order of
 * each schema's `properties` is the canonical key order.
 */
export const SCHEMAS = {
  council: councilSchema,
  directive: directiveSchema,
  ordinance: ordinanceSchema,
  'roll-call': rollCallSchema,
  'whip-count': whipCountSchema,
} as const satisfies Readonly<Record<Kind, SchemaNode>>;

/**
 * Compile-time proof that each schema describes exactly its model type
 * (src/model/*.ts): same keys, same optional keys, same value types and words.
 * When a schema and its type disagree, `tsc` fails on the line of that kind
 * with "Type 'false' does not satisfy the constraint 'true'".
 */
export type SchemasMatchModel = [
  Holds<Equal<SchemaType<typeof councilSchema>, KindMap['council']>>,
  Holds<Equal<SchemaType<typeof directiveSchema>, KindMap['directive']>>,
  Holds<Equal<SchemaType<typeof ordinanceSchema>, KindMap['ordinance']>>,
  Holds<Equal<SchemaType<typeof rollCallSchema>, KindMap['roll-call']>>,
  Holds<Equal<SchemaType<typeof whipCountSchema>, KindMap['whip-count']>>,
];

type Holds<T extends true> = T;
