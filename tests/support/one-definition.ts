/**
 * For the meta tests that keep one decision in one module (the link-only rule, the route of a
 * draft): a decision is a code shape, the modules allowed to hold it, and what the shape does.
 * `offences` names each other module that holds it; comments are not code (one may name it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Decision {
  what: string;
  pattern: RegExp;
  allowed: readonly string[];
}

export const ROOT = resolve(__dirname, '../..');

/** Every TypeScript source below `dir` (relative to the project's root), declaration files aside. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Code without its comments. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** "file what" for each decision this file's code takes though it is not allowed to. */
export function offences(decisions: readonly Decision[], file: string, text: string): string[] {
  const body = code(text);
  return decisions.filter((d) => !d.allowed.includes(file) && d.pattern.test(body)).map((d) => `${file} ${d.what}`);
}

/** The pages, components and utilities, each with the decisions it takes though it may not. */
export function offencesInProject(decisions: readonly Decision[]): { files: string[]; found: string[] } {
  const files = ['utils', 'entrypoints', 'components'].flatMap(sourceFiles);
  const found = files.flatMap((f) => offences(decisions, f, readFileSync(join(ROOT, f), 'utf8')));
  return { files, found };
}
