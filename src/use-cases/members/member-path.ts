import { displayName } from '../../domain';
import type { NamedRef } from '../../domain/answers';
import type { GraphStore } from '../../store/graph-store';

/** How far up an organisation's parents a path is followed (a cycle stops sooner). */
export const MEMBER_PATH_DEFAULTS = { maxDepth: 10 } as const;

/**
 * A party organisation's path to the root of its tree along UNDER, the organisation first: a
 * mobile member appears in both organisations' paths (一方隶属、双重管理), each from its own
 * branch up to its 党工委 or 党委. Empty when the organisation does not exist.
 *
 * @example orgPath(store, 'po-xn-offshore-joint-branch') // [联合党支部, 咸宁高投集团党委]
 */
export async function orgPath(
  store: GraphStore,
  orgId: string,
  { maxDepth = MEMBER_PATH_DEFAULTS.maxDepth }: { maxDepth?: number } = {},
): Promise<NamedRef[]> {
  const path: NamedRef[] = [];
  const seen = new Set<string>();
  let at = await store.getNode('PartyOrg', orgId);
  while (at && !seen.has(at.id) && path.length < maxDepth) {
    seen.add(at.id);
    path.push({ id: at.id, name: displayName(at.props) });
    const up = await store.follow({
      fromKind: 'PartyOrg',
      ids: [at.id],
      type: 'UNDER',
      direction: 'out',
      toKind: 'PartyOrg',
    });
    at = up.nodes[0] ?? null;
  }
  return path;
}

/**
 * Both organisations' paths for a member: the membership organisation's (where the member is
 * counted) and each co-managing organisation's.
 */
export async function memberPaths(
  store: GraphStore,
  membershipOrgId: string | null,
  managingOrgIds: readonly string[],
): Promise<{ membershipPath: NamedRef[]; managingPaths: NamedRef[][] }> {
  return {
    membershipPath: membershipOrgId ? await orgPath(store, membershipOrgId) : [],
    managingPaths: await Promise.all(managingOrgIds.map((id) => orgPath(store, id))),
  };
}
