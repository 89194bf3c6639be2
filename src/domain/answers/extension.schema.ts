import { z } from 'zod';
import { ChainInRegion, NamedRef, Reasons } from './reasons.schema';

/** One way a chain reaches into another (a FEEDS tie between segments of two chains). */
export const ExtensionLink = z
  .object({
    direction: z
      .enum(['upstream', 'downstream'])
      .describe('upstream: another chain’s segment feeds one of this chain’s; downstream: this chain feeds another’s'),
    segment: NamedRef.describe('This chain’s segment'),
    other: NamedRef.describe('The other chain’s segment it is tied to'),
    otherChain: NamedRef,
    weight: z.number().describe('The FEEDS tie’s weight in the templates, 0–1'),
    localProducers: z.number().int().describe('Enterprises in the region producing the other chain’s segment'),
    reasons: Reasons,
  })
  .meta({ id: 'ExtensionLink' });
export type ExtensionLink = z.infer<typeof ExtensionLink>;

/** 延链: where a region's chain can extend into other chains, both ways, best grounded first. */
export const ChainExtension = z
  .object({ ...ChainInRegion, links: z.array(ExtensionLink) })
  .meta({ id: 'ChainExtension' });
export type ChainExtension = z.infer<typeof ChainExtension>;
