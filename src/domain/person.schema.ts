import { z } from 'zod';
import { NodeBase, Name, Text, ShortList } from './common.schema';
import { WorkKind } from './enums';

/**
 * An expert, instructor, chain chief or member. partyMember, phone and email are sensitive
 * personal information under PIPL: the API masks them for roles that do not need them.
 */
export const Person = NodeBase.extend({
  name: Name,
  title: z.string().trim().max(100).optional(),
  skills: ShortList.default([]),
  bio: Text.default(''),
  partyMember: z.boolean().default(false),
  /** How many problems or requests this person can carry at once. */
  maxLoad: z.number().int().min(0).max(100).default(3),
  phone: z.string().trim().max(40).optional(),
  email: z.email().optional(),
});
export type Person = z.infer<typeof Person>;

/** A paper, patent, project or standard authored by people. */
export const Work = NodeBase.extend({
  kind: WorkKind,
  title: Name,
  abstract: Text.default(''),
  year: z.number().int().min(1900).max(2100).optional(),
});
export type Work = z.infer<typeof Work>;
