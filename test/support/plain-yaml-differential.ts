import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import { SourceText } from '../../src/diagnostics/source-text.js';
import { locate } from '../../src/load/locate.js';
import { parseSourceText } from '../../src/load/parse.js';
import { plainTopLevelKeyLine } from '../../src/load/plain-scalar.js';
import { parsePlainYaml } from '../../src/load/plain-yaml.js';
import { decodeSource } from '../../src/load/read.js';

/** Texts larger than this are left out: the plain parser refuses nothing by size, the test would only be slow. */
const LARGEST = 1024 * 1024;

/**
 * The differential test of the plain parser against the yaml library: when
 * the plain parser reads a text, the yaml library must read it as one
 * document without a single error or warning, with the same data (null
 * prototypes and key order included); and a top-level `id` must be on the
 * line `locate` gives. Returns whether the plain parser read the text.
 */
export function expectPlainAgreesWithYaml(text: string, label = 'text'): boolean {
  if (text.length > LARGEST) return false;
  const plain = parsePlainYaml(text);
  if (plain === undefined) return false;
  const source = new SourceText(label, text);
  const full = parseSourceText(source);
  const context = `${label}:\n${text}`;
  expect(full.diagnostics, context).toEqual([]);
  expect(full.documents.length, context).toBe(1);
  const [doc] = full.documents;
  expect(doc?.diagnostics, context).toEqual([]);
  expect(
    isDeepStrictEqual(plain, doc?.data),
    `${context}\nplain: ${JSON.stringify(plain)}\nyaml: ${JSON.stringify(doc?.data)}`,
  ).toBe(true);
  expect(Object.keys(plain), context).toEqual(Object.keys(doc?.data ?? {}));
  if (doc !== undefined && typeof plain['id'] === 'string') {
    const line = source.position(locate(doc.tree, ['id']).start).line;
    expect(plainTopLevelKeyLine(text, 'id'), context).toBe(line);
  }
  return true;
}

/** The same for the bytes of a file, decoded as overrule decodes them. */
export function expectPlainAgreesWithYamlOnBytes(bytes: string | Uint8Array, label: string): void {
  const raw = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  if (raw.length > LARGEST) return;
  const outcome = decodeSource(raw, label, Number.POSITIVE_INFINITY);
  if (outcome.kind === 'text') expectPlainAgreesWithYaml(outcome.source.text, label);
}
