/**
 * A planned file with schema errors is reported, never taken for the data it
 * was made from: documents with errors take part in the checks of `validate`
 * (on their valid fields), but an import's output check reads valid ones only.
 */
import { describe, expect, it } from 'vitest';
import { checkPlannedFiles } from '../../src/interop/check-output.js';
import { DocumentRegistry } from '../../src/project/document-registry.js';

describe('checkPlannedFiles', () => {
  it('reports the schema errors of a planned roll call and does not read it back', async () => {
    const data = {
      kind: 'roll-call',
      version: 1,
      id: 'rc',
      council: 'c',
      date: '2024-01-01',
      rule: 'r',
      motion: 12,
      votes: { ann: 'aye' },
    };
    const text =
      'kind: roll-call\nversion: 1\nid: rc\ncouncil: c\ndate: 2024-01-01\nrule: r\nmotion: 12\nvotes:\n  ann: aye\n';
    const check = await checkPlannedFiles(
      [{ path: 'rc.yaml', text, data }],
      DocumentRegistry.of([]),
    );
    expect(check.errors.map((d) => d.code)).toEqual(['schema/type']);
    expect(check.documents).toEqual([]);
  });
});
