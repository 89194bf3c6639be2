import type { z } from 'zod';

/**
 * A zod issue in words a park's staff understand, for import reports, config errors and API
 * problems: a missing field "is required", a wrong type "must be a number (got "five")"; other
 * issues keep the schema's own message.
 */
export function describeIssue(issue: z.core.$ZodIssue, input?: unknown): string {
  if (issue.code === 'invalid_type') {
    const got = valueAt(input, issue.path);
    if (got === undefined) return 'is required';
    // JSON has no Infinity, but a number too large for a double (1e400) parses to it
    if (typeof got === 'number' && !Number.isFinite(got) && issue.expected === 'number')
      return `must be a finite number (got ${got}: a number too large to hold)`;
    const shown =
      typeof got === 'string'
        ? JSON.stringify(got.length > 40 ? `${got.slice(0, 40)}…` : got)
        : Array.isArray(got)
          ? 'a list'
          : got === null
            ? 'null'
            : typeof got;
    return `must be ${article(issue.expected)} (got ${shown})`;
  }
  return issue.message;
}

function article(expected: string): string {
  return expected === 'array' ? 'a list' : expected === 'object' ? 'an object' : `a ${expected}`;
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
