import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const QUALITY = path.resolve(__dirname, '..', '..', 'docs', 'quality.md');
const BEGIN = '<!-- real-data:begin (written by npm run eval -- real) -->';
const END = '<!-- real-data:end -->';

/**
 * Replaces the "Real data" section of docs/quality.md with `body` (the text between its two
 * markers), or appends the section when the document has none yet. What is around it — the
 * written analysis, the generator's figures — is left as it is.
 */
export function writeRealDataSection(body: string, file = QUALITY): void {
  const doc = readFileSync(file, 'utf8');
  const block = `${BEGIN}\n\n${body.trim()}\n\n${END}`;
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${doc.slice(0, start)}${block}${doc.slice(end + END.length)}`
      : `${doc.trimEnd()}\n\n## Real data\n\n${block}\n`;
  writeFileSync(file, next);
}
