import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInMemory } from './tally-memory-io.js';

/** The README pastes the tool's own `whip` output; it must stay what the tool prints. */
describe('README "overrule whip FILE"', () => {
  const readme = readFileSync('README.md', 'utf8');
  const examples = [...readme.matchAll(/```console\n\$ overrule (whip [^\n]*)\n([\s\S]*?)```/g)];

  it('has the Milwaukee projection and the three-member example', () => {
    expect(examples.map((m) => m[1])).toEqual([
      'whip ordinances/milwaukee/whip-counts/frt-moratorium-whip.yaml',
      'whip test/fixtures/whip/three/whip.yaml',
    ]);
  });

  for (const [, command = '', output] of examples) {
    it(`shows what \`overrule ${command}\` prints`, async () => {
      const { code, stdout } = await runInMemory(command.split(' '));
      expect(code).toBe(0);
      expect(stdout).toBe(output);
    });
  }

  it('states figures of the hand-worked example that the tool prints', async () => {
    const { stdout } = await runInMemory(['whip', 'test/fixtures/whip/three/whip.yaml', '--json']);
    const json = JSON.parse(stdout) as {
      probability: string;
      expected_ayes: string;
      distribution: { probability: string }[];
      members: { key: string; gain: string }[];
      persuade: string[];
    };
    expect(json.probability).toBe('11/20');
    expect(json.expected_ayes).toBe('8/5');
    expect(json.distribution.map((d) => d.probability)).toEqual([
      '1/25',
      '41/100',
      '23/50',
      '9/100',
    ]);
    expect(json.members.map((m) => [m.key, m.gain])).toEqual([
      ['ana', '1/20'],
      ['ben', '37/100'],
      ['cal', '2/5'],
    ]);
    expect(json.persuade).toEqual(['ben']);
    expect(readme).toContain('0.09 + 0.36 + 0.09 + 0.01 = 0.55, exactly 11/20');
  });
});
