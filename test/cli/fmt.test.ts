import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SourceText } from '../../src/diagnostics/source-text.js';
import { formatSource } from '../../src/fmt/format-source.js';
import { verifyFormatted } from '../../src/fmt/verify.js';
import { parseSourceText } from '../../src/load/parse.js';
import { SCHEMAS } from '../../src/schema/schemas.js';
import { runCli, STACK_TRACE, writeTempFiles } from '../support/run-cli.js';

const CASES = join(import.meta.dirname, '..', 'fixtures', 'fmt', 'cases');
const MILWAUKEE = join(import.meta.dirname, '..', '..', 'ordinances', 'milwaukee');

function caseFile(name: string, file: 'input.yaml' | 'expected.yaml'): string {
  return readFileSync(join(CASES, name, file), 'utf8');
}

function format(text: string, file = 'input.yaml'): string {
  const outcome = formatSource(new SourceText(file, text));
  if (!outcome.ok) {
    throw new Error(outcome.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
  }
  return outcome.text;
}

function yamlFilesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(folder, f));
}

describe('fmt: golden cases (test/fixtures/fmt/cases)', () => {
  for (const name of readdirSync(CASES)) {
    it(`${name}: input becomes expected, and expected stays as it is`, () => {
      expect(format(caseFile(name, 'input.yaml'))).toBe(caseFile(name, 'expected.yaml'));
      expect(format(caseFile(name, 'expected.yaml'))).toBe(caseFile(name, 'expected.yaml'));
    });
  }
});

describe('fmt: round trips', () => {
  it('leaves every bundled Milwaukee file unchanged', () => {
    const files = yamlFilesUnder(MILWAUKEE);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect({ file, text: format(text, file) }).toEqual({ file, text });
    }
  });

  it('keeps keys in schema order, synonyms canonical and data the same, whatever the input order', () => {
    const keys = ['id', 'council', 'measure', 'date', 'rule', 'motion', 'hypothetical', 'votes'];
    const values: Record<string, string> = {
      id: 'rc-1',
      council: 'smallville',
      measure: '"251850"',
      date: '2024-09-01',
      rule: 'override',
      motion: 'Adopt it # a comment',
      hypothetical: 'true',
    };
    const words = ['aye', 'no', 'yes', 'yea', 'nay', 'abstain', 'absent'] as const;
    const canonical: Record<string, string> = { yes: 'aye', yea: 'aye', nay: 'no' };
    fc.assert(
      fc.property(
        fc.shuffledSubarray(keys, { minLength: keys.length, maxLength: keys.length }),
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(2, 3, 4),
        (order, votes, step) => {
          const pad = ' '.repeat(step);
          const lines = ['kind: roll-call', 'version: 1'];
          for (const key of order) {
            if (key === 'votes') {
              lines.push('votes:', ...votes.map((v, i) => `${pad}m${i}: ${v} # vote ${i}`));
            } else {
              lines.push(`${key}: ${values[key] ?? ''}`);
            }
          }
          const input = `${lines.join('\n')}\n`;
          const output = format(input);
          expect(format(output)).toBe(output);
          const data = parse(output) as Record<string, unknown>;
          expect(Object.keys(data)).toEqual(['kind', 'version', ...keys]);
          expect(data['votes']).toEqual(
            Object.fromEntries(votes.map((v, i) => [`m${i}`, canonical[v] ?? v])),
          );
          for (let i = 0; i < votes.length; i++) expect(output).toContain(`# vote ${i}`);
          expect(output).toMatch(/\nvotes:\n {2}m0: /);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('overrule fmt', () => {
  const SYNONYMS = caseFile('synonyms', 'input.yaml');
  const SYNONYMS_FORMATTED = caseFile('synonyms', 'expected.yaml');

  it('canonicalises a vote synonym in place, keeping its comment', async () => {
    const folder = writeTempFiles({ 'rc.yaml': SYNONYMS });
    const run = await runCli(['fmt', '.'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('rc.yaml\n');
    const text = readFileSync(join(folder, 'rc.yaml'), 'utf8');
    expect(text).toBe(SYNONYMS_FORMATTED);
    expect(text).toContain('  ann: aye # said "yes" loudly\n');
  });

  it('--check lists the files that would change, writes nothing and exits 1', async () => {
    const folder = writeTempFiles({ 'a.yaml': SYNONYMS, 'b.yaml': SYNONYMS_FORMATTED });
    const run = await runCli(['fmt', '--check'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('a.yaml\n');
    expect(run.stderr).toMatch(/1 of 2 files would be reformatted/);
    expect(readFileSync(join(folder, 'a.yaml'), 'utf8')).toBe(SYNONYMS);

    const clean = await runCli(['fmt', '--check', 'b.yaml'], { cwd: folder });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe('');
  });

  it('keeps CRLF line endings and a byte order mark', async () => {
    const crlf = SYNONYMS.replace(/\n/g, '\r\n');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SYNONYMS)]);
    const folder = writeTempFiles({ 'crlf.yaml': crlf, 'bom.yaml': bom });
    const run = await runCli(['fmt', '.'], { cwd: folder });
    expect(run.code).toBe(0);
    const text = readFileSync(join(folder, 'crlf.yaml'), 'utf8');
    expect(text).toBe(SYNONYMS_FORMATTED.replace(/\n/g, '\r\n'));
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const bytes = readFileSync(join(folder, 'bom.yaml'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(SYNONYMS_FORMATTED);
  });

  it('reorders and reindents CRLF files too', () => {
    const input = caseFile('indentation', 'input.yaml').replace(/\n/g, '\r\n');
    expect(format(input)).toBe(caseFile('indentation', 'expected.yaml').replace(/\n/g, '\r\n'));
    const reordered = caseFile('comments', 'input.yaml').replace(/\n/g, '\r\n');
    expect(format(reordered)).toBe(caseFile('comments', 'expected.yaml').replace(/\n/g, '\r\n'));
  });

  it('never rewrites a file that would not change, and keeps the mode of one that does', async () => {
    const folder = writeTempFiles({ 'same.yaml': SYNONYMS_FORMATTED, 'mode.yaml': SYNONYMS });
    const same = join(folder, 'same.yaml');
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(same, old, old);
    const before = statSync(same);
    chmodSync(join(folder, 'mode.yaml'), 0o600);
    const run = await runCli(['fmt'], { cwd: folder });
    expect(run.code).toBe(0);
    const after = statSync(same);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.ino).toBe(before.ino);
    expect(statSync(join(folder, 'mode.yaml')).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder).sort()).toEqual(['mode.yaml', 'same.yaml']);
  });

  it('refuses a file with YAML errors, with its position, and formats the others', async () => {
    const broken = 'kind: council\nversion: 1\nkind: council\n';
    const folder = writeTempFiles({ 'broken.yaml': broken, 'ok.yaml': SYNONYMS });
    const run = await runCli(['fmt', '.'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).toMatch(
      /^broken\.yaml:3:1: error: not formatted: .*\[yaml\/duplicate-key\]$/m,
    );
    expect(readFileSync(join(folder, 'broken.yaml'), 'utf8')).toBe(broken);
    expect(readFileSync(join(folder, 'ok.yaml'), 'utf8')).toBe(SYNONYMS_FORMATTED);
  });

  it('refuses what it cannot reproduce faithfully, saying where', async () => {
    const flow = [
      'kind: roll-call',
      'version: 1',
      'id: rc-1',
      'council: smallville',
      'date: 2024-09-01',
      'rule: override',
      'counts: { aye: 2, no: 1 }',
      'recorded: {',
      '  tally: "2-1", # as published',
      '  result: passed',
      '}',
      '',
    ].join('\n');
    const folder = writeTempFiles({ 'flow.yaml': flow });
    const run = await runCli(['fmt', '--check', '.'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^flow\.yaml:8:\d+: error: not formatted: .*\[fmt\/unsupported\]$/m);
    expect(run.stderr).toMatch(/hint: /);
    expect(readFileSync(join(folder, 'flow.yaml'), 'utf8')).toBe(flow);
  });

  it('leaves files that are not overrule documents as they are', async () => {
    const other = 'zeta:    1\nalpha:\n    - yes\n';
    const folder = writeTempFiles({ 'other.yaml': other });
    const run = await runCli(['fmt', '--check'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(readFileSync(join(folder, 'other.yaml'), 'utf8')).toBe(other);
  });

  it('formats standard input to standard output', async () => {
    const run = await runCli(['fmt', '-'], { stdin: SYNONYMS });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(SYNONYMS_FORMATTED);
    const check = await runCli(['fmt', '--check', '-'], { stdin: SYNONYMS });
    expect(check.code).toBe(1);
    expect(check.stdout).toBe('<stdin>\n');
  });

  it('exits 2 for a path that does not exist', async () => {
    const folder = writeTempFiles({});
    const run = await runCli(['fmt', 'missing.yaml'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing\.yaml: no such file or folder/);
  });

  it('writes only what changed when given a folder tree', async () => {
    const folder = writeTempFiles({ 'a.yaml': SYNONYMS });
    writeFileSync(join(folder, 'b.yml'), caseFile('key-order', 'input.yaml'));
    const run = await runCli(['fmt'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter(Boolean).sort()).toEqual(['a.yaml', 'b.yml']);
    expect(readFileSync(join(folder, 'b.yml'), 'utf8')).toBe(
      caseFile('key-order', 'expected.yaml'),
    );
  });

  it('rewrites the file a symbolic link points to, keeping the link', async () => {
    const folder = writeTempFiles({});
    mkdirSync(join(folder, 'data'));
    writeFileSync(join(folder, 'data', 'real.yaml'), SYNONYMS);
    symlinkSync('real.yaml', join(folder, 'data', 'link.yaml'));
    const run = await runCli(['fmt', 'data/link.yaml'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(lstatSync(join(folder, 'data', 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(folder, 'data', 'real.yaml'), 'utf8')).toBe(SYNONYMS_FORMATTED);
  });
});

describe('fmt: the round-trip check', () => {
  const original = new SourceText('rc.yaml', caseFile('synonyms', 'input.yaml'));
  const parsed = parseSourceText(original);
  const schemas = [SCHEMAS['roll-call']];
  const good = caseFile('synonyms', 'expected.yaml');
  const problems = (formatted: string) => verifyFormatted(original, parsed, formatted, schemas);

  it('accepts the canonical text', () => {
    expect(problems(good)).toEqual([]);
  });

  it('refuses changed data, pointing at it in the original', () => {
    const [problem] = problems(good.replace('bob: "no"', 'bob: "abstain"'));
    expect(problem?.message).toMatch(/votes\.bob would change/);
    expect(original.position(problem?.offset ?? -1)).toEqual({ line: 10, column: 8 });
    // a synonym left as it was is a change too: the data fmt promises has the canonical word
    expect(problems(good.replace('ann: aye', 'ann: yes'))[0]?.message).toMatch(/votes\.ann/);
  });

  it('refuses a lost comment, a lost blank line and text that does not parse', () => {
    expect(problems(good.replace(' # said "yes" loudly', ''))[0]?.message).toMatch(
      /comment "# said "yes" loudly" would be lost/,
    );
    expect(problems(`${good}\n`)[0]?.message).toMatch(/blank lines/);
    expect(problems(`${good}votes: {}\n`)[0]?.message).toMatch(/would not parse/);
  });
});
