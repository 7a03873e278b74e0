/** Text into HTML and SVG: the only way a value from a file reaches a page. */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as it may stand in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * A link to a source when it is a web address (`http:` or `https:`), else the
 * text as it is: no `javascript:` or `data:` address from a file becomes a link.
 */
export function sourceLink(address: string): string {
  const text = escapeHtml(address);
  return isWebAddress(address) ? `<a href="${text}">${text}</a>` : text;
}

export function isWebAddress(address: string): boolean {
  try {
    const url = new URL(address);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !/\s/.test(address);
  } catch {
    return false;
  }
}

/** Ids for a page's elements, from any text (a roll call's id, a measure's file number), never twice the same. */
export class ElementIds {
  readonly #used = new Set<string>();

  idFor(prefix: string, text: string): string {
    const base = `${prefix}-${text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`;
    let id = base;
    for (let n = 2; this.#used.has(id); n++) id = `${base}-${n}`;
    this.#used.add(id);
    return id;
  }
}
