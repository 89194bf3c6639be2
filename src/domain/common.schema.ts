import { z } from 'zod';

/** A stable record id: unique per label, chosen by the importer (e.g. `ent-zj-shipyard`). */
export const Id = z
  .string()
  .trim()
  .min(1, 'id must not be empty')
  .max(128, 'id must be at most 128 characters')
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .regex(/^[^\s\u0000-\u001f]+$/, 'id must not contain whitespace or control characters');
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
});

export const StoredStamps = z.object({
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type StoredStamps = z.infer<typeof StoredStamps>;
