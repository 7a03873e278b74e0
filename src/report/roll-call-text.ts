import { throwIllegalValue } from '../basics/assert.js';
import type { Member } from '../model/council.js';
import type { VoteValue } from '../model/roll-call.js';
import type { VoteResult } from '../rules/decide.js';
import { compareWords, plural } from './requirement-text.js';
import { outlookStatus } from '../tally/roll-call-outlook.js';
import type { RollCallView } from '../tally/roll-call-view.js';
import type { Segment, StyledLine } from './roll-call-style.js';

/**
 * The words of the clerk's roll call, shared by the full screen and the
 * plain lines (TERM=dumb, `--keys`, a piped standard input).
 */

/** How each vote value is written on the screen. */
export const VOTE_WORDS: Readonly<Record<VoteValue, string>> = {
  aye: 'aye',
  no: 'no',
  abstain: 'abstain',
  present: 'present',
  'not-voting': 'not voting',
  recused: 'recused',
  excused: 'excused',
  absent: 'absent',
};

/** What a heading line is about. */
export type HeadingPart =
  'title' | 'measure' | 'motion' | 'rule' | 'citation' | 'warning' | 'needs';

/** The heading: council, date, measure, motion, rule with its citation, the warnings, the requirement. */
export function headingLines(
  view: RollCallView,
): { readonly part: HeadingPart; readonly line: StyledLine }[] {
  const { setup } = view;
  const lines: { readonly part: HeadingPart; readonly line: StyledLine }[] = [
    {
      part: 'title',
      line: [
        { text: setup.council.name, style: 'title' },
        {
          text: ` · roll call ${setup.date} · ${plural(setup.members.length, 'member')} in office`,
        },
      ],
    },
  ];
  if (setup.measureId !== null) {
    const title = setup.measure === null ? '' : `: ${setup.measure.title}`;
    lines.push({
      part: 'measure',
      line: [{ text: 'Measure ', style: 'label' }, { text: `${setup.measureId}${title}` }],
    });
  }
  if (setup.motion !== null) {
    lines.push({
      part: 'motion',
      line: [{ text: 'Motion ', style: 'label' }, { text: setup.motion }],
    });
  }
  const version = setup.rule.version;
  lines.push({
    part: 'rule',
    line: [
      { text: 'Rule ', style: 'label' },
      { text: version.title === undefined ? setup.ruleId : `${setup.ruleId}: ${version.title}` },
    ],
  });
  if (version.citation !== undefined) {
    lines.push({ part: 'citation', line: [{ text: `     ${version.citation}` }] });
  }
  if (version.verified === false) {
    lines.push({
      part: 'warning',
      line: [
        {
          text: '⚠ verified: false: nobody has checked this threshold against the law it cites',
          style: 'warning',
        },
      ],
    });
  }
  lines.push({
    part: 'needs',
    line: [{ text: 'Needs ', style: 'label' }, { text: requirementText(view) }],
  });
  return lines;
}

/** `at least 2/3 of the 15 seats: 10 ayes · quorum 10 present`. */
function requirementText(view: RollCallView): string {
  const parts = view.decision.thresholds.map((t) => {
    const words = `${compareWords(t.threshold.compare)} ${t.threshold.fraction} of `;
    switch (t.threshold.of) {
      case 'seats':
        return `${words}the ${plural(t.basis, 'seat')}: ${plural(t.required, 'aye')}`;
      case 'members':
        return `${words}the ${t.basis} members in office: ${plural(t.required, 'aye')}`;
      case 'eligible':
        return `${words}the members not recused`;
      case 'present':
        return `${words}the members present`;
      case 'voting':
        return `${words}those voting (ayes and noes)`;
      default:
        return throwIllegalValue(t.threshold.of, 'base');
    }
  });
  const minimum = view.decision.thresholds.flatMap((t) =>
    t.threshold.minimum === undefined ? [] : [t.threshold.minimum],
  );
  const quorum = view.decision.quorum;
  return [
    parts.join(' and '),
    ...(minimum.length > 0 ? [`at least ${plural(Math.max(...minimum), 'aye')} in any case`] : []),
    ...(quorum === null ? [] : [`quorum ${quorum.required} present`]),
  ].join(' · ');
}

/** Whether every threshold's base is fixed before the vote (seats, members in office). */
function requirementIsFixed(view: RollCallView): boolean {
  return view.decision.thresholds.every(
    (t) => t.threshold.of === 'seats' || t.threshold.of === 'members',
  );
}

/** `▶ Calling 6 of 15: Milele A. Coggs, district 6`, or what to do once all have voted. */
export function callingLine(view: RollCallView, file: string): StyledLine {
  const { setup, state, current } = view;
  if (current !== undefined) {
    return [
      {
        text: `▶ Calling ${state.votes.length + 1} of ${setup.members.length}: ${memberName(current)}`,
        style: 'current',
      },
    ];
  }
  if (state.confirmed)
    return [{ text: `All ${setup.members.length} have voted: ${file}`, style: 'current' }];
  return [
    { text: `All ${setup.members.length} have voted. `, style: 'current' },
    { text: `Enter saves to ${file} · u undoes` },
  ];
}

/** `Milele A. Coggs, district 6`. */
export function memberName(member: Member): string {
  return member.district === undefined
    ? member.name
    : `${member.name}, district ${String(member.district)}`;
}

/** `D6` for a numbered district, the district's name otherwise, '' without one. */
export function districtLabel(member: Member): string {
  if (member.district === undefined) return '';
  return typeof member.district === 'number' ? `D${member.district}` : member.district;
}

/** `Ayes 4 · noes 1 · 10 required · can still pass: 6 more ayes needed of 10`. */
export function ayesLine(view: RollCallView): StyledLine {
  const { decision, outlook, final } = view;
  const head: Segment[] = [
    { text: 'Ayes ', style: 'label' },
    { text: String(view.counts.aye), style: 'aye' },
    { text: ' · noes ', style: 'label' },
    { text: String(view.counts.no), style: 'no' },
    {
      text: ` · ${decision.required} required${requirementIsFixed(view) || final !== undefined ? '' : ' so far'} · `,
    },
  ];
  if (final !== undefined) {
    const margin = final.margin > 0 ? `+${final.margin}` : String(final.margin);
    return [
      ...head,
      {
        text: `${resultWord(final.result)} ${final.counts.aye}-${final.counts.no}, margin ${margin}`,
        style: final.result === 'passed' ? 'good' : 'bad',
      },
    ];
  }
  const remaining = view.setup.members.length - view.state.votes.length;
  const status = outlookStatus(outlook);
  switch (status) {
    case 'decided': {
      const result = outlook.possible[0] ?? 'failed';
      return [
        ...head,
        {
          text: `decided: ${resultWord(result)}, whatever the last ${remaining} do`,
          style: result === 'passed' ? 'good' : 'bad',
        },
      ];
    }
    case 'can-pass':
      return [
        ...head,
        {
          text: `can still pass: ${plural(outlook.ayesNeeded ?? 0, 'more aye', 'more ayes')} needed of ${remaining}`,
        },
      ];
    case 'cannot-pass':
      return [
        ...head,
        {
          text: `cannot pass: ${outlook.possible.map(resultWord).join(' or ')}`,
          style: 'bad',
        },
      ];
    default:
      return throwIllegalValue(status, 'outlook');
  }
}

/** `Abstain 0 · present 0 · not voting 0 · recused 0 · excused 0 · absent 0`. */
export function otherVotesLine(view: RollCallView): StyledLine {
  const values = ['abstain', 'present', 'not-voting', 'recused', 'excused', 'absent'] as const;
  return values.flatMap((value, i) => [
    { text: `${i === 0 ? 'Abstain' : ` · ${VOTE_WORDS[value]}`} `, style: 'label' as const },
    { text: String(view.counts[value]), style: value },
  ]);
}

/** `Quorum: 5 present, 10 needed; 10 still to vote`. */
export function quorumLine(view: RollCallView): StyledLine {
  const quorum = view.decision.quorum;
  if (quorum === null) {
    return [{ text: 'Quorum ', style: 'label' }, { text: 'none required by this rule' }];
  }
  const remaining = view.setup.members.length - view.state.votes.length;
  const numbers = `${quorum.present} present, ${quorum.required} needed`;
  if (quorum.met) {
    return [
      { text: 'Quorum ', style: 'label' },
      { text: `met: ${numbers}`, style: 'good' },
    ];
  }
  if (quorum.present + remaining < quorum.required) {
    return [
      { text: 'Quorum ', style: 'label' },
      { text: `not possible: ${numbers}, ${remaining} still to vote`, style: 'bad' },
    ];
  }
  return [
    { text: 'Quorum ', style: 'label' },
    { text: `not yet: ${numbers}, ${remaining} still to vote` },
  ];
}

/** The keys, in two lines. */
export function helpLines(): StyledLine[] {
  const keys: [string, string][] = [
    ['y', 'aye'],
    ['n', 'no'],
    ['a', 'abstain'],
    ['p', 'present'],
    ['v', 'not voting'],
    ['r', 'recused'],
    ['e', 'excused'],
    ['x', 'absent'],
  ];
  return [
    keys.flatMap(([key, word], i) => [
      { text: `${i === 0 ? '' : '  '}${key}`, style: 'title' as const },
      { text: ` ${word}`, style: 'quiet' as const },
    ]),
    [
      { text: 'u', style: 'title' },
      { text: '/', style: 'quiet' },
      { text: 'Backspace', style: 'title' },
      { text: ' undo · ', style: 'quiet' },
      { text: 'Enter', style: 'title' },
      { text: ' save, once all have voted · ', style: 'quiet' },
      { text: 'Ctrl-C', style: 'title' },
      { text: ' stop (resume later)', style: 'quiet' },
    ],
  ];
}

/** `PASSED`, `FAILED`, `NO QUORUM`. */
export function resultWord(result: VoteResult): string {
  return result === 'no-quorum' ? 'NO QUORUM' : result.toUpperCase();
}
