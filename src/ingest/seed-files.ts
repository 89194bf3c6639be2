import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLE_FORMAT, BUNDLE_SECTIONS } from './bundle.schema';

/** The repository's seeds/ folder, found upwards (sources run from src/, builds from dist/src/). */
export function seedsRoot(start = __dirname): string {
  for (let dir = start; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'seeds', 'articles'))) return path.join(dir, 'seeds');
  }
  throw new Error(`seeds: no seeds/ folder above ${start}`);
}

/** Several bundles as one: each section is the concatenation of the parts' sections, in order. */
export function mergeBundles(parts: Record<string, unknown>[]): Record<string, unknown> {
  const merged: Record<string, unknown[]> = {};
  for (const section of BUNDLE_SECTIONS)
    merged[section] = parts.flatMap((part) => (part[section] as unknown[] | undefined) ?? []);
  return { format: BUNDLE_FORMAT, ...merged };
}

function readFolder(folder: string): Record<string, unknown>[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Record<string, unknown>);
}

/**
 * The articles' dataset: the chain templates (seeds/templates) and the records read from the
 * five seed articles (seeds/articles), as one bundle. Templates come first: articles place
 * their enterprises in the templates' segments.
 */
export function articlesBundle(root = seedsRoot()): Record<string, unknown> {
  return mergeBundles([...readFolder(path.join(root, 'templates')), ...readFolder(path.join(root, 'articles'))]);
}
