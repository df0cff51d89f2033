// `npm run lint`: ESLint and Prettier over what the project holds — the files git tracks (staged
// ones included) — never over untracked files lying in the checkout (notes, scratch files, a
// reviewer's own fixtures). Outside a git checkout (an unpacked archive), the whole tree.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** The tracked files, or `null` when this is not a git checkout (or git is missing). */
function trackedFiles() {
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--full-name'], { cwd: root, encoding: 'utf8' });
  if (git.status !== 0 || git.error) return null;
  const prefix = spawnSync('git', ['rev-parse', '--show-prefix'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  return git.stdout
    .split('\0')
    .filter(Boolean)
    .map((f) => (prefix && f.startsWith(prefix) ? f.slice(prefix.length) : f))
    .filter((f) => existsSync(join(root, f))); // tracked but deleted in the working tree
}

function run(tool, args) {
  // Long lists go in chunks: a command line has a length limit.
  const CHUNK = 400;
  const files = args.files;
  const batches = files === null ? [['.']] : [];
  if (files !== null) for (let i = 0; i < files.length; i += CHUNK) batches.push(files.slice(i, i + CHUNK));
  let status = 0;
  for (const batch of batches) {
    const result = spawnSync(npx, [tool, ...args.flags, ...batch], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) status = result.status ?? 1;
  }
  return status;
}

const tracked = trackedFiles();
const lintable = tracked?.filter((f) => /\.(?:[cm]?[jt]sx?)$/.test(f)) ?? null;
const eslint = run('eslint', { flags: ['--no-warn-ignored'], files: lintable });
const prettier = run('prettier', { flags: ['--check', '--ignore-unknown'], files: tracked });
process.exit(eslint || prettier);
