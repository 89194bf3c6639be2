/** The kinds of node the explorer draws, each with its colour in the graph and the legend. */
export const NODE_COLOURS: Record<string, string> = {
  Enterprise: '#c0392b',
  Institution: '#2471a3',
  PartyOrg: '#b9770e',
  Person: '#7d3c98',
  Problem: '#148f77',
  Request: '#5d6d7e',
  Region: '#1e8449',
  Chain: '#a04000',
  Segment: '#d68910',
  Team: '#cb4335',
  Work: '#85929e',
  Outcome: '#17a589',
};

export const NODE_KINDS = Object.keys(NODE_COLOURS);

export interface GraphNodeRef {
  kind: string;
  id: string;
  label: string;
}

export interface GraphEdgeRef {
  from: string;
  to: string;
  /** The relationship type (LOCATED_IN, WORKS_AT …): its words (rel.<type>) follow the language switch. */
  type: string;
  /** A tie without a direction (结对共建). */
  undirected: boolean;
}

export const nodeKey = (kind: string, id: string) => `${kind}:${id}`;

/** What the explorer keeps on each drawn node (sigma reads x, y, size, label, color). */
export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  kind: string;
  id: string;
  expanded: boolean;
  /** Once expanded: whether it has more neighbours than were drawn, and how many the key may not see. */
  truncated?: boolean;
  hidden?: number;
}

/** What the explorer keeps on each drawn relationship (sigma reads label, size, color and type: arrow or line). */
export interface EdgeAttributes {
  label: string;
  rel: string;
  size: number;
  color: string;
  type: 'arrow' | 'line';
}
