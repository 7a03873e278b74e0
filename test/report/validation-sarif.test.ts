import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/codes.js';
import { createSarifWriter, type SarifOptions } from '../../src/report/validation-sarif.js';
import { runCli, STACK_TRACE, writeTempFiles } from '../support/run-cli.js';
import { makeReport, writeReport, type ValidationReport } from './report-fixture.js';

function renderValidationSarif(report: ValidationReport, options: SarifOptions): Promise<string> {
  return writeReport(report, (out) => createSarifWriter(out, options));
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: string; index: number };
      region?: SarifRegion;
    };
  }[];
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        rules: { id: string; shortDescription: { text: string } }[];
      };
    };
    originalUriBaseIds: Record<string, { uri: string }>;
    artifacts: { location: { uri: string } }[];
    results: SarifResult[];
  }[];
}

const FILE = 'kind: roll-call\nversion: 1\nvotes:\n  ann: maybe\n';

/** The SARIF 2.1.0 fields GitHub code scanning and other readers rely on. */
function expectValidSarif(log: SarifLog): void {
  expect(log.version).toBe('2.1.0');
  expect(log.$schema).toMatch(/sarif-2\.1\.0/);
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0];
  if (run === undefined) throw new Error('no run');
  expect(run.tool.driver.name).toBe('overrule');
  const ids = run.tool.driver.rules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const rule of run.tool.driver.rules) expect(rule.shortDescription.text).not.toBe('');
  for (const result of run.results) {
    expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(['error', 'warning', 'note']).toContain(result.level);
    expect(result.message.text).not.toBe('');
    const location = result.locations[0]?.physicalLocation;
    expect(location?.artifactLocation.uri).not.toMatch(/\\/);
    expect(run.artifacts[location?.artifactLocation.index ?? -1]).toBeDefined();
  }
}

describe('validate --format sarif', () => {
  it('has every diagnostic code as a rule, described as in codes.ts', async () => {
    const log = JSON.parse(
      await renderValidationSarif(makeReport({ 'a.yaml': FILE }, []), {
        cwd: '/repo',
        toolVersion: '1.2.3',
      }),
    ) as SarifLog;
    expectValidSarif(log);
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(Object.keys(DIAGNOSTIC_CODES));
    expect(rules.find((r) => r.id === 'schema/enum')?.shortDescription.text).toBe(
      DIAGNOSTIC_CODES['schema/enum'],
    );
    expect(log.runs[0]?.tool.driver.version).toBe('1.2.3');
    expect(log.runs[0]?.results).toEqual([]);
  });

  it('gives results full regions and repo-relative URIs with forward slashes', async () => {
    const report = makeReport({ 'roll calls/rc.yaml': FILE, 'council.yaml': 'kind: council\n' }, [
      { file: 'roll calls/rc.yaml', at: 'maybe', code: 'schema/enum', message: 'not a vote' },
      { file: 'council.yaml', code: 'io/unreadable', severity: 'warning' },
    ]);
    const log = JSON.parse(
      await renderValidationSarif(report, { cwd: '/repo', toolVersion: '0' }),
    ) as SarifLog;
    expectValidSarif(log);
    const [first, second] = log.runs[0]?.results ?? [];
    expect(first?.ruleId).toBe('schema/enum');
    expect(first?.level).toBe('error');
    expect(first?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'roll%20calls/rc.yaml', uriBaseId: 'SRCROOT', index: 0 },
      region: { startLine: 4, startColumn: 8, endLine: 4, endColumn: 13 },
    });
    // no position: the file, but no region
    expect(second?.level).toBe('warning');
    expect(second?.locations[0]?.physicalLocation.region).toBeUndefined();
    expect(log.runs[0]?.originalUriBaseIds['SRCROOT']?.uri).toBe('file:///repo/');
  });

  it('makes paths relative to the working folder in a real run', async () => {
    const folder = writeTempFiles({});
    mkdirSync(join(folder, 'data', 'nested'), { recursive: true });
    writeFileSync(join(folder, 'data', 'nested', 'broken.yaml'), 'kind: council\nkind: council\n');
    const run = await runCli(['validate', join(folder, 'data'), '--format', 'sarif'], {
      cwd: folder,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const log = run.json as SarifLog;
    expectValidSarif(log);
    const result = log.runs[0]?.results[0];
    expect(result?.ruleId).toBe('yaml/duplicate-key');
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(
      'data/nested/broken.yaml',
    );
    const region = result?.locations[0]?.physicalLocation.region;
    expect(region).toMatchObject({ startLine: 2, startColumn: 1, endLine: 2 });
    expect(region?.endColumn).toBeGreaterThan(1);
  });
});
