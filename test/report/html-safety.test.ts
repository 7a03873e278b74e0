import { describe, expect, it } from 'vitest';
import { runCli, writeTempFiles } from '../support/run-cli.js';

/** A council and roll call whose text tries to get markup, script and requests into the page. */
const HOSTILE = {
  'council.yaml': `kind: council
version: 1
id: hostile
name: "<img src=x onerror=alert(1)> Council"
seats: 3
members:
  - { id: ann, name: "Ann \\"><svg onload=alert(2)>", district: "1<b>", from: 2024-01-01 }
  - { id: bob, name: Bob & Co, district: 2, from: 2024-01-01 }
  - { id: cat, name: "Cat's <style>", district: 3, from: 2024-01-01 }
rules:
  override:
    citation: "</title><script>alert(3)</script>"
    source: "javascript:alert(4)"
    threshold: { fraction: 2/3, of: seats, compare: at-least }
`,
  'roll-call.yaml': `kind: roll-call
version: 1
id: rc-1
council: hostile
date: 2024-09-01
rule: override
motion: "<script>alert(5)</script> @import url(https://example.org/x.css)"
votes:
  ann: aye
  bob: aye
  cat: no
sources:
  - "javascript:alert(6)"
  - "https://example.org/a?b=1&d='e'"
`,
};

/** The elements an overrule page is made of: anything else came from the data. */
const OUR_ELEMENTS = new Set(
  (
    '!doctype html head meta title style body main footer h1 h2 h3 h4 p strong ul ol li dl dt dd ' +
    'a div span nav section article figure figcaption svg g circle polyline text desc table ' +
    'caption thead tbody tr th td abbr code'
  ).split(' '),
);

function expectInert(html: string): void {
  const tags = [...html.matchAll(/<\/?([!a-zA-Z][^\s>/]*)[^>]*>/g)];
  const names = new Set(tags.map((t) => (t[1] ?? '').toLowerCase()));
  expect([...names].filter((n) => !OUR_ELEMENTS.has(n))).toEqual([]);
  for (const [tag] of tags) {
    // Attribute values are quoted with every quote inside escaped: outside them,
    // no handler and no source to load.
    const names = tag.replace(/"[^"]*"/g, '""');
    expect(names).not.toMatch(/\son\w+=|\ssrc=|'/i);
    expect(tag).not.toMatch(/href="javascript:/i);
  }
  // The page's own stylesheet, and no other; it loads nothing.
  expect(html.split(/<style/i)).toHaveLength(2);
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  expect(style.length).toBeGreaterThan(1000);
  expect(style).not.toMatch(/url\(|@import|@font-face/i);
  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  expect(html).toContain('&lt;script&gt;alert(5)&lt;/script&gt;');
  expect(html).toContain('<a href="https://example.org/a?b=1&amp;d=&#39;e&#39;">');
}

describe('HTML reports are inert whatever the data says', () => {
  it('tally --format html escapes every value and links only web addresses', async () => {
    const folder = writeTempFiles(HOSTILE);
    const { code, stdout, stderr } = await runCli(['tally', 'roll-call.yaml', '--format', 'html'], {
      cwd: folder,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expectInert(stdout);
    expect(stdout).toContain('javascript:alert(6)');
  });

  it('report --format html does too', async () => {
    const folder = writeTempFiles(HOSTILE);
    const { code, stdout } = await runCli(['report', '.', '--format', 'html'], { cwd: folder });
    expect(code).toBe(0);
    expectInert(stdout);
    expect(stdout).toContain('Ann &quot;&gt;&lt;svg onload=alert(2)&gt;');
  });
});
