/**
 * The name resolver's settings, what it indexes and what it answers (name-resolver.ts says how).
 * Scores are distances here (0 certain, 1 unrelated) so that a negative threshold turns a path off.
 * The alignment thresholds are calibrated on the listed companies' short names (bench/eval,
 * `npm run eval -- real`); the fuse thresholds on the generated misspellings (npm run bench).
 */
export const RESOLVE_DEFAULTS = {
  /** Distance (1 - alignment score) at or under which the best short-name candidate may be a match. */
  matchScore: 0.3,
  /** Fuse score (0 perfect, 1 unrelated) at or under which a misspelled name may be a match (and not above matchScore). */
  fuzzyMatchScore: 0.2,
  /** Taken off a candidate's alignment score when the query's place contradicts the candidate's. */
  placeAgainst: 0.5,
  /** Taken off when the query names a place the candidate's registered name does not show. */
  placeUnshown: 0.15,
  /** Fuse score at or under which a candidate is worth showing as ambiguous. */
  candidateScore: 0.45,
  /** How much better than the runner-up a match by alignment or fuzzy must be. */
  margin: 0.16,
  /** Query length (characters) from which `margin` applies as it is; shorter ones need margin × fullLength / length. */
  fullLength: 4,
  /** Candidates taken from the bigram index for fuzzy scoring. */
  blockSize: 30,
  /** A bigram shared by more names than this is too common to block on (公司, 科技). */
  commonBigram: 2000,
  /** Candidates returned with ambiguous and none. */
  maxCandidates: 5,
} as const;

export type ResolveOptions = { -readonly [K in keyof typeof RESOLVE_DEFAULTS]: number };

/** An enterprise node's name entry: its id, name, aliases and USCC. */
export function nameEntryOf(node: { id: string; props: Record<string, unknown> }): NameEntry {
  const uscc = node.props['uscc'];
  return {
    id: node.id,
    name: String(node.props['name']),
    aliases: (node.props['aliases'] as string[] | undefined) ?? [],
    ...(typeof uscc === 'string' ? { uscc } : {}),
  };
}

export interface NameEntry {
  id: string;
  name: string;
  aliases?: string[];
  uscc?: string;
}

export interface NameCandidate {
  id: string;
  name: string;
  /** 1 = certain, 0 = unrelated (1 - fuse score). */
  similarity: number;
  matched: string;
}

export type Resolution =
  | {
      outcome: 'match';
      id: string;
      name: string;
      by: 'uscc' | 'name' | 'core' | 'fuzzy';
      similarity: number;
      /** Why, for a person reading the import report: the place evidence and the margin. */
      evidence?: string;
    }
  | { outcome: 'ambiguous'; candidates: NameCandidate[] }
  | { outcome: 'none'; candidates: NameCandidate[] };
