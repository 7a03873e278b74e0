/**
 * The look-up index never gives another answer than a walk of the whole
 * tree: `prepareInputs` with the index (read, believed or not, rewritten)
 * against `prepareInputs` without it, and against the first document of
 * each id that loading the whole tree finds; and the council that
 * `roll-call`, `import` and `export` choose, the quick way against the
 * whole-tree way. On a small tree that changes between runs in every way
 * the index must notice. All in this process, no timing: every change gets
 * a time of its own from a clock of the test's (utimes), in the past, as a
 * change made minutes before the next run would have.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/load/read.js';
import {
  chooseCouncilQuickly,
  loadCouncilTree,
  openCouncilTree,
} from '../../src/project/council-tree.js';
import { prepareInputs, type InputsOptions } from '../../src/project/inputs.js';
import { loadProject } from '../../src/project/load-project.js';
import { validateFiles } from '../../src/project/validate-files.js';
import { FULL_VOTES_2024_09, rollCallText, TESTVILLE } from '../support/testville.js';
import { makeTempFolder } from '../support/run-cli.js';

/** Files read through read.ts, counted, to see that a run used the index. */
const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/load/read.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/load/read.js')>();
  return {
    ...original,
    readSourceFile: (...args: Parameters<typeof original.readSourceFile>) => {
      reads.count++;
      return original.readSourceFile(...args);
    },
  };
});

const INDEX = { version: 'test' };
const CAP = DEFAULT_MAX_FILE_SIZE;

function rollCall(id: string, measure?: string): string {
  const lines = `rule: passage\n${measure === undefined ? '' : `measure: ${measure}\n`}votes:\n`;
  return rollCallText(lines + FULL_VOTES_2024_09).replace('id: rc\n', `id: ${id}\n`);
}

function ordinance(id: string, title: string, directive?: string): string {
  return `kind: ordinance
version: 1
id: "${id}"
council: testville
type: resolution
title: ${title}
status: draft
action: override
${directive === undefined ? '' : `directive: ${directive}\n`}enacting_clause: The Testville Council does ordain as follows
`;
}

function directive(id: string, title: string): string {
  return `kind: directive
version: 1
id: ${id}
council: testville
title: ${title}
status: rescinded
issued: 2024-02-01
council_notified: 2024-02-10
`;
}

/**
 * The test's clock: every change is dated a second after the one before,
 * a day ago, so that the index (whose stamp is the file system's time now)
 * can believe what it records, and sees every change.
 */
let clock = 0;
function date(root: string, ...names: string[]): void {
  clock++;
  const time = new Date(Date.now() - 86_400_000 + clock * 1000);
  for (const name of names) utimesSync(join(root, name), time, time);
}

/** Makes the folders a file goes in; the paths whose entries change: its folder and those made. */
function makeFolders(root: string, name: string): string[] {
  const changed = [dirname(name)];
  for (let folder = dirname(name); !existsSync(join(root, folder)); folder = dirname(folder)) {
    changed.push(dirname(folder));
  }
  mkdirSync(join(root, dirname(name)), { recursive: true });
  return changed;
}

/** A new file (or one replaced, as git and most editors write: a new file renamed over it). */
function create(root: string, name: string, text: string): string {
  const changed = makeFolders(root, name);
  writeFileSync(join(root, `${name}.new`), text);
  renameSync(join(root, `${name}.new`), join(root, name));
  date(root, name, ...changed);
  return name;
}

/** A file written in place: its folder keeps its time. */
function edit(root: string, name: string, text: string): string {
  writeFileSync(join(root, name), text);
  date(root, name);
  return name;
}

function move(root: string, from: string, to: string): string {
  const changed = makeFolders(root, to);
  renameSync(join(root, from), join(root, to));
  date(root, to, dirname(from), ...changed);
  return to;
}

function remove(root: string, name: string): string {
  rmSync(join(root, name), { recursive: true });
  date(root, dirname(name));
  return name;
}

/** A council's folder whose year folders sort before its council file, as in a real archive. */
function archive(): string {
  const root = makeTempFolder('overrule-index-');
  writeFileSync(join(root, '.git'), '');
  const files: Record<string, string> = {
    'council.yaml': TESTVILLE,
    'directives/dir-1.yaml': directive('dir-1', 'First'),
    'ordinances/ord-1.yaml': ordinance('ord-1', 'One', 'dir-1'),
    'ordinances/ord-2.yaml': ordinance('ord-2', 'Two'),
    '2023/rc-a.yaml': rollCall('rc-a', 'ord-1'),
    '2024/01/rc-c.yaml': rollCall('rc-c'),
    '2024/02/rc-e.yaml': rollCall('rc-e', 'ord-2'),
    '2024/02/notes.yaml': 'title: notes\n',
  };
  for (const [name, text] of Object.entries(files)) create(root, name, text);
  return root;
}

function rollCallFiles(root: string, folder = ''): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => {
      const path = join(folder, e.name);
      if (e.isDirectory()) return rollCallFiles(root, path);
      const text = e.name.endsWith('.yaml') ? readFileSync(join(root, path), 'utf8') : '';
      return text.startsWith('kind: roll-call') ? [path] : [];
    })
    .sort();
}

type Prepared = Awaited<ReturnType<typeof prepareInputs<'roll-call'>>>;

interface Placed {
  readonly doc: { readonly source: { readonly file: string }; readonly index: number };
  readonly value: unknown;
}

const place = (d: Placed | undefined): unknown =>
  d === undefined ? null : [d.doc.source.file, d.doc.index, d.value];

/** What a preparation found, as data to compare: each document by file, place and content. */
function summary(prepared: Prepared): unknown {
  if (!prepared.ok) {
    const failure = prepared.error;
    return failure.kind === 'usage'
      ? failure
      : failure.diagnostics.map((d) => [d.file, d.code, d.document]);
  }
  const { document, council, measure, directive } = prepared.value;
  return {
    document: place(document),
    council: place(council),
    measure: place(measure),
    directive: place(directive),
  };
}

/** The first document of each id the roll call names, as loading the whole tree finds it. */
async function wholeTreeAnswer(root: string, file: string): Promise<unknown> {
  const loaded = await loadProject([file, '.'], { cwd: root, maxFileSize: CAP });
  const rollCallDoc = loaded.project.ofKind('roll-call').find((d) => d.doc.source.file === file);
  if (rollCallDoc === undefined) return null;
  const council = loaded.project.find('council', rollCallDoc.value.council);
  const measureId = rollCallDoc.value.measure;
  const measure = measureId === undefined ? undefined : loaded.project.find('ordinance', measureId);
  const directiveId = measure?.value.directive;
  const directive =
    directiveId === undefined ? undefined : loaded.project.find('directive', directiveId);
  return { council: place(council), measure: place(measure), directive: place(directive) };
}

/** Files read with the index and without it, over a test. */
const totals = { indexed: 0, walked: 0 };

/** Every roll call of the tree, with the index and without: the same answers, which are the whole tree's. */
async function expectSameAnswers(root: string, step: string): Promise<void> {
  for (const file of rollCallFiles(root)) {
    const options: InputsOptions = { cwd: root, maxFileSize: CAP };
    reads.count = 0;
    const indexed = summary(await prepareInputs('roll-call', file, { ...options, index: INDEX }));
    totals.indexed += reads.count;
    reads.count = 0;
    const walked = summary(await prepareInputs('roll-call', file, options));
    totals.walked += reads.count;
    expect(indexed, `${step}: ${file}`).toEqual(walked);
    if (indexed !== null && typeof indexed === 'object' && 'council' in indexed) {
      const { council, measure, directive } = indexed as Record<string, unknown>;
      expect({ council, measure, directive }, `${step}: ${file}`).toEqual(
        await wholeTreeAnswer(root, file),
      );
    }
  }
  await expectSameCouncil(root, step);
}

/** The council `roll-call` (and `import`, `export`) chooses in the folder: quick when it can be, as the whole tree says. */
async function expectSameCouncil(root: string, step: string): Promise<void> {
  const opened = openCouncilTree(
    root,
    { cwd: root, maxFileSize: CAP, ignore: [], index: INDEX },
    { from: '.' },
  );
  if (!opened.ok) throw new Error(opened.error);
  for (const id of [undefined, 'testville']) {
    const references = opened.value.references();
    const quick = await chooseCouncilQuickly(references, id);
    references.close();
    const whole = (await loadCouncilTree('.', id, { cwd: root, maxFileSize: CAP })).choice;
    if (quick === undefined) continue;
    const shown = (choice: typeof whole): unknown =>
      choice.kind === 'chosen'
        ? [relative(root, resolve(root, choice.council.doc.source.file)), choice.council.value]
        : choice.kind === 'none'
          ? 'none'
          : choice.ids;
    expect(shown(quick), `${step}: council ${id ?? '(the only one)'}`).toEqual(shown(whole));
  }
}

const indexFile = (root: string) => join(root, '.overrule', 'index.json');

describe('the look-up index', () => {
  let root: string;
  beforeEach(() => {
    root = archive();
    totals.indexed = 0;
    totals.walked = 0;
  });

  it('is written by a tally that walked, and makes the next one read only what it needs', async () => {
    const options = { cwd: root, maxFileSize: CAP, index: INDEX };
    expect(existsSync(indexFile(root))).toBe(false);
    const cold = await prepareInputs('roll-call', '2023/rc-a.yaml', options);
    expect(cold.ok).toBe(true);
    expect(existsSync(indexFile(root))).toBe(true);
    expect(readFileSync(join(root, '.overrule', '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    // the second run adds what the search for the council's folder saw; the third reads
    // the roll call, its council, its measure and the measure's directive, and nothing else
    await prepareInputs('roll-call', '2023/rc-a.yaml', options);
    reads.count = 0;
    const warm = await prepareInputs('roll-call', '2023/rc-a.yaml', options);
    expect(summary(warm)).toEqual(summary(cold));
    expect(reads.count).toBe(4);
  });

  it('gives the whole tree’s answers as the tree changes between runs', async () => {
    const steps: [string, () => unknown][] = [
      ['no index yet', () => undefined],
      ['nothing changed', () => undefined],
      ['a measure renamed', () => move(root, 'ordinances/ord-1.yaml', 'ordinances/a-ord-1.yaml')],
      [
        'a duplicate measure added before it',
        () => create(root, '0-drafts/ord-1.yaml', ordinance('ord-1', 'Draft')),
      ],
      [
        'the council edited in place',
        () => edit(root, 'council.yaml', TESTVILLE.replace('seats: 5', 'seats: 6')),
      ],
      [
        'a measure’s id changed in place',
        () => edit(root, 'ordinances/ord-2.yaml', ordinance('ord-3', 'Two')),
      ],
      [
        'a roll call replaced by a measure',
        () => create(root, '2023/rc-a.yaml', ordinance('ord-2', 'Stolen')),
      ],
      [
        'a measure’s id changed in place to one a later file holds',
        () => edit(root, '0-drafts/ord-1.yaml', ordinance('ord-2', 'Moved')),
      ],
      [
        'the index corrupted',
        () => {
          writeFileSync(indexFile(root), '{"format":1,"files":[');
        },
      ],
      [
        'the index of another shape',
        () => {
          writeFileSync(indexFile(root), '{"format":1,"version":"test","files":{}}');
        },
      ],
      [
        'the index deleted',
        () => {
          rmSync(join(root, '.overrule'), { recursive: true });
        },
      ],
      [
        'an ignore file leaving out the drafts',
        () => create(root, '.overruleignore', '0-drafts/\n'),
      ],
      ['the ignore file edited in place', () => edit(root, '.overruleignore', '# none\n')],
      [
        'a directive duplicated in a new folder',
        () => create(root, '1-more/dir.yaml', directive('dir-1', 'Second')),
      ],
      ['a folder of roll calls removed', () => remove(root, '2024/02')],
      ['the council moved after everything', () => move(root, 'council.yaml', 'zz-council.yaml')],
      [
        'a council beside a roll call',
        () => create(root, '2024/01/council.yaml', TESTVILLE.replace('seats: 5', 'seats: 7')),
      ],
      [
        'a broken file before the measures',
        () => create(root, '0-drafts/broken.yaml', 'kind: ordinance\nid: ord-1\n  bad: [\n'),
      ],
      [
        'the council file broken in place',
        () => edit(root, 'zz-council.yaml', 'kind: council\nid: testville\n  x: [\n'),
      ],
    ];
    for (const [step, change] of steps) {
      change();
      await expectSameAnswers(root, step);
    }
    // and the index was used, not always found stale
    expect(totals.indexed).toBeLessThan(totals.walked * 0.8);
  });

  it('gives the whole tree’s answers through a seeded run of random changes', async () => {
    let seed = 20240901;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const folders = ['', '0-a', '2023', '2024/01', 'ordinances', 'zz'];
    const makers = [
      (i: number) => rollCall(`rc-r${i}`, ['ord-1', 'ord-2', undefined][random(3)]),
      (i: number) =>
        ordinance(
          ['ord-1', 'ord-2'][random(2)] ?? 'ord-1',
          `Title ${i}`,
          random(2) === 0 ? 'dir-1' : undefined,
        ),
      (i: number) => directive('dir-1', `Directive ${i}`),
      () => TESTVILLE.replace('seats: 5', `seats: ${5 + random(3)}`),
    ];
    for (let i = 0; i < 12; i++) {
      const existing = readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.yaml') && !f.startsWith('.'))
        .sort();
      const pick = existing[random(existing.length)] ?? 'council.yaml';
      const name = join(folders[random(folders.length)] ?? '', `f-${random(4)}.yaml`);
      const text = makers[random(makers.length)]?.(i) ?? '';
      switch (random(4)) {
        case 0:
          create(root, name, text);
          break;
        case 1:
          // in place: seen when the file defined a council, directive or ordinance (see README)
          if (/^kind: (council|directive|ordinance)/.test(readFileSync(join(root, pick), 'utf8'))) {
            edit(root, pick, text);
          } else {
            create(root, pick, text);
          }
          break;
        case 2:
          move(root, pick, name);
          break;
        default:
          if (existing.length > 4) remove(root, pick);
      }
      await expectSameAnswers(root, `change ${i} (${relative(root, join(root, pick))})`);
    }
    expect(totals.indexed).toBeLessThan(totals.walked);
  });

  it('is only a slower run where it cannot be written', async () => {
    const options = { cwd: root, maxFileSize: CAP, index: INDEX };
    writeFileSync(join(root, '.overrule'), 'not a folder');
    const prepared = await prepareInputs('roll-call', '2023/rc-a.yaml', options);
    expect(summary(prepared)).toEqual(
      summary(await prepareInputs('roll-call', '2023/rc-a.yaml', { ...options, index: undefined })),
    );
    expect(prepared.ok).toBe(true);
    expect(readFileSync(join(root, '.overrule'), 'utf8')).toBe('not a folder');
  });

  it('misses only an in-place edit of a file it does not name, which validate sees and mends', async () => {
    const options = { cwd: root, maxFileSize: CAP, index: INDEX };
    const file = '2024/02/rc-e.yaml';
    const before = summary(await prepareInputs('roll-call', file, options));
    // a roll call before the measure, rewritten in place (its folder keeps its time) as a
    // measure of the same id: the walk now finds that one first
    edit(root, '2023/rc-a.yaml', ordinance('ord-2', 'In place'));
    const walked = summary(
      await prepareInputs('roll-call', file, { ...options, index: undefined }),
    );
    expect(walked).not.toEqual(before);
    // the known limit (README, Archives): the index still names the measure it knew
    expect(summary(await prepareInputs('roll-call', file, options))).toEqual(before);
    // validate never trusts the index: it reads every file, reports the duplicate id, and
    // writes the index anew, after which tally agrees with the walk again
    const codes: string[] = [];
    await validateFiles(['.'], { ...options, index: INDEX }, (checked) => {
      codes.push(...checked.diagnostics.map((d) => `${checked.file} ${d.code}`));
    });
    expect(codes).toContain('ordinances/ord-2.yaml id/duplicate');
    expect(summary(await prepareInputs('roll-call', file, options))).toEqual(walked);
  });
});
