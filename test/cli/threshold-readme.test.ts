import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInMemory } from './tally-memory-io.js';

/** The README pastes the tool's own output; it must stay what the tool prints. */
describe('README "The override arithmetic"', () => {
  const readme = readFileSync('README.md', 'utf8');
  const examples = [
    ...readme.matchAll(/```console\n\$ npx overrule (threshold [^\n]*)\n([\s\S]*?)```/g),
  ];

  it('has the 10-or-11 example', () => {
    expect(examples.map((m) => m[1])).toContain(
      'threshold --seats 15 --fraction 2/3 --all-readings',
    );
  });

  for (const [, command = '', output] of examples) {
    it(`shows what \`overrule ${command}\` prints`, async () => {
      const { code, stdout } = await runInMemory(command.split(' '));
      expect(code).toBe(0);
      expect(stdout).toBe(output);
    });
  }
});
