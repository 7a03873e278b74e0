import type { CST } from 'yaml';

/** A comment in a YAML text: where it starts and what it says. */
export interface CommentToken {
  readonly offset: number;
  readonly source: string;
}

/** Every comment in a token stream, in source order. */
export function collectComments(tokens: readonly CST.Token[]): CommentToken[] {
  const found: CommentToken[] = [];
  const visit = (token: CST.Token | null | undefined): void => {
    if (token === null || token === undefined) return;
    switch (token.type) {
      case 'comment':
        found.push({ offset: token.offset, source: token.source });
        return;
      case 'document':
        token.start.forEach(visit);
        visit(token.value);
        token.end?.forEach(visit);
        return;
      case 'doc-end':
        token.end?.forEach(visit);
        return;
      case 'block-map':
      case 'block-seq':
        for (const item of token.items) visitItem(item);
        return;
      case 'flow-collection':
        visit(token.start);
        for (const item of token.items) visitItem(item);
        token.end.forEach(visit);
        return;
      case 'alias':
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        token.end?.forEach(visit);
        return;
      case 'block-scalar':
        token.props.forEach(visit);
        return;
      default:
        return;
    }
  };
  const visitItem = (item: CST.CollectionItem): void => {
    item.start.forEach(visit);
    visit(item.key);
    item.sep?.forEach(visit);
    visit(item.value);
  };
  tokens.forEach(visit);
  return found.sort((a, b) => a.offset - b.offset);
}
