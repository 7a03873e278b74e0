/**
 * A batch's result crosses between threads packed (check-transport.ts): the
 * documents with schema errors keep their damaged fields, and an
 * unidentified one its empty id, so that a worker thread checks them as this
 * thread does.
 */
import { describe, expect, it } from 'vitest';
import { packBatch, unpackBatch } from '../../src/project/check-transport.js';
import { checkReadOutcome, documentsWithoutData } from '../../src/project/check-file.js';
import { SourceText } from '../../src/diagnostics/source-text.js';
import type { BatchResult } from '../../src/project/file-batches.js';

async function checkText(file: string, text: string): Promise<BatchResult['checks'][number]> {
  return checkReadOutcome(file, { kind: 'text', source: new SourceText(file, text) });
}

describe('check transport', () => {
  it('keeps the damaged fields of documents with schema errors, and nothing for valid ones', async () => {
    const checks = [
      await checkText(
        'rc.yaml',
        'kind: roll-call\nversion: 1\nid: rc\ncouncil: c\ndate: 2024-13-01\nrule: r\nvotes:\n  ann: maybe\n  bob: aye\n',
      ),
      await checkText(
        'c.yaml',
        'kind: council\nversion: 1\nid: Bad Id\nname: C\nseats: 3\nmembers: []\nrules: {}\n',
      ),
      await checkText('broken.yaml', 'kind: council\nversion: 1\nid: c\nname: [\n'),
      await checkText(
        'ok.yaml',
        'kind: directive\nversion: 1\nid: d\ncouncil: c\ntitle: D\nstatus: issued\n',
      ),
    ];
    const result: BatchResult = {
      checks,
      found: checks.map(() => undefined),
      waiting: checks.map(() => false),
      late: [],
    };
    const unpacked = unpackBatch(structuredClone(packBatch(result)));
    const described = (i: number): unknown => {
      const check = checks[i];
      return check?.kind === 'read' ? documentsWithoutData(check.documents) : undefined;
    };
    expect(unpacked.checks.map((c) => (c.kind === 'read' ? c.documents : []))).toEqual([
      described(0),
      described(1),
      described(2),
      described(3),
    ]);
    expect(described(0)).toEqual([
      expect.objectContaining({ id: 'rc', damaged: ['date', 'votes.ann'] }),
    ]);
    expect(described(1)).toEqual([expect.objectContaining({ id: '', damaged: ['id', 'members'] })]);
    expect(described(2)).toEqual([
      expect.objectContaining({ kind: 'council', id: '', damaged: ['id'] }),
    ]);
    const valid = described(3) as readonly object[];
    expect(valid).toHaveLength(1);
    expect(valid[0]).not.toHaveProperty('damaged');
  });
});
