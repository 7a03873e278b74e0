import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempFolder, runCli } from '../support/run-cli.js';

/** The README's report and web-page sections: every command runs as written, the picture is there. */
describe('README: overrule report and web pages', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section =
    /### `overrule report \[PATH\.\.\.\]`([\s\S]*?)\n### `overrule threshold`/.exec(readme)?.[1] ??
    '';
  const commands = [...section.matchAll(/^npx overrule (report [^\n>]*?)(?: > \S+)?$/gm)].map(
    (m) => m[1] ?? '',
  );

  it('shows the command the issue asks for, among others', () => {
    expect(commands).toContain('report ordinances/milwaukee --format html --output report.html');
    expect(commands.length).toBeGreaterThanOrEqual(5);
  });

  for (const command of commands) {
    it(`runs \`overrule ${command}\``, async () => {
      const folder = makeTempFolder();
      const argv = command
        .split(' ')
        .map((word, i, words) => (words[i - 1] === '--output' ? join(folder, word) : word));
      const { code, stdout, stderr } = await runCli(argv);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const output = argv.includes('--output')
        ? readFileSync(join(folder, 'report.html'), 'utf8')
        : stdout;
      expect(output.length).toBeGreaterThan(100);
    });
  }

  it('embeds the screenshot of the 230359 tally, which exists and is a PNG', () => {
    const match =
      /!\[[^\]]+\]\((test\/golden\/tally\/milwaukee\/2023-07-11-230359\/screenshot\.png)\)/.exec(
        readme,
      );
    expect(match).not.toBeNull();
    const path = match?.[1] ?? '';
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path).subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
  });
});
