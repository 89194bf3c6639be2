import type { FinancingMeetingItem } from '../../domain/answers/finance.schema';
import { allNodes } from '../../store/all-nodes';
import type { UseCaseContext } from '../use-case-context';

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);

/**
 * 银企对接会 held, newest first, with what their organisers tallied (the articles' 8 signings with
 * 4 banks for ¥50M): those held in the caller's region, or in a region asked for and below it.
 */
export async function listFinancingMeetings(
  ctx: Pick<UseCaseContext, 'store' | 'scopes' | 'caller'>,
  region: string | undefined,
): Promise<{ items: FinancingMeetingItem[] }> {
  if (region) await ctx.scopes.check(ctx.caller, [region], `region '${region}'`);
  const within = region ? await ctx.scopes.within(region) : await ctx.scopes.of(ctx.caller);
  const meetings = await allNodes(ctx.store, 'FinancingMeeting');
  const ids = meetings.map((m) => m.id);
  const heldIn = await ctx.store.follow({
    fromKind: 'FinancingMeeting',
    ids,
    type: 'HELD_IN',
    direction: 'out',
    toKind: 'Region',
  });
  const regionOf = new Map(heldIn.edges.map((e) => [e.from.id, e.to.id]));
  const regionName = new Map(heldIn.nodes.map((n) => [n.id, String(n.props['name'] ?? n.id)]));
  const attendees = new Map<string, { id: string; name: string }[]>();
  for (const kind of ['Enterprise', 'Institution'] as const) {
    const found = await ctx.store.follow({
      fromKind: 'FinancingMeeting',
      ids,
      type: 'ATTENDED_BY',
      direction: 'out',
      toKind: kind,
    });
    const names = new Map(found.nodes.map((n) => [n.id, String(n.props['name'] ?? n.id)]));
    for (const e of found.edges)
      attendees.set(e.from.id, [
        ...(attendees.get(e.from.id) ?? []),
        { id: e.to.id, name: names.get(e.to.id) ?? e.to.id },
      ]);
  }
  const items = meetings
    .filter((m) => within === null || within.has(regionOf.get(m.id) ?? ''))
    .map((m) => {
      const r = regionOf.get(m.id);
      return {
        id: m.id,
        title: String(m.props['title'] ?? m.id),
        date: String(m.props['date'] ?? ''),
        region: r ? { id: r, name: regionName.get(r) ?? r } : null,
        enterprisesSigned: num(m.props['enterprisesSigned']),
        providersSigned: num(m.props['providersSigned']),
        amountSignedYuan: num(m.props['amountSignedYuan']),
        note: str(m.props['note']) ?? '',
        source: str(m.props['source']),
        attendees: (attendees.get(m.id) ?? []).sort((a, b) => a.id.localeCompare(b.id)),
      };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return { items };
}
