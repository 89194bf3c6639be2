import type { MultiDirectedGraph } from 'graphology';
import type { NodeKind, RelType } from '../../domain';

export interface MemoryNodeAttributes {
  kind: NodeKind;
  id: string;
  props: Record<string, unknown>;
}

export interface MemoryEdgeAttributes {
  type: RelType;
  props: Record<string, unknown>;
}

export type MemoryGraph = MultiDirectedGraph<MemoryNodeAttributes, MemoryEdgeAttributes>;
