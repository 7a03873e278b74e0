import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document,
  type Node,
  type ParsedNode,
} from 'yaml';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';
import type { SourceText } from '../diagnostics/source-text.js';
import { duplicateKeyErrors } from './duplicate-keys.js';
import { scalarKey } from './locate.js';
import { firstTooDeep } from './nesting.js';
import { reportYamlError, reportYamlErrors, type Report } from './yaml-errors.js';
import type { ParsedFile } from './parsed-document.js';
import { YamlDocument } from './yaml-document.js';

export { YamlDocument } from './yaml-document.js';

/** Alias expansions allowed per document: real council data never needs many. */
export const MAX_ALIAS_EXPANSIONS = 100;
/** Nesting allowed per document; the deepest real file is about six levels. */
export const MAX_DEPTH = 64;

const CORE_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
]);

const PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core', // forced: a %YAML 1.1 directive must not turn `no` into false
  merge: false,
  uniqueKeys: false, // quadratic in yaml; see duplicate-keys.ts
  stringKeys: true,
  strict: true,
  prettyErrors: false,
  keepSourceTokens: false,
} as const;

export interface YamlParsedFile extends ParsedFile {
  readonly documents: readonly YamlDocument[];
}

/** Parses a file's text as YAML 1.2 (core schema) with overrule's restrictions. */
export function parseSourceText(source: SourceText): YamlParsedFile {
  const docs = parseAllDocuments(source.text, PARSE_OPTIONS);
  const parsed = Array.isArray(docs) ? docs : [];
  if (parsed.length === 0) {
    return {
      source,
      documents: [],
      diagnostics: [
        {
          code: 'yaml/empty-document',
          severity: 'error',
          file: source.file,
          span: { start: 0, end: 0 },
          message: 'the file holds no YAML document',
          hint: 'a document starts with `kind:` and `version: 1`',
        },
      ],
    };
  }
  // yaml reports running out of stack where it happened to; measure instead.
  const exhausted = parsed.some((doc) => doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION'));
  const tooDeep = exhausted ? firstTooDeep(source.text, MAX_DEPTH) : [];
  const documents = parsed.map((doc, index) =>
    parseDocument(source, doc, index, parsed.length, tooDeep[index]),
  );
  return { source, documents, diagnostics: [] };
}

function parseDocument(
  source: SourceText,
  doc: Document.Parsed,
  index: number,
  count: number,
  tooDeepAt: number | undefined,
): YamlDocument {
  const diagnostics: Diagnostic[] = [];
  const report = (
    code: DiagnosticCode,
    span: Span,
    message: string,
    hint?: string,
    severity: 'error' | 'warning' = 'error',
  ): void => {
    diagnostics.push({
      code,
      severity,
      message,
      file: source.file,
      span,
      ...(count > 1 ? { document: index } : {}),
      ...(hint === undefined ? {} : { hint }),
    });
  };

  const exhaustion = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhaustion !== undefined) {
    const at = tooDeepAt ?? exhaustion.pos[0];
    report(
      'yaml/too-deep',
      { start: at, end: at + 1 },
      `the document is nested more than ${MAX_DEPTH} levels deep`,
      'real council data is a few levels deep; check the brackets and indentation here',
    );
  }
  const errors = [...doc.errors, ...duplicateKeyErrors(doc)].filter(
    (e) => e.code !== 'RESOURCE_EXHAUSTION',
  );
  reportYamlErrors(source.text, doc, errors, report);
  for (const w of doc.warnings) reportYamlError(w, source.text, report, true);
  checkDirectives(source, doc, report);

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    const start = doc.range[0];
    report(
      'yaml/empty-document',
      { start, end: start },
      count > 1 ? `document ${index + 1} holds no data` : 'the document holds no data',
      'a document starts with `kind:` and `version: 1`',
    );
  }

  const hasErrors = diagnostics.some((d) => d.severity === 'error');
  let data: unknown;
  if (!hasErrors) {
    const converter = new Converter(doc, report);
    data = converter.convert(doc.contents, 0);
    if (converter.failed) data = undefined;
  }
  return new YamlDocument(source, doc, index, count, data, dedupe(diagnostics));
}

/** The syntax trees of a text's documents, as `parseSourceText` builds them: for positions. */
export function parseTrees(text: string): readonly Document.Parsed[] {
  const docs = parseAllDocuments(text, PARSE_OPTIONS);
  return Array.isArray(docs) ? docs : [];
}

function checkDirectives(source: SourceText, doc: Document.Parsed, report: Report): void {
  const yaml = doc.directives.yaml;
  if (!yaml.explicit) return;
  const at = source.text.indexOf('%YAML');
  const span = at === -1 ? { start: 0, end: 0 } : { start: at, end: at + '%YAML 1.1'.length };
  if (yaml.version === '1.1') {
    report(
      'yaml/directive-1.1',
      span,
      'the %YAML 1.1 directive is ignored: the file is read as YAML 1.2 (core schema)',
      'under YAML 1.2, `no` and `yes` are text, as overrule expects; remove the directive',
      'warning',
    );
  }
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.code}:${d.span?.start ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Turns a document's syntax tree into plain data, enforcing what YAML allows
 * and overrule does not: custom tags, merge keys, collection keys, duplicate
 * keys after string conversion, control characters, too many aliases, depth.
 */
class Converter {
  failed = false;
  #aliasExpansions = 0;
  readonly #doc: Document.Parsed;
  readonly #report: Report;

  constructor(doc: Document.Parsed, report: Report) {
    this.#doc = doc;
    this.#report = report;
  }

  #fail(code: DiagnosticCode, node: Node | null | undefined, message: string, hint?: string): void {
    this.failed = true;
    const range = (node as ParsedNode | null | undefined)?.range;
    const span = range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
    this.#report(code, span, message, hint);
  }

  convert(node: Node | null | undefined, depth: number): unknown {
    if (this.failed) return undefined;
    if (node === null || node === undefined) return null;
    if (depth > MAX_DEPTH) {
      this.#fail(
        'yaml/too-deep',
        node,
        `the document is nested more than ${MAX_DEPTH} levels deep`,
      );
      return undefined;
    }
    if (isAlias(node)) {
      this.#aliasExpansions++;
      if (this.#aliasExpansions > MAX_ALIAS_EXPANSIONS) {
        this.#fail(
          'yaml/alias-limit',
          node,
          `more than ${MAX_ALIAS_EXPANSIONS} alias expansions`,
          'write the values out instead of using anchors and aliases',
        );
        return undefined;
      }
      return this.convert(node.resolve(this.#doc), depth + 1);
    }
    const tag = node.tag;
    if (tag !== undefined && !CORE_TAGS.has(tag)) {
      this.#fail(
        'yaml/tag',
        node,
        `unsupported tag ${tag.replace('tag:yaml.org,2002:', '!!')}`,
        'remove the tag',
      );
      return undefined;
    }
    if (isScalar(node)) {
      const value = node.value;
      if (typeof value === 'string' && CONTROL_CHARACTER.test(value)) {
        const code = value.match(CONTROL_CHARACTER)?.[0].charCodeAt(0) ?? 0;
        this.#fail(
          'yaml/control-character',
          node,
          `the value contains the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
          'remove it; only tabs and line breaks are allowed in text',
        );
        return undefined;
      }
      return value;
    }
    if (isSeq(node)) {
      const out: unknown[] = [];
      for (const item of node.items) out.push(this.convert(item as Node | null, depth + 1));
      return out;
    }
    if (isMap(node)) {
      const out = Object.create(null) as Record<string, unknown>;
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        if (isMap(keyNode) || isSeq(keyNode)) {
          this.#fail(
            'yaml/collection-key',
            keyNode,
            'a mapping or list cannot be a key',
            'use a plain word as the key',
          );
          return undefined;
        }
        const keyValue = isScalar(keyNode) ? keyNode.value : isAlias(keyNode) ? undefined : keyNode;
        if (isAlias(keyNode)) {
          this.#fail('yaml/alias-limit', keyNode, 'an alias cannot be a key', 'write the key out');
          return undefined;
        }
        const key = scalarKey(keyValue);
        if (key === '<<' && isScalar(keyNode) && keyNode.type === 'PLAIN') {
          this.#fail(
            'yaml/merge-key',
            keyNode,
            'merge keys (<<) are not supported',
            'write the merged keys out in full; YAML 1.2 has no merge keys',
          );
          return undefined;
        }
        if (key.length > 1024) {
          this.#fail('yaml/key-too-long', keyNode, 'a key longer than 1024 characters');
          return undefined;
        }
        if (seen.has(key)) {
          this.#fail(
            'yaml/duplicate-key',
            keyNode,
            `the key "${key}" appears twice in this mapping`,
            'remove one of them',
          );
          return undefined;
        }
        seen.add(key);
        if (
          isScalar(keyNode) &&
          typeof keyNode.value === 'string' &&
          CONTROL_CHARACTER.test(keyNode.value)
        ) {
          this.#fail('yaml/control-character', keyNode, 'the key contains a control character');
          return undefined;
        }
        out[key] = this.convert(pair.value as Node | null, depth + 1);
      }
      return out;
    }
    return null;
  }
}
