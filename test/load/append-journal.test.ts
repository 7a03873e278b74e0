import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  encodeJournalLine,
  JournalWriter,
  readJournal,
  removeJournal,
} from '../../src/load/append-journal.js';
import { makeTempFolder } from '../support/run-cli.js';

function journalPath(): string {
  return join(makeTempFolder('overrule-journal-'), 'rc.yaml.journal');
}

// generous: the machine may be busy
describe('the append-only journal', { timeout: 60_000 }, () => {
  it('writes numbered, checksummed lines and reads them back', () => {
    const path = journalPath();
    expect(readJournal(path)).toEqual({ kind: 'absent' });
    const writer = JournalWriter.create(path, ['{"header":"é"}']);
    writer.append('y');
    writer.append('u');
    writer.close();
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n').map((l) => l.split('\t').slice(0, 2))).toEqual([
      ['0', '{"header":"é"}'],
      ['1', 'y'],
      ['2', 'u'],
      [''],
    ]);
    expect(text).toMatch(/^0\t\{"header":"é"\}\t[0-9a-f]{8}\n1\ty\t[0-9a-f]{8}\n/);
    expect(readJournal(path)).toEqual({
      kind: 'read',
      contents: {
        records: ['{"header":"é"}', 'y', 'u'],
        length: Buffer.byteLength(text),
        torn: null,
      },
    });
  });

  it('never creates a journal over an existing file', () => {
    const path = journalPath();
    writeFileSync(path, 'something\n');
    expect(() => JournalWriter.create(path, ['h'])).toThrow(/EEXIST/);
    expect(readFileSync(path, 'utf8')).toBe('something\n');
  });

  it('drops a torn last line (cut short, or with a wrong checksum), keeping every line before it', () => {
    const path = journalPath();
    const whole = encodeJournalLine(0, 'h') + encodeJournalLine(1, 'y');
    writeFileSync(path, `${whole}2\tn\t01`);
    expect(readJournal(path)).toEqual({
      kind: 'read',
      contents: { records: ['h', 'y'], length: whole.length, torn: { line: 3, bytes: 6 } },
    });
    const spoiled = encodeJournalLine(2, 'n').replace('\tn\t', '\tx\t');
    writeFileSync(path, whole + spoiled);
    expect(readJournal(path)).toMatchObject({
      kind: 'read',
      contents: { records: ['h', 'y'], torn: { line: 3, bytes: spoiled.length } },
    });
    // zeros after a power cut
    writeFileSync(path, Buffer.concat([Buffer.from(whole), Buffer.alloc(4096)]));
    expect(readJournal(path)).toMatchObject({
      kind: 'read',
      contents: { records: ['h', 'y'], torn: { line: 3, bytes: 4096 } },
    });
  });

  it('resumes after a torn line: cuts it off, and numbers the next record after the last whole one', () => {
    const path = journalPath();
    const whole = encodeJournalLine(0, 'h') + encodeJournalLine(1, 'y');
    writeFileSync(path, `${whole}2\tn`);
    const read = readJournal(path);
    if (read.kind !== 'read') throw new Error(read.kind);
    const writer = JournalWriter.resume(path, read.contents);
    writer.append('x');
    writer.close();
    expect(readFileSync(path, 'utf8')).toBe(whole + encodeJournalLine(2, 'x'));
  });

  it('reports damage before the last line, never skipping it', () => {
    const path = journalPath();
    const lines = [0, 1, 2].map((seq) => encodeJournalLine(seq, 'y'));
    writeFileSync(path, [lines[0], lines[1]?.replace('\ty\t', '\tn\t'), lines[2]].join(''));
    expect(readJournal(path)).toEqual({ kind: 'damaged', line: 2, reason: 'checksum' });
    writeFileSync(path, [lines[0], lines[2], lines[1]].join(''));
    expect(readJournal(path)).toEqual({ kind: 'damaged', line: 2, reason: 'sequence' });
    writeFileSync(path, [lines[0], 'not a record\n', lines[2]].join(''));
    expect(readJournal(path)).toEqual({ kind: 'damaged', line: 2, reason: 'form' });
    writeFileSync(path, [lines[0], lines[2]].join(''));
    expect(readJournal(path)).toEqual({ kind: 'damaged', line: 2, reason: 'sequence' });
  });

  it('removes a journal', () => {
    const path = journalPath();
    JournalWriter.create(path, ['h']).close();
    appendFileSync(path, '');
    removeJournal(path);
    expect(readJournal(path)).toEqual({ kind: 'absent' });
  });

  it('refuses payloads that would break a line', () => {
    expect(() => encodeJournalLine(0, 'a\tb')).toThrow();
    expect(() => encodeJournalLine(0, 'a\nb')).toThrow();
  });
});
