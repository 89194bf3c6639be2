import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The version in the project's package.json: the nearest one above this file, which is two
 * folders up from src/cli and three from dist/src/cli (the built command).
 */
export function packageVersion(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (path.dirname(dir) === dir) return 'unknown';
  }
}
