/**
 * The kinds of node an outcome joins, apart from the Outcome schema: node-kinds.ts lists that
 * schema, so naming NodeKind in outcome.schema.ts closed an import circle.
 */
import type { OutcomeEngine } from './enums';
import type { NodeKind } from './node-kinds';

/** What each engine's advice is for, and whom it proposes. */
export const OUTCOME_ENDS: Record<OutcomeEngine, { subject: readonly NodeKind[]; candidate: readonly NodeKind[] }> = {
  partners: { subject: ['Enterprise'], candidate: ['Enterprise'] },
  tackling: { subject: ['Problem'], candidate: ['Person', 'Institution'] },
  leads: { subject: ['Chain'], candidate: ['Enterprise'] },
  dispatch: { subject: ['Request'], candidate: ['Person'] },
  talent: { subject: ['TalentNeed'], candidate: ['Person'] },
  finance: { subject: ['FinancingNeed'], candidate: ['FinancialProduct'] },
  lists: { subject: ['Request', 'TalentNeed', 'FinancingNeed'], candidate: ['ServiceResource'] },
};
