import { describe, expect, it } from 'vitest';
import {
  createJunitWriter,
  escapeXml,
  type JunitOptions,
} from '../../src/report/validation-junit.js';
import { runCli, STACK_TRACE, writeTempFiles } from '../support/run-cli.js';
import { makeReport, writeReport, type ValidationReport } from './report-fixture.js';
import { parseXml, type XmlElement } from './xml.js';

function renderValidationJunit(report: ValidationReport, options: JunitOptions): Promise<string> {
  return writeReport(report, (out) => createJunitWriter(out, options));
}

const FILE = 'kind: roll-call\nversion: 1\nvotes:\n  ann: maybe\n';

function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

describe('validate --format junit', () => {
  it('is well-formed XML with one test case per file', async () => {
    const report = makeReport({ 'a.yaml': FILE, 'b.yaml': FILE, 'c.yaml': FILE }, [
      { file: 'a.yaml', at: 'maybe', code: 'schema/enum', message: 'not a vote' },
      { file: 'a.yaml', at: 'ann', code: 'ref/unknown-member', message: 'no such member' },
      { file: 'b.yaml', at: 'votes', severity: 'warning', message: 'just a warning' },
    ]);
    const root = parseXml(await renderValidationJunit(report, { strict: false }));
    expect(root.name).toBe('testsuites');
    const suite = child(root, 'testsuite');
    expect(suite?.attributes).toMatchObject({ tests: '3', failures: '1', errors: '0' });
    const cases = suite?.children.filter((c) => c.name === 'testcase') ?? [];
    expect(cases.map((c) => c.attributes['name'])).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);

    const failure = child(cases[0], 'failure');
    expect(failure?.attributes['type']).toBe('schema/enum');
    expect(failure?.attributes['message']).toBe('schema/enum: not a vote (and 1 more)');
    expect(failure?.text.split('\n')).toEqual([
      'a.yaml:4:8: error schema/enum: not a vote',
      'a.yaml:4:3: error ref/unknown-member: no such member',
    ]);
    // a warning does not fail a file, but is shown
    expect(child(cases[1], 'failure')).toBeUndefined();
    expect(child(cases[1], 'system-out')?.text).toBe(
      'b.yaml:3:1: warning schema/enum: just a warning',
    );
    expect(cases[2]?.children).toEqual([]);
  });

  it('fails files with warnings under --strict', async () => {
    const report = makeReport(
      { 'b.yaml': FILE },
      [{ file: 'b.yaml', at: 'votes', severity: 'warning', message: 'just a warning' }],
      { strict: true },
    );
    const root = parseXml(await renderValidationJunit(report, { strict: true }));
    const testcase = child(child(root, 'testsuite'), 'testcase');
    expect(child(testcase, 'failure')?.text).toBe(
      'b.yaml:3:1: warning schema/enum: just a warning',
    );
  });

  it('escapes markup, quotes and characters XML cannot hold', async () => {
    const nasty = 'a <b> & "c" \'d\' ]]> \u0001 \uD800 end';
    const report = makeReport({ 'x&y <z>.yaml': FILE }, [
      { file: 'x&y <z>.yaml', at: 'maybe', message: nasty, hint: 'line\r\nbreak' },
    ]);
    const xml = await renderValidationJunit(report, { strict: false });
    const root = parseXml(xml);
    const testcase = child(child(root, 'testsuite'), 'testcase');
    expect(testcase?.attributes['name']).toBe('x&y <z>.yaml');
    const failure = child(testcase, 'failure');
    expect(failure?.attributes['message']).toBe(
      'schema/enum: a <b> & "c" \'d\' ]]> \\u0001 \\uD800 end',
    );
    expect(failure?.text).toContain('x&y <z>.yaml:4:8: error schema/enum: a <b> & "c"');
    expect(escapeXml('a\nb')).toBe('a&#10;b');
    expect(escapeXml('a\nb', false)).toBe('a\nb');
  });

  it('works end to end', async () => {
    const folder = writeTempFiles({
      'broken.yaml': 'kind: council\nkind: council\n',
      'empty.yaml': '',
    });
    const run = await runCli(['validate', '.', '--format', 'junit'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const root = parseXml(run.stdout);
    const cases = child(root, 'testsuite')?.children ?? [];
    expect(cases.map((c) => c.attributes['name'])).toEqual(['broken.yaml', 'empty.yaml']);
    expect(child(cases[0], 'failure')?.text).toMatch(
      /^broken\.yaml:2:1: error yaml\/duplicate-key/,
    );
  });
});
