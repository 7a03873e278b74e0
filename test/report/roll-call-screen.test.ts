import { Chalk } from 'chalk';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Council } from '../../src/model/council.js';
import {
  renderRollCallScreen,
  renderRollCallStart,
  renderRollCallStep,
} from '../../src/report/roll-call-screen.js';
import { applyKey, startSession, type SessionKey } from '../../src/tally/roll-call-session.js';
import { viewRollCall, type RollCallSetup } from '../../src/tally/roll-call-view.js';
import { largeCouncil, milwaukeeCouncil, setupFor } from '../support/roll-call-setup.js';

const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 1 });
// eslint-disable-next-line no-control-regex -- what a colour looks like
const ESCAPE = /\x1b\[/;

/** Columns a line takes (every character here is one column wide). */
const columnsOf = (line: string): number => Array.from(new Intl.Segmenter().segment(line)).length;

let milwaukee: Council;
let setup: RollCallSetup;

beforeAll(async () => {
  milwaukee = await milwaukeeCouncil();
  setup = setupFor(milwaukee, {
    date: '2026-03-24',
    rule: 'policy-override',
    measure: 'hyp-2026-frt',
    motion: 'Adopt the hypothetical resolution modifying the facial recognition moratorium',
  });
});

function stateAfter(keys: string, size = setup.members.length) {
  let state = startSession(size);
  for (const key of keys) {
    state = applyKey(
      state,
      (key === 'u' ? 'undo' : key === '\n' ? 'enter' : key) as SessionKey,
    ).state;
  }
  return state;
}

function screen(keys: string, width = 80, height = 24, chalk = plain, s = setup): string[] {
  return renderRollCallScreen(viewRollCall(s, stateAfter(keys, s.members.length)), {
    width,
    height,
    chalk,
    file: 'roll-calls/2026-03-24-frt.yaml',
  });
}

// generous: the machine may be busy
describe('the roll-call screen', { timeout: 60_000 }, () => {
  it('shows the council, date, measure, motion, rule with citation and warning, and the requirement', () => {
    const lines = screen('');
    expect(lines[0]).toBe('Milwaukee Common Council · roll call 2026-03-24 · 15 members in office');
    expect(lines[1]).toMatch(/^Measure hyp-2026-frt$/);
    expect(lines[2]).toMatch(/^Motion Adopt the hypothetical resolution/);
    expect(lines[3]).toBe(
      'Rule policy-override: Suspend or modify a police or fire department policy',
    );
    expect(lines[4]).toMatch(/^ {5}Wis\. Stat\. § 62\.50/);
    expect(lines[5]).toMatch(/^⚠ verified: false/);
    expect(lines[6]).toBe('Needs at least 2/3 of the 15 seats: 10 ayes · quorum 10 present');
    expect(lines[8]).toBe('▶ Calling 1 of 15: Andrea Pratt, district 1');
  });

  it('marks the member called, shows the votes so far, the tally, the ayes needed and the quorum', () => {
    const lines = screen('yynu');
    expect(lines).toContain('▶ Calling 3 of 15: Alex Brower, district 3');
    expect(lines.find((l) => l.includes('D1 '))).toMatch(/^ {2}D1 {2}Andrea Pratt +aye +D9 /);
    expect(lines.find((l) => l.includes('D3 '))).toMatch(/^▶ D3 {2}Alex Brower +…/);
    expect(lines).toContain(
      'Ayes 2 · noes 0 · 10 required · can still pass: 8 more ayes needed of 13',
    );
    expect(lines).toContain(
      'Abstain 0 · present 0 · not voting 0 · recused 0 · excused 0 · absent 0',
    );
    expect(lines).toContain('Quorum not yet: 2 present, 10 needed, 13 still to vote');
  });

  it('says when the result is decided, and when passing is no longer possible', () => {
    expect(screen('yyyyyyyyyy')).toContain(
      'Ayes 10 · noes 0 · 10 required · decided: PASSED, whatever the last 5 do',
    );
    expect(screen('nnnnnn')).toContain(
      'Ayes 0 · noes 6 · 10 required · cannot pass: FAILED or NO QUORUM',
    );
    expect(screen('xxxxxx')).toContain(
      'Ayes 0 · noes 0 · 10 required · decided: NO QUORUM, whatever the last 9 do',
    );
    expect(screen('xxxxxx')).toContain(
      'Quorum not possible: 0 present, 10 needed, 9 still to vote',
    );
  });

  it('shows the result and what Enter does once every member has voted', () => {
    const lines = screen('yyyyynnyyyyynny');
    expect(lines).toContain(
      'All 15 have voted. Enter saves to roll-calls/2026-03-24-frt.yaml · u undoes',
    );
    expect(lines).toContain('Ayes 11 · noes 4 · 10 required · PASSED 11-4, margin +1');
    expect(lines).toContain('Quorum met: 15 present, 10 needed');
  });

  it('fits an 80×24 terminal at every step, and smaller ones', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[ynapvrexu]{0,20}$/),
        fc.integer({ min: 30, max: 160 }),
        fc.integer({ min: 6, max: 40 }),
        (keys, width, height) => {
          for (const [w, h] of [
            [80, 24],
            [width, height],
          ] as const) {
            const lines = screen(keys, w, h);
            expect(lines.length).toBeLessThanOrEqual(h - 1);
            for (const line of lines) expect(columnsOf(line)).toBeLessThanOrEqual(w - 1);
            expect(lines.some((l) => l.startsWith('Ayes '))).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('pages a council too large for the screen, always showing the member called', () => {
    const big = setupFor(largeCouncil(51), { date: '2026-01-01', rule: 'override' });
    for (const called of [0, 17, 50]) {
      const lines = screen('y'.repeat(called), 80, 24, plain, big);
      expect(lines.length).toBeLessThanOrEqual(23);
      expect(
        lines.some((l) => l.startsWith(`▶ D${called + 1} `) || l.includes(`▶ D${called + 1} `)),
      ).toBe(true);
      expect(lines.some((l) => /members \d+-\d+ of 51/.test(l))).toBe(true);
    }
    for (let height = 6; height <= 30; height++) {
      for (const called of [0, 25, 50]) {
        const lines = screen('y'.repeat(called), 80, height, plain, big);
        expect(lines.length).toBeLessThanOrEqual(height - 1);
        expect(lines.some((l) => l.includes(`▶ D${called + 1} `))).toBe(true);
      }
    }
  });

  it('colours only when asked', () => {
    expect(screen('yn').some((l) => ESCAPE.test(l))).toBe(false);
    expect(screen('yn', 80, 24, coloured).some((l) => ESCAPE.test(l))).toBe(true);
  });
});

// generous: the machine may be busy
describe('the plain lines', { timeout: 60_000 }, () => {
  it('start with the heading and the first call, then a line per key and the next call', () => {
    const start = renderRollCallStart(viewRollCall(setup, stateAfter('')), {
      chalk: plain,
      file: 'rc.yaml',
    });
    expect(start[0]).toBe('Milwaukee Common Council · roll call 2026-03-24 · 15 members in office');
    expect(start.at(-1)).toBe('▶ Calling 1 of 15: Andrea Pratt, district 1');
    const member = setup.members[0];
    if (member === undefined) throw new Error('no member');
    const step = renderRollCallStep(
      viewRollCall(setup, stateAfter('y')),
      { kind: 'voted', member, vote: 'aye' },
      { chalk: plain, file: 'rc.yaml' },
    );
    expect(step).toEqual([
      '1/15 Andrea Pratt, district 1: aye · Ayes 1 · noes 0 · 10 required · can still pass: 9 more ayes needed of 14 · Quorum not yet: 1 present, 10 needed, 14 still to vote',
      '▶ Calling 2 of 15: Mark Chambers Jr., district 2',
    ]);
    const undone = renderRollCallStep(
      viewRollCall(setup, stateAfter('yu')),
      { kind: 'undone', member, vote: 'aye' },
      { chalk: plain, file: 'rc.yaml' },
    );
    expect(undone[0]).toMatch(/^undo 1\/15 Andrea Pratt, district 1: aye removed · Ayes 0/);
  });
});
