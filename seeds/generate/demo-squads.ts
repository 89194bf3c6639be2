import { attractedOutcomeId, squadLeadId } from '../../src/use-cases/squads/squad-keys';
import type { DemoEnterprises } from './demo-enterprises';
import { DEMO_PLACES } from './demo-places';
import { Prng } from './prng';
import { GIVEN_CHARS, SURNAMES } from './vocabulary';

type Rec = Record<string, unknown>;

/** Where the visits fall: 2026 from January to the end of November (001: 2026年以来). */
const FIRST_DAY = Date.parse('2026-01-05');
const LAST_DAY = Date.parse('2026-11-28');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** How a lead's visits go: first a call, then interest or not, then sometimes a signing and a landing. */
const NEXT = { contacted: ['interested', 'declined', 'contacted'], interested: ['signed', 'interested', 'declined'] };

export interface DemoSquads {
  people: Rec[];
  investmentSquads: Rec[];
  squadLeads: Rec[];
  squadVisits: Rec[];
  outcomes: Rec[];
}

/**
 * 党员招商小分队 of the demo world: in every park with an article's party organisation, one squad
 * per chain it focuses on, of three to five generated party members of that organisation (one
 * leading), given three to five leads — generated enterprises on the chain in another city — and
 * the visits it made to them since January, each lead contacted, and some interested, signed
 * and landed; a signing records its lead_attracted outcome, once per lead, as the API does. Own
 * random stream (seed + 53): the rest of the demo world is the same with or without the squads.
 * Every record synthetic.
 */
export function generateDemoSquads(articles: Rec, ents: DemoEnterprises, seed: number): DemoSquads {
  const regionNames = new Map(((articles['regions'] as Rec[]) ?? []).map((r) => [String(r['id']), String(r['name'])]));
  const chainNames = new Map(((articles['chains'] as Rec[]) ?? []).map((c) => [String(c['id']), String(c['name'])]));
  const prng = new Prng(seed + 53);
  const out: DemoSquads = { people: [], investmentSquads: [], squadLeads: [], squadVisits: [], outcomes: [] };
  const generated = { source: 'generated', synthetic: true };
  const name = () => `${prng.pick(SURNAMES)}${prng.pick(GIVEN_CHARS)}${prng.chance(0.6) ? prng.pick(GIVEN_CHARS) : ''}`;
  for (const place of DEMO_PLACES) {
    if (!place.partyOrgId) continue;
    for (const { chainId } of place.focus) {
      const squadId = `demo-squad-${place.regionId.replace(/^region-/u, '')}-${chainId.replace(/^chain-/u, '')}`;
      const outside = ents.placement
        .map((p, i) => ({ p, id: String(ents.enterprises[i]!['id']) }))
        .filter(({ p }) => p.segment.chainId === chainId && p.place.city !== place.city);
      // a squad is formed for leads: none on the chain elsewhere, no squad
      if (outside.length === 0) continue;
      const members = Array.from({ length: prng.between(3, 5) }, (_, i) => {
        const id = `${squadId}-member-${i + 1}`;
        out.people.push({
          id,
          name: name(),
          title: '招商专员',
          partyMember: true,
          memberOf: [place.partyOrgId],
          ...generated,
        });
        return id;
      });
      out.investmentSquads.push({
        id: squadId,
        name: `${regionNames.get(place.regionId) ?? place.city}${chainNames.get(chainId) ?? ''}产业链党员招商小分队`,
        regionId: place.regionId,
        chainIds: [chainId],
        members,
        leaderId: members[0],
        formedOn: '2026-01-02',
        ...generated,
      });
      for (const { id: enterpriseId } of prng.sample(outside, Math.min(outside.length, prng.between(3, 5)))) {
        const assignedOn = iso(FIRST_DAY + prng.int(30) * DAY);
        out.squadLeads.push({
          id: squadLeadId(squadId, chainId, enterpriseId),
          squadId,
          enterpriseId,
          chainId,
          assignedOn,
          ...generated,
        });
        let day = Date.parse(assignedOn);
        let outcome: string = 'contacted';
        for (let k = 0; k < 4 && day < LAST_DAY; k++) {
          day = Math.min(LAST_DAY, day + prng.between(7, 60) * DAY);
          const visitId = `${squadId}-visit-${out.squadVisits.length + 1}`;
          const attracts = outcome === 'signed' || outcome === 'landed';
          const outcomeId = attracts ? attractedOutcomeId(chainId, place.regionId, enterpriseId) : undefined;
          if (outcome === 'signed')
            out.outcomes.push({
              id: outcomeId,
              engine: 'leads',
              result: 'lead_attracted',
              date: iso(day),
              note: '招商小分队走访签约',
              qualifier: place.regionId,
              subjectId: chainId,
              candidateId: enterpriseId,
              ...generated,
            });
          out.squadVisits.push({
            id: visitId,
            squadId,
            enterpriseId,
            date: iso(day),
            outcome,
            visitors: prng.sample(members, prng.between(1, Math.min(3, members.length))),
            note: '',
            ...(outcomeId ? { outcomeId } : {}),
            ...generated,
          });
          if (outcome === 'declined' || outcome === 'landed') break;
          if (outcome === 'signed') {
            if (!prng.chance(0.6)) break;
            outcome = 'landed';
          } else outcome = prng.pick(NEXT[outcome as keyof typeof NEXT]);
        }
      }
    }
  }
  return out;
}
