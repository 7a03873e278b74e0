import { isMap, isPair, isScalar, isSeq, YAMLParseError, type Document, type Node } from 'yaml';

/**
 * yaml's own duplicate-key check compares each key with every key before it
 * in its mapping: a mapping of 40,000 keys took 15 seconds. overrule turns it
 * off (`uniqueKeys: false`) and finds the same duplicates here in one pass,
 * with a set of the keys seen per mapping, as yaml's errors (`DUPLICATE_KEY`
 * at the repeated key) so that they are reported as yaml's were.
 *
 * Two keys are the same as yaml has them: scalars of the same value (`1`
 * and `"1"` differ here; the conversion to plain data catches those).
 * Collections used as keys are an error of their own and are not compared.
 * The tree is walked with an explicit stack, whatever its depth; an alias is
 * not followed (the mapping it names is checked where it is written).
 */
export function duplicateKeyErrors(doc: Document.Parsed): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        if (isScalar(key)) {
          if (seen.has(key.value)) {
            const at = key.range?.[0] ?? 0;
            errors.push(
              new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'),
            );
          } else {
            seen.add(key.value);
          }
        } else {
          stack.push(key);
        }
        stack.push(pair.value);
      }
    }
  }
  return errors.sort((a, b) => a.pos[0] - b.pos[0]);
}
