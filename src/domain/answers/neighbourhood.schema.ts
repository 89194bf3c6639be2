import { z } from 'zod';
import { NodeKindSchema } from '../node-kinds';
import { Properties } from './json.schema';

/** A node of the graph explorer. */
export const GraphNodeOut = z
  .object({
    kind: NodeKindSchema,
    id: z.string(),
    name: z.string(),
    props: Properties.describe('Its properties; a person’s sensitive ones masked for the role'),
  })
  .meta({ id: 'GraphNode' });
export type GraphNodeOut = z.infer<typeof GraphNodeOut>;

export const GraphRelationshipOut = z
  .object({
    type: z.string(),
    from: z.object({ kind: NodeKindSchema, id: z.string() }),
    to: z.object({ kind: NodeKindSchema, id: z.string() }),
    undirected: z.boolean().describe('A tie without a direction (结对共建, PAIRED_WITH)'),
    props: Properties,
  })
  .meta({ id: 'GraphRelationship' });
export type GraphRelationshipOut = z.infer<typeof GraphRelationshipOut>;

/** A node and its neighbours, one hop, as a caller may see them. */
export const Neighbourhood = z
  .object({
    centre: GraphNodeOut,
    nodes: z.array(GraphNodeOut).describe('Its neighbours, at most limit, in a stable order'),
    relationships: z
      .array(GraphRelationshipOut)
      .describe(
        'Every relationship between the centre and its neighbours, and among the neighbours, in its stored direction',
      ),
    truncated: z.boolean().describe('It has more neighbours than limit'),
    hidden: z
      .number()
      .int()
      .describe(
        'Neighbours left out because they lie outside the key’s region (masked ties are not counted: the count would tell them)',
      ),
    masked: z.array(z.string()).describe('Relationship types left out for the role (MEMBER_OF: party membership)'),
  })
  .meta({ id: 'Neighbourhood' });
export type Neighbourhood = z.infer<typeof Neighbourhood>;
