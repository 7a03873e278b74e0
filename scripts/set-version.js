// The `version` script of `npm version` (see "Releases" in README.md): writes
// package.json's new version into src/cli/version.ts, which `npm version`
// then commits with package.json and package-lock.json and tags vX.Y.Z.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const file = join(root, 'src/cli/version.ts');
const text = readFileSync(file, 'utf8');
const updated = text.replace(
  /^export const VERSION = '[^']*';$/m,
  `export const VERSION = '${version}';`,
);
if (!updated.includes(`'${version}'`))
  throw new Error('set-version: no VERSION line in src/cli/version.ts');
const temp = `${file}.${process.pid}.tmp`;
writeFileSync(temp, updated);
renameSync(temp, file);
