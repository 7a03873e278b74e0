import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/model/common.js';
import { DIRECTIVE_STATUSES } from '../../src/model/directive.js';
import { ORDINANCE_STATUSES, ORDINANCE_TYPES } from '../../src/model/ordinance.js';
import { VOTE_SYNONYMS, VOTE_VALUES } from '../../src/model/roll-call.js';
import { STANCES } from '../../src/model/whip-count.js';
import { SCHEMAS, type SchemaNode } from '../../src/schema/schemas.js';

/** Every subschema with the path to it. */
function* subschemas(node: SchemaNode, path = '#'): Generator<[string, SchemaNode]> {
  yield [path, node];
  const children: [string, SchemaNode | boolean | undefined][] = [
    ...Object.entries(node.properties ?? {}).map(
      ([k, v]) => [`properties/${k}`, v] as [string, SchemaNode | boolean],
    ),
    ...Object.entries(node.definitions ?? {}).map(
      ([k, v]) => [`definitions/${k}`, v] as [string, SchemaNode],
    ),
    ['additionalProperties', node.additionalProperties],
    ['items', node.items],
    ...(node.oneOf ?? []).map((v, i) => [`oneOf/${i}`, v] as [string, SchemaNode]),
  ];
  for (const [key, child] of children) {
    if (typeof child === 'object') yield* subschemas(child, `${path}/${key}`);
  }
}

describe.each(KINDS)('schemas/%s.schema.json', (kind) => {
  const schema: SchemaNode = SCHEMAS[kind];

  it('is the file on disk, with the published identifiers', () => {
    const file: unknown = JSON.parse(readFileSync(`schemas/${kind}.schema.json`, 'utf8'));
    expect(file).toEqual(schema);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe(`https://overrule.dev/schemas/v1/${kind}.schema.json`);
    expect(schema.title).toMatch(/^overrule /);
  });

  it('starts with kind, version and id, with kind and version fixed', () => {
    expect(Object.keys(schema.properties ?? {}).slice(0, 3)).toEqual(['kind', 'version', 'id']);
    expect(schema.properties?.kind).toMatchObject({ const: kind });
    expect(schema.properties?.version).toMatchObject({ const: 1 });
  });

  it('closes every object and describes every property', () => {
    for (const [path, node] of subschemas(schema)) {
      if (node.type === 'object') {
        expect(node.additionalProperties, `${path} additionalProperties`).toBeDefined();
        if (node.properties !== undefined) expect(node.additionalProperties, path).toBe(false);
        for (const [key, property] of Object.entries(node.properties ?? {})) {
          expect(
            typeof property === 'object' && property.description,
            `${path}/${key}`,
          ).toBeTruthy();
        }
      }
    }
  });
});

describe('words in the schemas are the words of the model', () => {
  const enumAt = (node: SchemaNode | boolean | undefined): unknown =>
    typeof node === 'object' ? node.enum : undefined;

  it('votes, counts and the executive', () => {
    const rollCall = SCHEMAS['roll-call'];
    expect(rollCall.definitions.vote.enum).toEqual([...VOTE_VALUES, ...Object.keys(VOTE_SYNONYMS)]);
    expect(Object.keys(rollCall.properties.counts.properties)).toEqual([...VOTE_VALUES]);
  });

  it('stances, statuses and types', () => {
    expect(SCHEMAS['whip-count'].definitions.stance.enum).toEqual([...STANCES]);
    expect(enumAt(SCHEMAS.directive.properties.status)).toEqual([...DIRECTIVE_STATUSES]);
    expect(enumAt(SCHEMAS.ordinance.properties.status)).toEqual([...ORDINANCE_STATUSES]);
    expect(enumAt(SCHEMAS.ordinance.properties.type)).toEqual([...ORDINANCE_TYPES]);
  });

  it('one schema per kind', () => {
    expect(Object.keys(SCHEMAS)).toEqual([...KINDS]);
  });
});
