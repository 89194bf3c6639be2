/**
 * The kinds of node the explorer draws, each with its colour in the graph and the legend. The
 * colours are Okabe and Ito's palette, told apart with every common colour-vision deficiency, for
 * the kinds met most (难题 orange, 地区 green and 成效 black far apart), and Paul Tol's muted
 * colours, also colour-blind safe, for the three kinds met rarely.
 */
export const NODE_COLOURS: Record<string, string> = {
  Enterprise: '#0072B2',
  Institution: '#56B4E9',
  PartyOrg: '#D55E00',
  Person: '#CC79A7',
  Problem: '#E69F00',
  Request: '#882255',
  Region: '#009E73',
  Chain: '#F0E442',
  Segment: '#999999',
  Team: '#332288',
  Work: '#999933',
  Outcome: '#000000',
  // the departments (部门接单) and the practices' own kinds, in Paul Tol's remaining muted colours
  Department: '#CC6677',
  TalentNeed: '#AA4499',
  FinancingNeed: '#44AA99',
  FinancialProduct: '#117733',
  FinancingMeeting: '#DDCC77',
};

export const NODE_KINDS = Object.keys(NODE_COLOURS);

/** A kind's colour; a kind the page does not know yet (a newer server) is drawn in a neutral grey. */
export const kindColour = (kind: string): string => NODE_COLOURS[kind] ?? '#888888';

export interface GraphNodeRef {
  kind: string;
  id: string;
  label: string;
  /** Made up by a generator (shown with a 合成 badge). */
  synthetic?: boolean;
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
  synthetic?: boolean;
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
