import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/fmt/format-source.js';
import { SourceText } from '../../src/diagnostics/source-text.js';
import { updateCouncilMembers } from '../../src/interop/council-update.js';
import type { Roster, RosterEntry } from '../../src/interop/legistar-roster.js';
import type { Member } from '../../src/model/council.js';
import type { TypedDocumentOf } from '../../src/model/typed-document.js';
import { projectFromText } from '../support/project-from-text.js';

function councilOf(text: string): TypedDocumentOf<'council'> {
  const { project } = projectFromText({ 'council.yaml': text });
  const [council] = project.ofKind('council');
  if (council === undefined) throw new Error('no council');
  return council;
}

function entry(personId: number, member: Member): RosterEntry {
  return { member, personId, recordIds: [] };
}

function rosterOf(...entries: RosterEntry[]): Roster {
  return { bodyId: 1, bodyName: 'COUNCIL', entries };
}

const ADA = entry(1, { id: 'ada-adams', name: 'Ada Adams', from: '2020-01-07', to: '2024-01-06' });
const BEN = entry(2, { id: 'ben-brown', name: 'Ben Brown', from: '2020-01-07' });
const CAL = entry(3, { id: 'cal-cruz', name: 'Cal Cruz', from: '2024-01-07' });

async function update(text: string, roster: Roster, seats?: number) {
  return Promise.resolve(
    updateCouncilMembers(councilOf(text), roster, seats === undefined ? {} : { seats }),
  );
}

const HEADER = `# Testville: written by hand.
kind: council
version: 1
id: testville
name: Testville Council   # its own name
seats: 3
`;
const RULES = `rules:
  # the charter, section 4
  passage:
    threshold: { fraction: 1/2, of: voting, compare: more-than }
`;

describe('updateCouncilMembers (--into)', () => {
  it('keeps every comment and line outside the members; edits dates in place; adds in the same form', async () => {
    const text = `${HEADER}members:
  # district 1
  - { id: ada-adams, name: Ada Adams, district: 1, from: 2020-01-01 } # sworn in late
  - { id: old-timer, name: Old Timer, from: 2010-01-01, to: 2019-12-31 }
${RULES}`;
    const result = await update(text, rosterOf(ADA, BEN, CAL));
    expect(result.text).toBe(`${HEADER}members:
  # district 1
  - { id: ada-adams, name: Ada Adams, district: 1, from: 2020-01-07, to: 2024-01-06 } # sworn in late
  - { id: ben-brown, name: Ben Brown, from: 2020-01-07 }
  - { id: cal-cruz, name: Cal Cruz, from: 2024-01-07 }
${RULES}interop:
  legistar:
    persons:
      ada-adams: 1
      ben-brown: 2
      cal-cruz: 3
`);
    expect([result.kept, result.changed, result.added, result.removed]).toEqual([
      ['ada-adams'],
      ['ada-adams'],
      ['ben-brown', 'cal-cruz'],
      ['old-timer'],
    ]);
  });

  it('edits block members in place: a `to` replaced, added, removed', async () => {
    const text = `${HEADER}members:
  - id: ada-adams
    name: Ada Adams
    from: 2020-01-07
    to: 2021-01-01   # wrong
  - id: ben-brown
    name: Ben Brown
    from: 2020-01-07
    to: 2022-01-01
    sources:
      - https://example.org/ben
${RULES}`;
    const withCal = rosterOf(ADA, BEN, CAL);
    const result = await update(text, withCal);
    expect(result.text).toBe(`${HEADER}members:
  - id: ada-adams
    name: Ada Adams
    from: 2020-01-07
    to: 2024-01-06   # wrong
  - id: ben-brown
    name: Ben Brown
    from: 2020-01-07
    sources:
      - https://example.org/ben
  - id: cal-cruz
    name: Cal Cruz
    from: 2024-01-07
${RULES}interop:
  legistar:
    persons:
      ada-adams: 1
      ben-brown: 2
      cal-cruz: 3
`);
    // the result is canonical where the input was
    expect(formatSource(new SourceText('council.yaml', result.text))).toMatchObject({
      ok: true,
      changed: false,
    });
  });

  it('matches by person id first, keeping ids, names and person ids added by hand', async () => {
    const text = `${HEADER}members:
  - { id: ada, name: "Ada Adams (Ald.)", from: 2020-01-07 }
${RULES}interop:
  legistar:
    vote_values: { Medical: excused }
    persons:
      # Legistar has Ada twice
      ada: [1, 57]
`;
    const result = await update(text, rosterOf(ADA));
    expect(result.text).toBe(`${HEADER}members:
  - { id: ada, name: "Ada Adams (Ald.)", from: 2020-01-07, to: 2024-01-06 }
${RULES}interop:
  legistar:
    vote_values: { Medical: excused }
    persons:
      # Legistar has Ada twice
      ada: [1, 57]
`);
    expect(result.council.interop?.legistar).toEqual({
      vote_values: { Medical: 'excused' },
      persons: { ada: [1, 57] },
    });
  });

  it('adds `persons` under an existing `legistar`, and changes seats when asked', async () => {
    const text = `${HEADER}members:
  - { id: ada-adams, name: Ada Adams, from: 2020-01-07, to: 2024-01-06 }
${RULES}interop: # how other systems see us
  legistar:
    vote_values:
      Medical: excused
`;
    const result = await update(text, rosterOf(ADA), 5);
    expect(result.text).toBe(`${HEADER.replace('seats: 3', 'seats: 5')}members:
  - { id: ada-adams, name: Ada Adams, from: 2020-01-07, to: 2024-01-06 }
${RULES}interop: # how other systems see us
  legistar:
    vote_values:
      Medical: excused
    persons:
      ada-adams: 1
`);
  });

  it('keeps CRLF line endings', async () => {
    const text =
      `${HEADER}members:\n  - { id: ada-adams, name: Ada Adams, from: 2020-01-01 }\n${RULES}`.replace(
        /\n/g,
        '\r\n',
      );
    const result = await update(text, rosterOf(ADA, BEN));
    expect(result.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(result.text).toContain(
      '\r\n  - { id: ben-brown, name: Ben Brown, from: 2020-01-07 }\r\n',
    );
  });

  it('writes anew a members list in flow style, and says so', async () => {
    const text = `${HEADER}members: [{ id: ada-adams, name: Ada Adams, from: 2020-01-01 }]
${RULES}`;
    const result = await update(text, rosterOf(ADA));
    expect(result.rewritten).toEqual(['members']);
    expect(result.text).toBe(`${HEADER}members:
  - { id: ada-adams, name: Ada Adams, from: 2020-01-07, to: 2024-01-06 }
${RULES}interop:
  legistar:
    persons:
      ada-adams: 1
`);
  });

  it('removes a `to` that leads a flow mapping, with its comma', async () => {
    const text = `${HEADER}members:
  - { to: 2021-01-01, id: ben-brown, name: Ben Brown, from: 2020-01-07 }
${RULES}`;
    const result = await update(text, rosterOf(BEN));
    expect(result.text).toContain('  - { id: ben-brown, name: Ben Brown, from: 2020-01-07 }\n');
  });

  it('changes nothing when the roster is the same', async () => {
    const text = `${HEADER}members:
  - { id: ada-adams, name: Ada Adams, from: 2020-01-07, to: 2024-01-06 }
${RULES}interop:
  legistar:
    persons:
      ada-adams: 1
`;
    const result = await update(text, rosterOf(ADA));
    expect(result.text).toBe(text);
    expect(result.changed).toEqual([]);
  });
});
