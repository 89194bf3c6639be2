import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

export const ROOT = path.resolve(__dirname, '..');
export const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
export const run = promisify(execFile);

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function out(text: string): void {
  process.stdout.write(`${text}\n`);
}
