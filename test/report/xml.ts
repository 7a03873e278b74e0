/**
 * A small, strict XML 1.0 reader for tests: it checks that a document is
 * well-formed (one root, balanced tags, quoted unique attributes, only the five
 * predefined entities and character references, only characters XML allows)
 * and returns its element tree. It throws on the first problem.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text, entities decoded. */
  readonly text: string;
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function parseXml(xml: string): XmlElement {
  if (ILLEGAL.test(xml)) throw new Error('a character XML does not allow');
  let i = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${i}: ${JSON.stringify(xml.slice(i, i + 30))}`);
  };
  const skipSpace = (): void => {
    while (i < xml.length && /\s/.test(xml[i] ?? '')) i++;
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;]*);|&/g, (match, name: string | undefined) => {
      if (name === undefined) return fail('a bare &');
      if (/^#x[0-9a-fA-F]+$/.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (/^#[0-9]+$/.test(name)) return String.fromCodePoint(parseInt(name.slice(1), 10));
      const value = ENTITIES[name];
      return value ?? fail(`unknown entity ${match}`);
    });

  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end === -1) fail('an unclosed XML declaration');
    i = end + 2;
  }
  skipSpace();

  const element = (): XmlElement => {
    if (xml[i] !== '<') fail('expected <');
    i++;
    const name = NAME.exec(xml.slice(i))?.[0] ?? fail('expected a tag name');
    i += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = i;
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail('expected space between attributes');
      const attribute = NAME.exec(xml.slice(i))?.[0] ?? fail('expected an attribute name');
      i += attribute.length;
      if (xml[i] !== '=') fail('expected =');
      i++;
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") fail('expected a quoted value');
      const end = xml.indexOf(quote ?? '"', i + 1);
      if (end === -1) fail('an unclosed attribute value');
      const raw = xml.slice(i + 1, end);
      if (raw.includes('<')) fail('< inside an attribute value');
      if (Object.hasOwn(attributes, attribute)) fail(`attribute ${attribute} twice`);
      attributes[attribute] = decode(raw);
      i = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (i >= xml.length) fail(`</${name}> missing`);
      if (xml.startsWith('</', i)) {
        i += 2;
        if (!xml.startsWith(name, i)) fail(`expected </${name}>`);
        i += name.length;
        skipSpace();
        if (xml[i] !== '>') fail('expected >');
        i++;
        return { name, attributes, children, text };
      }
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i);
        if (end === -1) fail('an unclosed comment');
        i = end + 3;
        continue;
      }
      if (xml[i] === '<') {
        children.push(element());
        continue;
      }
      const next = xml.indexOf('<', i);
      const raw = xml.slice(i, next === -1 ? xml.length : next);
      if (raw.includes(']]>')) fail(']]> in text');
      text += decode(raw);
      i += raw.length;
    }
  };

  const root = element();
  skipSpace();
  if (i !== xml.length) fail('content after the root element');
  return root;
}
