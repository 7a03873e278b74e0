/**
 * The TypeScript type a JSON Schema literal describes, for the subset of JSON
 * Schema overrule's schemas use: `type` (one or a list), `const`, `enum`,
 * `properties` + `required`, `additionalProperties` (false or a schema),
 * `items`, `oneOf`/`anyOf` (as a union, when the schema has no `type` of its
 * own) and local `$ref`s to `#/definitions/...`. Everything else (patterns,
 * ranges, formats, descriptions) does not change the type and is ignored.
 *
 * `schemas.ts` compares `SchemaType<schema>` with the hand-written model type,
 * so a property added, renamed, made optional or given another value in one
 * and not the other fails `tsc`. Ajv's own `JSONSchemaType<T>` does not fit:
 * it wants `nullable: true` (which lets `null` through) on every optional
 * property and does not notice extra properties or a wrong `required` list.
 */
export type SchemaType<S, Root = S> = S extends { readonly $ref: `#/definitions/${infer Name}` }
  ? Root extends { readonly definitions: { readonly [N in Name]: infer Target } }
    ? SchemaType<Target, Root>
    : { readonly unresolvedRef: Name }
  : S extends { readonly const: infer C }
    ? C
    : S extends { readonly enum: readonly (infer E)[] }
      ? E
      : S extends { readonly type: infer T }
        ? TypedSchema<S, T, Root>
        : S extends { readonly oneOf: readonly (infer B)[] }
          ? SchemaType<B, Root>
          : S extends { readonly anyOf: readonly (infer B)[] }
            ? SchemaType<B, Root>
            : unknown;

type TypedSchema<S, T, Root> = T extends readonly (infer U)[]
  ? TypedSchema<S, U, Root>
  : T extends 'string'
    ? string
    : T extends 'integer' | 'number'
      ? number
      : T extends 'boolean'
        ? boolean
        : T extends 'null'
          ? null
          : T extends 'array'
            ? S extends { readonly items: infer I }
              ? readonly SchemaType<I, Root>[]
              : readonly unknown[]
            : T extends 'object'
              ? ObjectSchemaType<S, Root>
              : never;

type RequiredKeys<S> = S extends { readonly required: readonly (infer R)[] } ? R : never;

type ObjectSchemaType<S, Root> = S extends { readonly properties: infer P }
  ? Flatten<
      { readonly [K in keyof P & RequiredKeys<S>]: SchemaType<P[K], Root> } & {
        readonly [K in Exclude<keyof P, RequiredKeys<S>>]?: SchemaType<P[K], Root>;
      }
    >
  : S extends { readonly additionalProperties: infer A }
    ? A extends false
      ? { readonly [key: string]: never }
      : { readonly [key: string]: SchemaType<A, Root> }
    : { readonly [key: string]: unknown };

type Flatten<T> = { [K in keyof T]: T[K] };

/** True when A and B are the same type (optional and readonly modifiers included). */
// The generic functions are the point: TypeScript compares them by type identity.
/* eslint-disable @typescript-eslint/no-unnecessary-type-parameters */
export type Equal<A, B> =
  (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;
/* eslint-enable @typescript-eslint/no-unnecessary-type-parameters */
