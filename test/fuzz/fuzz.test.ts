/**
 * A seeded fuzzer over every bundled and fixture file (see mutations.ts and
 * fuzz-case.ts): a few hundred cases here, thousands with `npm run fuzz`.
 * The seed is fixed, so a run is reproducible; OVERRULE_FUZZ_SEED and
 * OVERRULE_FUZZ_CASES change it and the number of cases, and a failure
 * prints the seed and path that replay it (OVERRULE_FUZZ_PATH). Each case
 * found is kept in test/fixtures/fuzz/ and checked below on every run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { COUNCIL } from '../support/valid-documents.js';
import { checkFuzzCase, FUZZ_COMMANDS, loadCorpus } from './fuzz-case.js';
import { applyMutations, mutationArbitrary } from './mutations.js';

const SEED = Number(process.env['OVERRULE_FUZZ_SEED'] ?? '15');
const CASES = Number(process.env['OVERRULE_FUZZ_CASES'] ?? '300');
const PATH = process.env['OVERRULE_FUZZ_PATH'];

const FOUND = join(import.meta.dirname, '..', 'fixtures', 'fuzz');

describe('fuzzing', () => {
  it(
    `${CASES} mutated files (seed ${SEED}): exit 0, 1 or 2, no stack trace, positions, no file changed`,
    async () => {
      const corpus = loadCorpus();
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: corpus.length - 1 }),
          fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }),
          fc.constantFrom(...FUZZ_COMMANDS),
          async (index, mutations, command) => {
            const base = corpus[index];
            if (base === undefined) return;
            await checkFuzzCase(applyMutations(base.bytes, mutations), base.council, command);
          },
        ),
        { seed: SEED, numRuns: CASES, ...(PATH === undefined ? {} : { path: PATH }) },
      );
    },
    Math.max(600_000, CASES * 2_000),
  );

  describe('cases found by fuzzing (test/fixtures/fuzz)', () => {
    for (const name of readdirSync(FOUND).filter((f) => f.endsWith('.yaml'))) {
      it(name, async () => {
        const bytes = readFileSync(join(FOUND, name));
        for (const command of FUZZ_COMMANDS) await checkFuzzCase(bytes, COUNCIL, command);
      });
    }
  });
});
