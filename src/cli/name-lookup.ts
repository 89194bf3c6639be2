import type { NodeKind } from '../domain';
import { allNodes } from '../store/all-nodes';
import type { GraphNode, GraphStore } from '../store/graph-store';
import { nameEntryOf, NameResolver } from '../text/name-resolver';
import { SearchIndex, type SearchHit } from '../text/search-index';

/** What a command calls each kind it takes by name, in its messages. */
const NOUN: Partial<Record<NodeKind, string>> = {
  Enterprise: 'enterprise',
  Problem: 'problem',
  Chain: 'chain',
  Region: 'region',
  Person: 'person',
  Request: 'request',
  Department: 'department',
};

/** Suggestions shown with "not found" and choices shown with "several". */
const SHOWN = 5;
/** A search hit whose name contains the query scores 0.9 (search-index.ts): a confident hit. */
const CONTAINS = 0.9;
/**
 * Ids share their kind's prefix (chain-…), so every id is a weak hit for any id: only those this
 * close to the best are suggested (chain-marine: chain-marine-offshore 0.9, the rest 0.45).
 */
const ID_MARGIN = 0.15;

export interface Named {
  id: string;
  name: string;
}

/**
 * A name that does not settle on one node: several fit (exit 2, the user chooses by id) or none
 * does (exit 1, with the nearest names).
 */
export class NameNotSettledError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

/**
 * The id a command argument stands for: an exact id wins; otherwise the text is a name. An
 * enterprise's name goes through the import's name resolver (short names, 镇江船厂 for
 * 江苏省镇江船厂（集团）有限公司, never a guess between two); any kind's name is then searched as
 * GET /search does, where an exact name or one name containing the text is confident. One
 * confident match is used and `told` says which; several or none throw NameNotSettledError, none
 * with the nearest names and ids (a shortened or mistyped id is suggested, never used).
 */
export async function idFor(
  store: GraphStore,
  kind: NodeKind,
  text: string,
  told: (line: string) => void,
): Promise<string> {
  if (await store.getNode(kind, text)) return text;
  const nodes = await allNodes(store, kind);
  const found = settle(kind, nodes, text);
  const noun = NOUN[kind] ?? kind;
  if (found.outcome === 'match') {
    told(`${text} → ${found.id} ${found.name}`);
    return found.id;
  }
  const listed = found.candidates
    .slice(0, SHOWN)
    .map((c) => `\n  ${c.id}  ${c.name}`)
    .join('');
  if (found.outcome === 'ambiguous')
    throw new NameNotSettledError(`「${text}」 fits several ${noun}s; choose one by its id:${listed}`, 2);
  throw new NameNotSettledError(
    `${noun} 「${text}」 not found${listed ? `; the nearest:${listed}` : ` (no ${noun} has a similar name or id)`}`,
    1,
  );
}

type Settled =
  | ({ outcome: 'match' } & Named)
  | { outcome: 'ambiguous'; candidates: Named[] }
  | { outcome: 'none'; candidates: Named[] };

function settle(kind: NodeKind, nodes: GraphNode[], text: string): Settled {
  let near: Named[] = [];
  if (kind === 'Enterprise') {
    const resolved = new NameResolver(nodes.map(nameEntryOf)).resolve({ name: text });
    if (resolved.outcome === 'match') return { outcome: 'match', id: resolved.id, name: resolved.name };
    if (resolved.outcome === 'ambiguous') return resolved;
    near = resolved.candidates;
  }
  const hits = searchOf(kind, nodes).search(text, { limit: 2 * SHOWN });
  const exact = hits.filter((h) => h.score === 1);
  const confident = exact.length > 0 ? exact : hits.filter((h) => h.score >= CONTAINS);
  if (confident.length === 1) return { outcome: 'match', ...named(confident[0]!) };
  if (confident.length > 1) return { outcome: 'ambiguous', candidates: confident.map(named) };
  const nearest = [...near, ...[...hits, ...idHits(kind, nodes, text)].sort((a, b) => b.score - a.score).map(named)];
  return { outcome: 'none', candidates: nearest.filter((c, i) => nearest.findIndex((d) => d.id === c.id) === i) };
}

/**
 * Ids near the text, for a mistyped or shortened id (chain-marine for chain-marine-offshore):
 * searched as names are, so an id holding the text ranks as a name holding it would. Only ever a
 * suggestion: an id is exact or not the node's.
 */
function idHits(kind: NodeKind, nodes: GraphNode[], text: string): SearchHit[] {
  const index = new SearchIndex();
  const nameOf = new Map(nodes.map((node) => [node.id, namesOf(node)[0]!]));
  for (const node of nodes) index.add({ kind, id: node.id, names: [node.id], text: '' });
  const hits = index.search(text, { limit: 2 * SHOWN });
  return hits
    .filter((hit) => hit.score >= hits[0]!.score - ID_MARGIN)
    .map((hit) => ({ ...hit, name: nameOf.get(hit.id) ?? hit.id }));
}

function searchOf(kind: NodeKind, nodes: GraphNode[]): SearchIndex {
  const index = new SearchIndex();
  for (const node of nodes) index.add({ kind, id: node.id, names: namesOf(node), text: '' });
  return index;
}

/** What people call a node: its name or title, and its aliases. */
function namesOf(node: GraphNode): string[] {
  const aliases = node.props['aliases'];
  return [
    String(node.props['name'] ?? node.props['title'] ?? node.id),
    ...(Array.isArray(aliases) ? aliases.map(String) : []),
  ];
}

function named(hit: SearchHit): Named {
  return { id: hit.id, name: hit.name };
}
