import { z } from 'zod';
import { Bilingual, ChainInRegion, NamedRef } from './reasons.schema';

/** How well a region produces one segment of a chain. */
export const SegmentStatus = z.enum(['missing', 'weak', 'ok', 'strong']).meta({ id: 'SegmentStatus' });
export type SegmentStatus = z.infer<typeof SegmentStatus>;

/** One segment of a chain map: its local producers and buyers, its status and its risk. */
export const SegmentGap = z
  .object({
    segmentId: z.string(),
    name: z.string(),
    stage: z.string(),
    status: SegmentStatus,
    producers: z.array(
      z.object({ id: z.string(), name: z.string(), scale: z.string().nullable(), chainMaster: z.boolean() }),
    ),
    demand: z
      .array(z.object({ id: z.string(), name: z.string(), declared: z.boolean() }))
      .describe('Local enterprises that buy this segment (declared NEEDS or template demand)'),
    singlePointOfFailure: z
      .object({
        producerId: z.string(),
        producerName: z.string(),
        dependants: z.number().int(),
        risk: z.enum(['high', 'watch']),
      })
      .nullable()
      .describe('Set when the local supply hangs on one enterprise: who, how many depend on it, and the risk'),
  })
  .meta({ id: 'SegmentGap' });
export type SegmentGap = z.infer<typeof SegmentGap>;

/** 招商图谱: a chain's segments in a region, upstream to downstream, by the stated rule. */
export const ChainMap = z
  .object({
    ...ChainInRegion,
    rule: Bilingual.describe('How a status is decided'),
    segments: z.array(SegmentGap),
    chainMasters: z.array(NamedRef),
  })
  .meta({ id: 'ChainMap' });
export type ChainMap = z.infer<typeof ChainMap>;
