import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInMemory } from './tally-memory-io.js';

/** README "The mayor's tie-breaking vote": its roll call and its output are the tool's own. */
describe(`README "The mayor's tie-breaking vote"`, () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(
    readme.indexOf("### The mayor's tie-breaking vote"),
    readme.indexOf('### A whip count'),
  );
  const FIXTURE = 'test/fixtures/tally/lakeside/roll-calls/2024-04-02-tie-broken.yaml';

  it('shows the fixture roll call, with the executive field beside votes', () => {
    const yamlBlock = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(parse(yamlBlock)).toEqual(parse(readFileSync(FIXTURE, 'utf8')));
    expect(yamlBlock).toContain('\nexecutive: aye ');
  });

  it('shows lines that tally prints, in order', async () => {
    const match = /```console\n\$ npx overrule (tally [^\n]*)\n([\s\S]*?)```/.exec(section);
    const [, command = '', shown = ''] = match ?? [];
    expect(command).toBe(`tally ${FIXTURE}`);
    const { code, stdout } = await runInMemory(command.split(' '));
    expect(code).toBe(0);
    const lines = shown.split('\n').filter((line) => line !== '' && line !== '…');
    expect(lines).toHaveLength(4);
    let from = 0;
    for (const line of lines) {
      const at = stdout.indexOf(`${line}\n`, from);
      expect(at, line).toBeGreaterThanOrEqual(from);
      from = at + line.length;
    }
  });
});
