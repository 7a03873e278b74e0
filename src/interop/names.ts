/** `Ray Brill Jr.` → `ray-brill-jr`; `José G. Pérez` → `jose-g-perez`. Empty when nothing is left. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** A name folded for comparison: case, accents, punctuation and spacing ignored. */
export function foldName(name: string): string {
  return slugOf(name).replace(/-/g, ' ');
}

/**
 * Words before a name that are an office, not part of the name: `ALD. BAUMAN`,
 * `Mayor DiRocco`, `Council Member Potter`, `Vice Mayor Smith`.
 */
const TITLES = new Set([
  'ald',
  'alder',
  'alderman',
  'alderwoman',
  'alderperson',
  'cm',
  'council',
  'councilmember',
  'councilman',
  'councilwoman',
  'councillor',
  'councilor',
  'member',
  'mayor',
  'vice',
  'deputy',
  'president',
  'pro',
  'tem',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'supervisor',
  'commissioner',
  'trustee',
  'dr',
  'hon',
  'mr',
  'mrs',
  'ms',
  'mx',
]);

/** Words after a name that are not the family name: `Jr.`, `III`. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'phd', 'md', 'esq']);

/**
 * The family name a name ends with, folded: `Ray Brill Jr.` → `brill`,
 * `ALD. BAUMAN` → `bauman`, `Mayor DiRocco` → `dirocco`. Undefined when
 * nothing but titles is left.
 */
export function familyNameOf(name: string): string | undefined {
  const words = foldName(name).split(' ').filter(Boolean);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  const last = words[words.length - 1];
  return last === undefined || TITLES.has(last) ? undefined : last;
}

/** The name without the office words in front of it: `Mayor DiRocco` → `DiRocco`. */
export function withoutTitles(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && TITLES.has(foldName(words[first] ?? ''))) first++;
  return words.slice(first).join(' ');
}

/** The day `days` after a `YYYY-MM-DD` date (before it when negative). */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Whole days from one `YYYY-MM-DD` date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Text from another system as one clean line: control characters (which
 * YAML files may not hold) and runs of spaces and line breaks become one
 * space, and the ends are trimmed.
 */
export function cleanText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
