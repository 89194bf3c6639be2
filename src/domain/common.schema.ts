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

/**
 * Half of a UTF-16 surrogate pair without its other half. JSON's `"\udc00"` parses to one, but it
 * is no character: it cannot be written as UTF-8 or put in a URL (encodeURIComponent throws), so
 * a record holding it in its id could never be read, changed or deleted again.
 */
const LONE_SURROGATE = /\p{Cs}/u;

/** Bidi embeddings, overrides and isolates (U+202A–E, U+2066–9): `\u202E` makes what follows read backwards. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;

/** What a name made only of these shows: nothing (white space, zero-width and other format characters). */
const INVISIBLE = /[\s\p{Cf}]/gu;

/** The reason a text is refused for holding a lone surrogate, or undefined when it holds none. */
export function loneSurrogateProblem(text: string): string | undefined {
  const lone = LONE_SURROGATE.exec(text)?.[0];
  return lone === undefined
    ? undefined
    : `must not contain ${codePointOf(lone)} (half of a UTF-16 surrogate pair, which is not a character)`;
}

/** A text made of whole characters only: see LONE_SURROGATE. */
function wellFormed<T extends z.ZodString>(schema: T, what = ''): T {
  return schema.refine((text) => !LONE_SURROGATE.test(text), {
    error: (issue) => `${what}${loneSurrogateProblem(String(issue.input))}`,
    abort: true,
  }) as T;
}

function idProblem(id: unknown): string {
  const unsafe = typeof id === 'string' ? UNSAFE_ID_CHARACTER.exec(id)?.[0] : undefined;
  return unsafe === undefined
    ? 'id must not contain whitespace'
    : `id must not contain ${codePointOf(unsafe)} (a control, bidi or zero-width character)`;
}

/** A stable record id: unique per label, chosen by the importer (e.g. `ent-zj-shipyard`). */
export const Id = wellFormed(z.string(), 'id ')
  .trim()
  .min(1, 'id must not be empty')
  .max(128, 'id must be at most 128 characters')
  .regex(PLAIN_ID, { error: (issue) => idProblem(issue.input), abort: true })
  .refine((id) => !UNSAFE_ID_CHARACTER.test(id), { error: (issue) => idProblem(issue.input) });
export type Id = z.infer<typeof Id>;

/**
 * A name or a title: something a person reads, so something must show (`"\u200b\u200b"` is as
 * empty as `"  "`), and nothing may reorder it (`\u202E` before `公司` shows `司公`). Other
 * invisible characters are kept as sent; names are compared with them stripped (text/).
 */
export const Name = wellFormed(z.string())
  .trim()
  .min(1, { error: 'name must not be empty', abort: true })
  .max(200)
  .refine((name) => name.replace(INVISIBLE, '') !== '', {
    error: 'name must not be empty (zero-width and other invisible characters do not count)',
    abort: true,
  })
  .refine((name) => !BIDI_CONTROL.test(name), {
    error: (issue) =>
      `must not contain ${codePointOf(BIDI_CONTROL.exec(String(issue.input))![0])} (a bidi control, which reorders what follows)`,
  });
export const Text = wellFormed(z.string()).max(20_000);
export const ShortList = z.array(wellFormed(z.string()).trim().min(1).max(200)).max(200);
export const IsoDateTime = z.iso.datetime({ offset: true });
export const IsoDate = z.union([z.iso.date(), IsoDateTime]);

/**
 * Where a record came from: `article:<file>` for the seed articles, `template`, `generated`,
 * `import:<file>`, `api`. Every seed record names its source article (issue 3).
 */
export const Source = wellFormed(z.string()).trim().min(1).max(200);

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
