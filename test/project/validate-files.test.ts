/**
 * validateFiles (files checked as they are read, each document as soon as
 * what it refers to is known, ids registered in path order) gives exactly
 * what holding the whole project and running every check over it gives; and
 * the same whichever parser reads the files, and however the files are
 * split into shards.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runChecks } from '../../src/check/index.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { resolveDiagnostic, type SourceTexts } from '../../src/diagnostics/source-text.js';
import { ScratchFile } from '../../src/load/scratch-file.js';
import { placeDiagnosticsIn } from '../../src/load/positions.js';
import { HeldFiles } from '../../src/project/held-files.js';
import { placeFindings } from '../../src/report/place-findings.js';
import { loadProject } from '../../src/project/load-project.js';
import { validateFiles, type ValidateFilesOptions } from '../../src/project/validate-files.js';
import { messyCorpus, writeTree } from '../support/messy-corpus.js';
import { makeTempFolder } from '../support/run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** While on, the plain parser declines every text, so that the yaml library reads every file. */
const readWithYamlOnly = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/load/plain-yaml.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/load/plain-yaml.js')>();
  return {
    ...original,
    parsePlainYaml: (text: string) =>
      readWithYamlOnly.on ? undefined : original.parsePlainYaml(text),
  };
});

const TREES: Record<string, () => string> = {
  milwaukee: () => join(ROOT, 'ordinances', 'milwaukee'),
  fixtures: () => join(ROOT, 'test', 'fixtures', 'tally'),
  messy: () => {
    const folder = makeTempFolder();
    writeTree(folder, messyCorpus(300));
    return folder;
  },
};

/** Diagnostics in report order (as validate sorts them), resolved to line and column. */
function reportOrder(
  diagnostics: readonly Diagnostic[],
  files: readonly string[],
  sources: SourceTexts,
): object[] {
  const order = new Map(files.map((file, index) => [file, index]));
  const key = (d: Diagnostic): [number, number, number, string] => [
    order.get(d.file) ?? -1,
    d.document ?? 0,
    d.span?.start ?? -1,
    d.code,
  ];
  return [...diagnostics]
    .sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      for (let i = 0; i < 3; i++) {
        const d = (ka[i] as number) - (kb[i] as number);
        if (d !== 0) return d;
      }
      return ka[3] < kb[3] ? -1 : ka[3] > kb[3] ? 1 : 0;
    })
    .map((d) => resolveDiagnostic(d, sources));
}

async function wholeProject(
  folder: string,
): Promise<{ files: readonly string[]; report: object[] }> {
  const loaded = await loadProject(['.'], { cwd: folder, maxFileSize: 4 << 20 });
  const all = placeAll([...loaded.diagnostics, ...runChecks(loaded.project)], loaded.sources);
  return { files: loaded.files, report: reportOrder(all, loaded.files, loaded.sources) };
}

/** What validateFiles hands on, gathered. */
interface Collected {
  readonly files: string[];
  readonly diagnostics: Diagnostic[];
  /** Resolved, in the order handed on. */
  readonly report: object[];
}

/** Findings placed in their files' texts, as the printing layer places them. */
function placeAll(diagnostics: readonly Diagnostic[], sources: SourceTexts): Diagnostic[] {
  return diagnostics.map((d) => placeDiagnosticsIn(sources.get(d.file), [d])[0] ?? d);
}

async function collect(
  paths: string[],
  options: ValidateFilesOptions,
  held?: HeldFiles,
): Promise<Collected> {
  const collected: Collected = { files: [], diagnostics: [], report: [] };
  const run = await validateFiles(
    paths,
    options,
    async (checked) => {
      if (checked.read) collected.files.push(checked.file);
      collected.diagnostics.push(...checked.diagnostics);
      collected.report.push(...(await placeFindings(checked.diagnostics, checked.source)));
    },
    held,
  );
  expect(run.files).toBe(collected.files.length);
  return collected;
}

function report(run: Collected): object[] {
  return run.report;
}

describe('validateFiles', () => {
  for (const [name, tree] of Object.entries(TREES)) {
    it(`finds what running every check over the whole project finds (${name})`, async () => {
      const folder = tree();
      const expected = await wholeProject(folder);
      const run = await collect(['.'], { cwd: folder, maxFileSize: 4 << 20, jobs: 1 });
      expect(run.files).toEqual(expected.files);
      expect(report(run)).toEqual(expected.report);
      if (name === 'messy') expect(expected.report.length).toBeGreaterThan(100);
    });

    it(`finds the same with every file read by the yaml library (${name})`, async () => {
      const folder = tree();
      const options = { cwd: folder, maxFileSize: 4 << 20, jobs: 1 };
      const plain = await collect(['.'], options);
      readWithYamlOnly.on = true;
      const yaml = await collect(['.'], options).finally(() => {
        readWithYamlOnly.on = false;
      });
      expect(report(yaml)).toEqual(report(plain));
      expect(yaml.diagnostics).toEqual(plain.diagnostics);
    });
  }

  it('gives the same when the files held behind one that waits go to disk', async () => {
    const folder = TREES['messy']?.() ?? '';
    const options = { cwd: folder, maxFileSize: 4 << 20, jobs: 1 };
    const inMemory = await collect(['.'], options);
    const open = vi.spyOn(ScratchFile, 'open');
    const onDisk = await collect(['.'], options, new HeldFiles({ holdInMemory: 0 }));
    expect(open).toHaveBeenCalledTimes(1);
    open.mockRestore();
    expect(onDisk).toEqual(inMemory);
    // an unknown council early in the messy tree holds back most files behind it
    expect(inMemory.diagnostics.map((d) => d.code)).toContain('ref/unknown-council');
  });

  it('splits the files into shards that together report what one run reports', async () => {
    const folder = TREES['messy']?.() ?? '';
    const options = { cwd: folder, maxFileSize: 4 << 20, jobs: 1 };
    const whole = await collect(['.'], options);
    for (const count of [1, 2, 3, 7]) {
      const shards: Collected[] = [];
      for (let index = 1; index <= count; index++) {
        shards.push(await collect(['.'], { ...options, shard: { index, count } }));
      }
      expect(shards.flatMap((s) => s.files)).toEqual(whole.files);
      expect(shards.flatMap((s) => s.diagnostics)).toEqual(whole.diagnostics);
      expect(shards.every((s) => s.files.length > 0)).toBe(true);
    }
  });

  it('reads standard input first, and checks it against the files', async () => {
    const folder = makeTempFolder();
    const files = messyCorpus(30);
    writeTree(folder, files);
    const stdin = Buffer.from(String(files['roll-calls/00/rc-0001.yaml']));
    const options = { cwd: folder, maxFileSize: 4 << 20, stdin };
    const loaded = await loadProject(['-', '.'], options);
    const all = placeAll([...loaded.diagnostics, ...runChecks(loaded.project)], loaded.sources);
    const expected = reportOrder(all, loaded.files, loaded.sources);
    const run = await collect(['-', '.'], { ...options, jobs: 1 });
    expect(run.files[0]).toBe('<stdin>');
    expect(report(run)).toEqual(expected);
    const codes = new Set(run.diagnostics.map((d) => d.code));
    expect([...codes]).toEqual(expect.arrayContaining(['ref/unknown-member', 'id/duplicate']));
  });

  it('meets every kind of trouble in the messy corpus', async () => {
    const folder = TREES['messy']?.() ?? '';
    const run = await collect(['.'], { cwd: folder, maxFileSize: 4 << 20, jobs: 1 });
    const codes = new Set(run.diagnostics.map((d) => d.code));
    for (const code of [
      'ref/unknown-member',
      'roll-call/missing-member',
      'id/duplicate',
      'id/possible-duplicate',
      'tally/recorded-mismatch',
      'ref/unknown-council',
      'schema/version',
      'schema/enum',
      'yaml/duplicate-key',
      'ref/unknown-rule',
      'ref/unknown-measure',
      'encoding/invalid-utf8',
      'roll-call/counts-total',
      'yaml/implicit-key',
      'ordinance/directive-status',
    ]) {
      expect(codes, code).toContain(code);
    }
  });
});
