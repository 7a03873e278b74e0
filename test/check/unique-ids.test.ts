import { describe, expect, it } from 'vitest';
import { uniqueIdsCheck } from '../../src/check/unique-ids.js';
import { findingsOf } from '../support/project-from-text.js';

const directive = (id: string): string =>
  `kind: directive\nversion: 1\nid: ${id}\ncouncil: testville\ntitle: A policy\nstatus: issued\n`;

describe('unique-ids', () => {
  it('reports a second document of a kind with the same id, at its id, naming the first', () => {
    const findings = findingsOf(
      { 'a.yaml': directive('frt-policy'), 'b.yaml': directive('frt-policy') },
      uniqueIdsCheck,
    );
    expect(findings.map((f) => [f.code, f.severity, f.at])).toEqual([
      ['id/duplicate', 'error', 'b.yaml:3:5'],
    ]);
    expect(findings[0]?.message).toContain('a.yaml:3');
  });

  it('allows one id across different kinds', () => {
    const ordinance = `kind: ordinance\nversion: 1\nid: frt-policy\ncouncil: testville\ntype: resolution\ntitle: T\nstatus: draft\n`;
    expect(
      findingsOf({ 'a.yaml': directive('frt-policy'), 'b.yaml': ordinance }, uniqueIdsCheck),
    ).toEqual([]);
  });

  it('warns about measure ids differing only in letter case', () => {
    const ordinance = (id: string): string =>
      `kind: ordinance\nversion: 1\nid: "${id}"\ncouncil: testville\ntype: resolution\ntitle: T\nstatus: draft\n`;
    const findings = findingsOf(
      { 'a.yaml': ordinance('CC-12'), 'b.yaml': ordinance('cc-12') },
      uniqueIdsCheck,
    );
    expect(findings.map((f) => [f.code, f.severity, f.at])).toEqual([
      ['id/possible-duplicate', 'warning', 'b.yaml:3:5'],
    ]);
  });

  it('counts documents in one file separately', () => {
    const text = `${directive('x')}---\n${directive('x')}`;
    expect(findingsOf({ 'a.yaml': text }, uniqueIdsCheck).map((f) => [f.code, f.at])).toEqual([
      ['id/duplicate', 'a.yaml:10:5'],
    ]);
  });
});
