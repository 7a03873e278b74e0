import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { didYouMean } from '../basics/suggest.js';
import { renderSchemaJson, schemaFileName } from '../init/schema-files.js';
import { describeFsError, readRegularFile } from '../load/read.js';
import { KINDS, type Kind } from '../model/common.js';
import { SCHEMAS } from '../schema/schemas.js';
import { EXIT, UsageError } from './errors.js';
import { writeWholeFile } from './file-write.js';
import type { Io } from './io.js';
import { openReportOutput } from './output.js';

export interface SchemaOptions {
  readonly write?: string;
  readonly output?: string;
}

/**
 * `overrule schema [KIND] [--write DIR]`: prints the JSON Schema of one kind,
 * or all of them as one object keyed by kind; with `--write`, writes them as
 * `<kind>.schema.json` files into DIR (created if missing) instead.
 */
export function schemaCommand(kind: string | undefined, options: SchemaOptions, io: Io): number {
  const kinds = kind === undefined ? KINDS : [parseKind(kind)];
  if (options.write !== undefined) {
    const folder = resolve(io.cwd, options.write);
    try {
      mkdirSync(folder, { recursive: true });
      if (!statSync(folder).isDirectory()) throw new UsageError(`${options.write} is not a folder`);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`--write ${describeFsError(error, options.write)}`);
    }
    for (const k of kinds) {
      const display = join(options.write, schemaFileName(k));
      const path = join(folder, schemaFileName(k));
      const content = renderSchemaJson(k);
      if (sameContent(path, content)) {
        io.stderr.write(`overrule: ${display} is up to date\n`);
        continue;
      }
      writeWholeFile(path, display, content);
      io.stdout.write(`${display}\n`);
    }
    return EXIT.ok;
  }
  const output = openReportOutput(io, options.output);
  const body =
    kind === undefined
      ? Object.fromEntries(KINDS.map((k) => [k, SCHEMAS[k]]))
      : SCHEMAS[parseKind(kind)];
  output.stream.write(`${JSON.stringify(body, null, 2)}\n`);
  output.finish();
  return EXIT.ok;
}

function parseKind(text: string): Kind {
  if ((KINDS as readonly string[]).includes(text)) return text as Kind;
  const suggestion = didYouMean(text, KINDS);
  throw new UsageError(
    `"${text}" is not a kind; the kinds are ${KINDS.join(', ')}${suggestion === undefined ? '' : ` (${suggestion})`}`,
  );
}

/** Whether the file holds `content` already (a FIFO or a device is never read). */
function sameContent(path: string, content: string): boolean {
  try {
    const read = readRegularFile(path, Buffer.byteLength(content, 'utf8'));
    return read.kind === 'bytes' && read.bytes.toString('utf8') === content;
  } catch {
    return false;
  }
}
