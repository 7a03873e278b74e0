import type { Member } from '../model/council.js';
import type { RollCall } from '../model/roll-call.js';
import { districtLabel } from './roll-call-text.js';

/**
 * A roll call recorded by the clerk, as a YAML file in canonical form (keys
 * in the schema's order, as `overrule fmt` writes them), each vote with its
 * member's district as a comment. Ids, dates and vote words are slugs or
 * dates, safe as plain scalars; free text (measure, motion, the tally) is
 * double-quoted, which in YAML is JSON's string syntax.
 */
export function renderRollCallYaml(rollCall: RollCall, members: readonly Member[]): string {
  const lines = [
    '# Recorded with overrule roll-call.',
    'kind: roll-call',
    'version: 1',
    `id: ${rollCall.id}`,
    `council: ${rollCall.council}`,
  ];
  if (rollCall.measure !== undefined) lines.push(`measure: ${quoted(rollCall.measure)}`);
  lines.push(`date: ${rollCall.date}`, `rule: ${rollCall.rule}`);
  if (rollCall.motion !== undefined) lines.push(`motion: ${quoted(rollCall.motion)}`);
  lines.push('votes:');
  const votes = new Map(Object.entries(rollCall.votes ?? {}));
  for (const member of members) {
    const vote = votes.get(member.id);
    if (vote === undefined) continue;
    const label = districtLabel(member).replace(/\p{Cc}/gu, ' ');
    const district = label === '' ? '' : ` # ${label}`;
    lines.push(`  ${member.id}: ${vote}${district}`);
  }
  const recorded = rollCall.recorded;
  if (recorded?.result !== undefined && recorded.tally !== undefined) {
    lines.push(`recorded: { result: ${recorded.result}, tally: ${quoted(recorded.tally)} }`);
  }
  return `${lines.join('\n')}\n`;
}

function quoted(text: string): string {
  return JSON.stringify(text);
}
