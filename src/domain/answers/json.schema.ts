import { z } from 'zod';

/** A scalar a stored property may hold. */
const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * A stored property's value, as the graph store holds it: a scalar or a list of scalars (the
 * forms a Neo4j property takes), so that a node's properties can be answered as a record whose
 * values are still typed.
 */
export const PropertyValue = z.union([Scalar, z.array(Scalar)]).meta({ id: 'PropertyValue' });
export type PropertyValue = z.infer<typeof PropertyValue>;

/** A node's or a relationship's properties. */
export const Properties = z.record(z.string(), PropertyValue);
export type Properties = z.infer<typeof Properties>;

/** Any JSON value: what a job reports and what the audit log keeps before and after a write. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const JsonValue: z.ZodType<JsonValue> = z
  .lazy(() => z.union([Scalar, z.array(JsonValue), z.record(z.string(), JsonValue)]))
  .meta({ id: 'JsonValue' });

/** A JSON object: a job's report. */
export const JsonObject = z.record(z.string(), JsonValue);
export type JsonObject = z.infer<typeof JsonObject>;
