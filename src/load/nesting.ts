import { Parser, type CST } from 'yaml';

/**
 * The offset of the first collection nested deeper than `maxDepth` in each
 * YAML document of a text (the top-level collection is depth 0), or undefined
 * for a document within the limit. The syntax tree is walked with an explicit
 * stack, so any depth is measured without exhausting the call stack; this is
 * what makes "nested too deeply" land on the same place every time, whatever
 * the stack size of the thread that hit the limit.
 */
export function firstTooDeep(text: string, maxDepth: number): (number | undefined)[] {
  const found: (number | undefined)[] = [];
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    found.push(token.value === undefined ? undefined : searchTooDeep(token.value, maxDepth));
  }
  return found;
}

function searchTooDeep(root: CST.Token, maxDepth: number): number | undefined {
  const stack: { token: CST.Token; depth: number }[] = [{ token: root, depth: -1 }];
  let first: number | undefined;
  while (stack.length > 0) {
    const top = stack.pop();
    if (top === undefined) break;
    const { token } = top;
    const isCollection =
      token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
    const depth = isCollection ? top.depth + 1 : top.depth;
    if (isCollection && depth > maxDepth) {
      if (first === undefined || token.offset < first) first = token.offset;
      continue;
    }
    if (!isCollection) continue;
    for (const item of token.items) {
      if (item.key !== undefined && item.key !== null) stack.push({ token: item.key, depth });
      if (item.value !== undefined) stack.push({ token: item.value, depth });
    }
  }
  return first;
}
