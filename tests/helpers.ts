import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const fixturesDir = join(root, 'fixtures');
/** The shared corpus beside the repository; absent in a user's clone. */
export const devCorpus = join(root, '..', 'shared', 'corpus', 'dev');
export const hasCorpus = existsSync(devCorpus);

/** Every fixture input: NAME.txt or NAME.md beside NAME.expected.json. */
export function fixtures(): { name: string; input: string }[] {
  return readdirSync(fixturesDir)
    .filter((f) => /\.(txt|md)$/.test(f) && !f.endsWith('.expected.md'))
    .sort()
    .map((f) => ({ name: f.replace(/\.(txt|md)$/, ''), input: join(fixturesDir, f) }));
}

const schema = JSON.parse(readFileSync(join(root, 'schema', 'release.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
export const validateRelease = ajv.compile(schema);

/** Schema errors of a value, as one readable string ('' when valid). */
export function schemaErrors(value: unknown): string {
  return validateRelease(value) ? '' : ajv.errorsText(validateRelease.errors);
}
