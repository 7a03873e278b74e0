import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUri, URI_WITHOUT_IP_LITERAL } from '../../src/schema/string-formats.js';

const fullUri = fullFormats.uri as (text: string) => boolean;

describe('the uri format', () => {
  it("is ajv-formats' expression without the IP-literal branch", () => {
    const path = createRequire(import.meta.url).resolve('ajv-formats/dist/formats.js');
    const source = /^const URI = \/(.*)\/i;$/m.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
    const open = source.indexOf('(?:\\[') + '(?:'.length;
    const close = source.indexOf('\\]|', open) + '\\]|'.length;
    expect(open).toBeGreaterThan(10);
    expect(URI_WITHOUT_IP_LITERAL.source).toBe(source.slice(0, open) + source.slice(close));
    expect(URI_WITHOUT_IP_LITERAL.flags).toBe('i');
  });

  it.each([
    'https://milwaukee.legistar.com/LegislationDetail.aspx?ID=6269212&GUID=BED3&Options=&Search=',
    'http://1.2.3.4:80/x',
    'http://999.2.3.4/',
    'https://[::1]/x',
    'http://[v1.x]/',
    'http://[::1',
    'mailto:a@b',
    'urn:isbn:0451450523',
    'a:b',
    'x',
    '',
    'http://%zz',
    'HTTPS://EXAMPLE.ORG/%41',
    'https://example.org/a b',
    'https://user:pw@host:8080/p?q=1#f',
    '//example.org',
  ])('agrees with ajv-formats on %j', (text) => {
    expect(isUri(text)).toBe(fullUri(text));
  });

  it('agrees with ajv-formats on generated web addresses', () => {
    const part = (chars: string) =>
      fc.array(fc.constantFrom(...chars.split('')), { maxLength: 8 }).map((c) => c.join(''));
    const address = fc
      .tuple(
        fc.constantFrom('http', 'https', 'HTTPS', 'ftp'),
        part('abcXYZ019.-_%'),
        fc.constantFrom('', ':', ':80', ':x'),
        fc.array(part("az09-._~!$&'()*+,;=:@%/ "), { maxLength: 3 }),
        fc.option(part('az09/?:@%#'), { nil: undefined }),
        fc.option(part('az09/?:@#'), { nil: undefined }),
      )
      .map(
        ([scheme, host, port, path, query, fragment]) =>
          `${scheme}://${host}${port}${path.map((p) => `/${p}`).join('')}` +
          `${query === undefined ? '' : `?${query}`}${fragment === undefined ? '' : `#${fragment}`}`,
      );
    fc.assert(
      fc.property(address, (text) => {
        expect(isUri(text)).toBe(fullUri(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with ajv-formats on generated texts', () => {
    const pieces = fc.constantFrom(
      'http',
      'https',
      'urn',
      'a',
      ':',
      '//',
      '/',
      '@',
      '[',
      ']',
      '::1',
      'v1.x',
      '%',
      '%2F',
      '%zz',
      '?',
      '#',
      '.',
      '1',
      '255',
      '256',
      'example.org',
      ':80',
      ' ',
      '-',
      '_',
      '~',
      '!',
      '$',
      '&',
      "'",
      '(',
      ')',
      '*',
      '+',
      ',',
      ';',
      '=',
      'é',
      'Z',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(isUri(text)).toBe(fullUri(text));
      }),
      { numRuns: 5000 },
    );
  });
});
