import { fullFormats } from 'ajv-formats/dist/formats.js';

/**
 * The string formats the schemas use, for the compiled validators
 * (scripts/compile-schemas.js imports this module into them): ajv-formats'
 * own checks of `date` and `uri`, the latter with one shortcut.
 *
 * ajv-formats checks a URI with one large regular expression, most of it for
 * the IP literals of hosts (`https://[::1]/`), and V8 compiles it on first
 * use, which took longer than all the rest of a `tally`. An IP literal is
 * the only part of a URI with `[` in it, so a text without `[` is checked by
 * the same expression without that branch: it matches exactly the same
 * texts, and compiles several times faster. test/schema/string-formats.test.ts
 * derives it from ajv-formats' own and compares the two.
 */
export const stringFormats = { date: fullFormats.date, uri: isUri };

const NOT_URI_FRAGMENT = /\/|:/;

/** ajv-formats' URI expression (ajv-formats 3.0.1) without the IP-literal branch of the host. */
export const URI_WITHOUT_IP_LITERAL =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

/**
 * The plainest web addresses, `http(s)://host[:port][/path][?query][#fragment]`
 * without `%` escapes or user names: each part a narrower version of the same
 * part of the expression above, so whatever this matches, that matches too.
 * It is small enough to compile at once, and most addresses are like this.
 */
const PLAIN_WEB_ADDRESS =
  /^https?:\/\/[a-z0-9.-]+(?::[0-9]+)?(?:\/[a-z0-9\-._~!$&'()*+,;=:@]*)*(?:\?[a-z0-9\-._~!$&'()*+,;=:@/?]*)?(?:#[a-z0-9\-._~!$&'()*+,;=:@/?]*)?$/i;

const fullUri = fullFormats.uri as (text: string) => boolean;

/** Whether a text is a URI, exactly as ajv-formats' `uri` format says. */
export function isUri(text: string): boolean {
  if (PLAIN_WEB_ADDRESS.test(text)) return true;
  if (text.includes('[')) return fullUri(text);
  return NOT_URI_FRAGMENT.test(text) && URI_WITHOUT_IP_LITERAL.test(text);
}
