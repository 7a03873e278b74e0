/**
 * Edit distance between two strings, capped for speed: insertions, deletions,
 * substitutions, and swaps of two neighbouring letters (`aey` → `aye` is one
 * edit), i.e. the optimal string alignment distance.
 */
export function editDistance(a: string, b: string, cap = 8): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? cap + 1;
}

/**
 * The candidates closest to `word`, best first: those within a third of the
 * word's length in edits, or sharing a prefix or a whole hyphenated part
 * (`brostoff` finds `jonathan-brostoff`).
 */
export function closestMatches(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const lower = word.toLowerCase();
  const budget = Math.max(1, Math.floor(lower.length / 3));
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    let score = editDistance(lower, c, budget);
    if (score > budget) {
      const parts = c.split('-');
      if (lower.length >= 3 && (parts.includes(lower) || c.startsWith(lower))) score = budget;
      else continue;
    }
    scored.push({ candidate, score });
  }
  scored.sort((x, y) => x.score - y.score || (x.candidate < y.candidate ? -1 : 1));
  return scored.slice(0, limit).map((s) => s.candidate);
}

/** `did you mean "x"?` or `did you mean one of "x", "y"?`, or undefined. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const matches = closestMatches(word, candidates);
  if (matches.length === 0) return undefined;
  if (matches.length === 1) return `did you mean "${matches[0] ?? ''}"?`;
  return `did you mean one of ${matches.map((m) => `"${m}"`).join(', ')}?`;
}
