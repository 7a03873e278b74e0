import { writtenMarker, type DataPath } from '../diagnostics/address.js';
import { labelOf, orList, typeWords, type Finding, type SchemaContext } from './finding.js';
import { branchesOf, jsonTypeOf, valueAt } from './schema-walk.js';
import type { JsonType, SchemaNode } from './schemas.js';

export interface TypeProblem extends SchemaContext {
  readonly path: DataPath;
  /** The types the schema allows at the path. */
  readonly expected: readonly JsonType[];
  /** The schema at the path, for the words it allows. */
  readonly node: SchemaNode | undefined;
}

const NUMBER_TEXT = /^\s*[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?\s*$/;

/**
 * A value of the wrong type, with the hint that fixes the usual cause:
 * `id: 0012` read as a number ("quote it"), `seats: "15"` ("remove the
 * quotes"), `aye: true` ("write aye or no"), `vote:` left empty.
 */
export function typeFinding(problem: TypeProblem): Finding {
  const { data, root, path, expected, node } = problem;
  const label = labelOf(path);
  const value = valueAt(data, path);
  const words = node === undefined ? [] : wordsOf(root, node);
  const actual = jsonTypeOf(value) ?? 'number';
  const params = { expected: [...expected], actual };
  const finding = (message: string, hint?: string): Finding => ({
    code: 'schema/type',
    path,
    part: 'value',
    message,
    ...(hint === undefined ? {} : { hint }),
    params,
  });

  if (value === null) {
    return finding(
      `${label} has no value`,
      words.length > 0 ? `write one of ${orList(words)}` : `give it ${typeWords(expected)}`,
    );
  }
  if (typeof value === 'boolean' && words.length > 0) {
    return finding(`${label} must be a word, not true/false`, booleanHint(words));
  }
  const others = expected.filter((t) => t !== 'string');
  const message =
    words.length === 0
      ? `${label} must be ${typeWords(expected)}`
      : `${label} must be one of ${orList(words)}${others.length > 0 ? `, or ${typeWords(others)}` : ''}`;
  // The value as written (`0012`, `.inf`), filled in when the finding is placed.
  const source = (): string => writtenMarker(JSON.stringify(value));
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return finding(message, `${source()} is not a number overrule can count with`);
  }
  if (
    words.length === 0 &&
    expected.includes('string') &&
    (typeof value === 'number' || typeof value === 'boolean')
  ) {
    return finding(message, `quote it: "${source()}"`);
  }
  if (
    (expected.includes('integer') || expected.includes('number')) &&
    typeof value === 'string' &&
    NUMBER_TEXT.test(value)
  ) {
    return finding(message, 'remove the quotes');
  }
  if (expected.length === 1 && expected[0] === 'array' && actual !== 'object') {
    return finding(message, `write a list: [${source()}]`);
  }
  return finding(message);
}

/** `aye: true` was meant as a word: say which. */
function booleanHint(words: readonly string[]): string {
  if (words.includes('aye') && words.includes('no')) return 'write aye or no, not true/false';
  if (words.includes('yes') && words.includes('no')) return 'write yes or no, not true/false';
  return `write ${orList(words)}, not true/false`;
}

/** The words a schema (or one of its branches) allows. */
function wordsOf(root: SchemaNode, node: SchemaNode): string[] {
  const nodes = [node, ...branchesOf(root, node)];
  return nodes.flatMap((n) => (n.enum ?? []).filter((w): w is string => typeof w === 'string'));
}
