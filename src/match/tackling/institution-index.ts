import type { ProjectedGraph } from '../../projection/projected-graph';
import { StaticBm25 } from '../../text/bm25-static';
import type { Tokenizer } from '../../text/tokenizer';
import { intoOf } from '../graph-access';
import type { StaffTokens } from './expert-index';
import type { Solved } from './solved-problems';

/**
 * The institutions' side of the tackling index: a text index over each institution's name,
 * description and its people's skills and works, and the problems its people solved.
 */
export class InstitutionIndex {
  readonly documents: StaticBm25<'about' | 'skills' | 'works'>;
  private readonly solved = new Map<string, Solved[]>();

  /** `staff`: the people's tokens per institution, kept by the expert index as it read them. */
  constructor(graph: ProjectedGraph, tokenizer: Tokenizer, solvedBy: Map<string, Solved[]>, staff: StaffTokens) {
    this.documents = new StaticBm25(tokenizer, { about: 1, skills: 2, works: 1 });
    graph.forEachNode((key, node) => {
      if (node.kind !== 'Institution') return;
      const about = `${String(node.props['name'] ?? '')} ${String(node.props['description'] ?? '')}`;
      const people = staff.get(key) ?? [];
      this.documents.addTokens(key, {
        about: this.documents.tokenize(about),
        // the first ten tokens of each person's skills and works, as before: what they are known for
        skills: people.flatMap((p) => [...p.skills, ...p.works].slice(0, 10)),
        works: people.flatMap((p) => [...p.skills, ...p.works]),
      });
      this.solved.set(
        key,
        intoOf(graph, key, 'WORKS_AT').flatMap((person) => solvedBy.get(person) ?? []),
      );
    });
    this.documents.seal();
  }

  /** The problems an institution's people helped solve. */
  solvedBy(key: string): Solved[] {
    return this.solved.get(key) ?? [];
  }
}
