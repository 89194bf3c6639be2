import { z } from 'zod';

/**
 * Characters an id must not hold, for they make two ids look alike or one look like another:
 * C0/C1 controls, bidi marks and overrides (U+200E/F, U+202A–E, U+2066–9, U+061C) and zero-width
 * ones (U+200B–D, U+2060, U+FEFF, U+180E). `ent-\u202Eabc` renders as `ent-cba`.
 */
const UNSAFE_ID_CHARACTER = new RegExp(
  String.raw`[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]`,
  'u',
);
/**
 * The part of the rule the bundle's JSON Schema carries as the id's pattern (unchanged, so that
 * the published schema stays as it was); the other characters are refused by a refinement.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const PLAIN_ID = /^[^\s\u0000-\u001f]+$/;

/** `U+202E`: how a refused character is named in a message, since it cannot be shown. */
export function codePointOf(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function idProblem(id: unknown): string {
  const unsafe = typeof id === 'string' ? UNSAFE_ID_CHARACTER.exec(id)?.[0] : undefined;
  return unsafe === undefined
    ? 'id must not contain whitespace'
    : `id must not contain ${codePointOf(unsafe)} (a control, bidi or zero-width character)`;
}

/** A stable record id: unique per label, chosen by the importer (e.g. `ent-zj-shipyard`). */
export const Id = z
  .string()
  .trim()
  .min(1, 'id must not be empty')
  .max(128, 'id must be at most 128 characters')
  .regex(PLAIN_ID, { error: (issue) => idProblem(issue.input), abort: true })
  .refine((id) => !UNSAFE_ID_CHARACTER.test(id), { error: (issue) => idProblem(issue.input) });
export type Id = z.infer<typeof Id>;

export const Name = z.string().trim().min(1, 'name must not be empty').max(200);
export const Text = z.string().max(20_000);
export const ShortList = z.array(z.string().trim().min(1).max(200)).max(200);
export const IsoDateTime = z.iso.datetime({ offset: true });
export const IsoDate = z.union([z.iso.date(), IsoDateTime]);

/**
 * Where a record came from: `article:<file>` for the seed articles, `template`, `generated`,
 * `import:<file>`, `api`. Every seed record names its source article (issue 3).
 */
export const Source = z.string().trim().min(1).max(200);

/** Fields every node has. createdAt / updatedAt are set by the store, never by callers. */
export const NodeBase = z.object({
  id: Id,
  source: Source.optional(),
  /**
   * Made up by a generator (the demo world's surroundings, a synthetic province), not read from a
   * source: the page shows such a record with a 合成 badge and exports carry it in a column.
   * Absent on real records.
   */
  synthetic: z.boolean().optional(),
});

export const StoredStamps = z.object({
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type StoredStamps = z.infer<typeof StoredStamps>;
