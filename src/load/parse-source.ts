import type { SourceText } from '../diagnostics/source-text.js';
import type { ParsedDocument, ParsedFile } from './parsed-document.js';
import { plainTopLevelKeyLine } from './plain-scalar.js';
import { parsePlainYaml } from './plain-yaml.js';

type YamlParser = typeof import('./parse.js');

/** The yaml library's half of reading, once it has been loaded (see `parseSource`). */
let yamlParser: YamlParser | undefined;

/**
 * Parses a file's text: at once with the plain parser when the text is in
 * its subset, as council data nearly always is; otherwise with the yaml
 * library, which is loaded the first time a file needs it (it is a large
 * part of start-up, and most runs never need it). Both give the same data
 * and diagnostics; only the speed differs. The answer is a promise only
 * while the library is still to be loaded.
 */
export function parseSource(source: SourceText): ParsedFile | Promise<ParsedFile> {
  const data = parsePlainYaml(source.text);
  if (data !== undefined) {
    return { source, documents: [new PlainDocument(source, data)], diagnostics: [] };
  }
  if (yamlParser !== undefined) return yamlParser.parseSourceText(source);
  return loadYamlParser().then((parser) => parser.parseSourceText(source));
}

/** The yaml library's parser, loaded on first use. */
export async function loadYamlParser(): Promise<YamlParser> {
  yamlParser ??= await import('./parse.js');
  return yamlParser;
}

/** A document the plain parser read: a single document whose numbers are all written plainly. */
class PlainDocument implements ParsedDocument {
  readonly source: SourceText;
  readonly data: unknown;
  readonly index = 0;
  readonly count = 1;
  readonly diagnostics = [];
  readonly numbersCanonical = true;

  constructor(source: SourceText, data: unknown) {
    this.source = source;
    this.data = data;
  }

  numberText(path: readonly (string | number)[]): string | undefined {
    let value: unknown = this.data;
    for (const key of path) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string | number, unknown>)[key];
    }
    return typeof value === 'number' ? String(value) : undefined;
  }

  idLine(): number | undefined {
    return plainTopLevelKeyLine(this.source.text, 'id');
  }
}
