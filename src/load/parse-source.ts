import type { SourceText } from '../diagnostics/source-text.js';
import { DeferredDocument, type ParsedFile } from './parsed-document.js';
import { parsePlainYaml } from './plain-yaml.js';
import { yamlRuntime } from './yaml-runtime.js';

/**
 * Parses a file's text: with the plain parser when the text is in its
 * subset, as council data nearly always is, and otherwise with the yaml
 * library (`yamlRuntime`, which the caller loads with `withYamlRuntime`).
 * Both give the same data and diagnostics; only the speed differs.
 */
export function parseSource(
  source: SourceText,
  options: { readonly plain?: boolean } = {},
): ParsedFile {
  const data = options.plain === false ? undefined : parsePlainYaml(source.text);
  if (data === undefined) return yamlRuntime().parseSourceText(source);
  const document = new DeferredDocument({
    source,
    index: 0,
    count: 1,
    plain: true,
    data,
    diagnostics: [],
  });
  return { source, documents: [document], diagnostics: [] };
}
