import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LEGISTAR_FIXTURES,
  personSlug,
  readLegistarFile,
  readLegistarVotes,
  recordedFromEventItem,
  type LegistarEventItem,
  type LegistarVotes,
} from './legistar.js';

/** The SHA-256 of each copied file, as in the README there: nobody reformats real data. */
const SHA256: Readonly<Record<string, string>> = {
  'vienna-va_bodies.json': '8f2701ac3945270c1e5ea46f7bdcd199c69bcbd8bf4b1416d35d57ce73ff3f61',
  'vienna-va_eventitems_2180.json':
    'fa6424230f8a4a3fa8d70b0c1656c1e73f6aa993c69bea42e88aead471193a55',
  'vienna-va_votes_13277.json': '778d74e7c5aace426b0dbd4dd1f83d756bf7bdb7fdd2d5b722781e2ff1c540bf',
  'vienna-va_votes_15437.json': 'a3d6a14458830c4986890ee739959dca538bc7451acc96f25f5e3bb424c6a399',
  'vienna-va_votes_18705.json': '783e663e683ca75b3098e4ff3de29573f027ad1ef47fb5a1a4a36fc659741234',
  'vienna-va_votes_18707.json': '0332f5535295dcd86ba1956a5ca5e323e04217b46e15a5256b44cc2e12f68bbb',
  'vienna-va_votes_29267.json': '6a9d8712d64d4b025580a38d40743da4f66d8e89d98b7913214451232f7883ce',
  'vienna-va_votes_30400.json': '962313e5776f27a3e7dcf127ef26be42850364932145c17064998d52ef528818',
  'vienna-va_votes_31467.json': '7107e62fce6f597ede7c83076a5611b170e026c489e8a7002d0f918727143ad8',
  'vienna-va_officerecords_138.json':
    'e4a57be347281c5eae3dff798f204e57f603b5decc218b8049bf0bc149edf4fa',
  'vienna-va_persons.json': '85741062dc0ad7439b0b7a9ca3c6daacf0a4014c894acea773d0957a8d9f12ab',
  'vienna-va_events.json': '5e580abec350e301e18723b2391c3a232aa11188505c17a1f7c351da7a2932f1',
  'vienna-va_eventitems_936.json':
    '0fcd0e665c487a431686c3e0bdd2407b8f661ed33ca3d675cad7d64df37a4951',
  'vienna-va_eventitems_1024.json':
    '0c2591f65224e1f4f070ab87268cb9ea0f224b971e5ead41d8246be581d0cd1b',
  'vienna-va_eventitems_1223.json':
    '3b4d7628b14efc1b1d5d082f4dfaafadc6eabadaefd9c40940f7a22c2fd38b2c',
  'vienna-va_eventitems_1984.json':
    '6227ae2110de27e7be1b146a8f49e46b91874c838735c996ad9602ba0c02989e',
  'vienna-va_eventitems_2171.json':
    '178e1f3119c5f643edd644097d94f6bf49024707d494d264f7d91ff58cf3b357',
};

function votesOf(file: string): LegistarVotes {
  const read = readLegistarVotes(readLegistarFile(file));
  if (!read.ok) throw new Error(`${file}: ${read.error.join('; ')}`);
  return read.value;
}

/** `{ aye: 5, absent: 1, recused: 1 }`: the values that occur, and how often. */
function tallyOf(votes: LegistarVotes): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of votes.voters) counts[v.vote] = (counts[v.vote] ?? 0) + 1;
  return counts;
}

describe('the copied Legistar files', () => {
  it('are the bytes recorded in the README, unchanged, and all of them', () => {
    expect(
      readdirSync(LEGISTAR_FIXTURES)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(Object.keys(SHA256).sort());
    for (const [file, sha] of Object.entries(SHA256)) {
      const bytes = readFileSync(new URL(file, LEGISTAR_FIXTURES));
      expect(createHash('sha256').update(bytes).digest('hex'), file).toBe(sha);
    }
  });

  it('say the Town Council Meeting body has 7 members (the seats every test uses)', () => {
    const bodies = readLegistarFile('vienna-va_bodies.json') as {
      BodyId: number;
      BodyName: string;
      BodyNumberOfMembers: number;
    }[];
    expect(bodies).toHaveLength(16);
    const council = bodies.find((b) => b.BodyId === 138);
    expect([council?.BodyName, council?.BodyNumberOfMembers]).toEqual(['Town Council Meeting', 7]);
    // A board of 0 members: BodyNumberOfMembers is not always a seat count.
    expect(bodies.find((b) => b.BodyId === 174)?.BodyNumberOfMembers).toBe(0);
  });
});

describe('personSlug', () => {
  it('makes ids of the names as Legistar writes them', () => {
    expect(personSlug('Ray Brill Jr.')).toBe('ray-brill-jr');
    expect(personSlug('Carey J. Sienicki')).toBe('carey-j-sienicki');
    expect(personSlug('Edythe Frankel Kelleher')).toBe('edythe-frankel-kelleher');
    expect(personSlug('Laurie DiRocco')).toBe('laurie-dirocco');
    expect(personSlug('Mayor DiRocco')).toBe('mayor-dirocco');
    expect(personSlug('José G. Pérez')).toBe('jose-g-perez');
  });
});

describe('readLegistarVotes', () => {
  it('maps every row of the roll calls with values, in file order', () => {
    expect(tallyOf(votesOf('vienna-va_votes_29267.json'))).toEqual({
      aye: 5,
      absent: 1,
      recused: 1,
    });
    expect(tallyOf(votesOf('vienna-va_votes_13277.json'))).toEqual({
      aye: 4,
      abstain: 2,
      absent: 1,
    });
    expect(tallyOf(votesOf('vienna-va_votes_31467.json'))).toEqual({ aye: 3, no: 3, absent: 1 });
    expect(tallyOf(votesOf('vienna-va_votes_15437.json'))).toEqual({ aye: 5, no: 2 });
    expect(tallyOf(votesOf('vienna-va_votes_18705.json'))).toEqual({ aye: 4, no: 2 });
    expect(tallyOf(votesOf('vienna-va_votes_18707.json'))).toEqual({ aye: 6 });

    const recusal = votesOf('vienna-va_votes_29267.json');
    expect(recusal.eventItemId).toBe(29267);
    expect(recusal.voters.map((v) => `${v.id}:${v.vote}`)).toEqual([
      'chuck-anderson:aye',
      'ray-brill-jr:aye',
      'nisha-patel:absent',
      'steve-potter:aye',
      'ed-somers:recused',
      'howard-j-springsteen:aye',
      'linda-colbert:aye',
    ]);
  });

  it('keeps the person ids: the mayor is 192 in one file and 257 in the other', () => {
    const pick = (file: string, id: string) =>
      votesOf(file).voters.find((v) => v.id === id)?.personId;
    expect(pick('vienna-va_votes_18705.json', 'laurie-dirocco')).toBe(192);
    expect(pick('vienna-va_votes_18707.json', 'mayor-dirocco')).toBe(257);
  });

  it('refuses a roster whose vote values are all null, one reason per row', () => {
    const read = readLegistarVotes(readLegistarFile('vienna-va_votes_30400.json'));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toHaveLength(7);
    expect(read.error[0]).toBe(
      'row 1 (Chuck Anderson, VotePersonId 269): VoteValueName null is not a vote value this reader knows; not guessed',
    );
    expect(read.error[6]).toBe(
      'row 7 (Linda Colbert, VotePersonId 225): VoteValueName null is not a vote value this reader knows; not guessed',
    );
  });

  it('refuses a value it has no mapping for, and a name that slugs like another', () => {
    const rows = readLegistarFile('vienna-va_votes_15437.json') as Record<string, unknown>[];
    // Excused is in the built-in table; New York's Medical is not.
    const medical = rows.map((r, i) => (i === 2 ? { ...r, VoteValueName: 'Medical' } : r));
    expect(readLegistarVotes(medical)).toEqual({
      ok: false,
      error: [
        'row 3 (Pasha Majdi, VotePersonId 226): VoteValueName "Medical" is not a vote value this reader knows; not guessed',
      ],
    });
    const twice = [...rows, { ...rows[0], VotePersonName: 'LINDA  COLBERT' }];
    expect(readLegistarVotes(twice)).toEqual({
      ok: false,
      error: [
        // the reader collapses runs of spaces in names
        'row 8 (LINDA COLBERT, VotePersonId 225): "linda-colbert" is also the slug of Linda Colbert',
      ],
    });
    expect(readLegistarVotes([])).toEqual({ ok: false, error: ['no vote rows'] });
  });
});

describe('eventitems_2180 (2023-09-25)', () => {
  const items = readLegistarFile('vienna-va_eventitems_2180.json') as LegistarEventItem[];

  it('has a null EventItemTally on every item, and a PassedFlag on 4: 3 Pass, 1 Fail', () => {
    expect(items).toHaveLength(19);
    expect(items.filter((i) => i.EventItemTally === null)).toHaveLength(19);
    const flagged = items.filter((i) => i.EventItemPassedFlag !== null);
    expect(
      flagged.map((i) => [i.EventItemId, i.EventItemPassedFlag, i.EventItemPassedFlagName]),
    ).toEqual([
      [31460, 1, 'Pass'],
      [31462, 1, 'Pass'],
      [31463, 1, 'Pass'],
      [31467, 0, 'Fail'],
    ]);
  });

  it('gives a recorded result and never a 0-0 tally from a null EventItemTally', () => {
    const recorded = items.map(recordedFromEventItem).filter((r) => r !== undefined);
    expect(recorded).toEqual([
      { result: 'passed' },
      { result: 'passed' },
      { result: 'passed' },
      { result: 'failed' },
    ]);
  });

  it('has EventItemRollCallFlag 1 on the "Roll Call" agenda item alone', () => {
    // SOURCES.md says the flag is 0; it is 0 on every item that carries a vote.
    const flagged = items.filter((i) => i.EventItemRollCallFlag !== 0);
    expect(flagged.map((i) => [i.EventItemId, i.EventItemTitle, i.EventItemRollCallFlag])).toEqual([
      [31447, 'Roll Call', 1],
    ]);
  });
});
