import type { NodeKind } from '../../domain';
import type { OutcomeEngine } from '../../domain/enums';
import { gapKey } from '../../domain/result-keys';
import { RecordPlaces } from '../../ingest/record-places';
import { AppError } from '../../shared/app-error';
import type { UseCaseContext } from '../use-case-context';
import { financeStanding } from '../finance/finance';
import { listsStanding } from '../lists/lists';

/** What an outcome is about: whose advice, for what, about whom (and which list or region, where the engine has several). */
export interface OutcomeSubject {
  engine: OutcomeEngine;
  subjectId: string;
  candidateId: string;
  direction?: 'upstream' | 'downstream' | undefined;
  regionId?: string | undefined;
}

/**
 * Where a person stands in a talent need's candidates now: talent lists are computed on request,
 * not stored, so a hire is judged against the list the page shows when it is recorded.
 */
export type TalentRank = (needId: string, personId: string) => Promise<number | undefined>;

/** Where the advice stood: the list it came from, and the candidate's rank in its latest stored run. */
export interface Standing {
  qualifier: string;
  rank?: number;
  runId?: string;
}

/**
 * The list the outcome judges and where the candidate stood in it. The caller's region scope is
 * checked on the subject (an enterprise, a problem's poster, a region's leads, a request's
 * enterprise).
 */
export async function standing(
  ctx: Pick<UseCaseContext, 'store' | 'scopes' | 'caller'>,
  outcome: OutcomeSubject,
  talentRank?: TalentRank,
): Promise<Standing> {
  const { store, scopes, caller } = ctx;
  const candidateIs = (kind: NodeKind) => (c: { to: { kind: string; id: string } }) =>
    c.to.kind === kind && c.to.id === outcome.candidateId;
  switch (outcome.engine) {
    case 'partners': {
      const regions = await scopes.regionsOf('Enterprise', outcome.subjectId);
      await scopes.check(caller, regions, `Enterprise '${outcome.subjectId}'`);
      const stored = await store.readCandidates(
        'PARTNER_CANDIDATE',
        { kind: 'Enterprise', id: outcome.subjectId },
        outcome.direction!,
      );
      const hit = stored?.candidates.find(candidateIs('Enterprise'));
      return { qualifier: outcome.direction!, ...(hit ? { rank: hit.rank, runId: stored!.runId } : {}) };
    }
    case 'tackling': {
      const posted = await new RecordPlaces(store, [], new Map()).now('Problem', outcome.subjectId);
      await scopes.check(caller, posted, `Problem '${outcome.subjectId}'`);
      const kind = (await store.getNode('Person', outcome.candidateId)) ? 'Person' : 'Institution';
      const qualifier = kind === 'Person' ? 'experts' : 'institutions';
      const stored = await store.readCandidates(
        'TACKLE_CANDIDATE',
        { kind: 'Problem', id: outcome.subjectId },
        qualifier,
      );
      const hit = stored?.candidates.find(candidateIs(kind));
      return { qualifier, ...(hit ? { rank: hit.rank, runId: stored!.runId } : {}) };
    }
    case 'leads': {
      const regionId = outcome.regionId!;
      await scopes.check(caller, [regionId], `region '${regionId}'`);
      if (!(await store.getNode('Region', regionId)))
        throw new AppError('bad_input', `body.regionId no Region with id '${regionId}'`, [
          { field: 'body.regionId', reason: `no Region with id '${regionId}'` },
        ]);
      const stored = await store.readReport('gap_map', gapKey(outcome.subjectId, regionId));
      const leads = ((stored?.payload as { leads?: { enterpriseId: string }[] } | undefined)?.leads ?? []).map(
        (l) => l.enterpriseId,
      );
      const at = leads.indexOf(outcome.candidateId);
      return { qualifier: regionId, ...(at >= 0 ? { rank: at + 1, runId: stored!.runId } : {}) };
    }
    case 'dispatch': {
      const raisedBy = await store.follow({
        fromKind: 'Request',
        ids: [outcome.subjectId],
        type: 'RAISED_BY',
        direction: 'out',
        toKind: 'Enterprise',
      });
      const enterprise = raisedBy.nodes[0]?.id;
      const regions = enterprise ? await scopes.regionsOf('Enterprise', enterprise) : [];
      await scopes.check(caller, regions, `Request '${outcome.subjectId}'`);
      const stored = await store.readReport('responders', outcome.subjectId);
      const responders = (
        (stored?.payload as { responders?: { personId: string }[] } | undefined)?.responders ?? []
      ).map((r) => r.personId);
      const at = responders.indexOf(outcome.candidateId);
      return { qualifier: '', ...(at >= 0 ? { rank: at + 1, runId: stored!.runId } : {}) };
    }
    case 'talent': {
      const posted = await new RecordPlaces(store, [], new Map()).now('TalentNeed', outcome.subjectId);
      await scopes.check(caller, posted, `TalentNeed '${outcome.subjectId}'`);
      if (!(await store.getNode('TalentNeed', outcome.subjectId)))
        throw AppError.badInput('body.subjectId', `no TalentNeed with id '${outcome.subjectId}'`);
      const rank = talentRank ? await talentRank(outcome.subjectId, outcome.candidateId) : undefined;
      return { qualifier: '', ...(rank ? { rank } : {}) };
    }
    case 'finance': {
      // a need's products are computed on request, not stored: its rank is in the list shown now
      const { rank } = await financeStanding(ctx, outcome.subjectId, outcome.candidateId);
      return { qualifier: '', ...(rank ? { rank, runId: 'on-request' } : {}) };
    }
    case 'lists': {
      // a need's resources are computed on request; the qualifier keeps which kind of ask it was
      const { qualifier, rank } = await listsStanding(ctx, outcome.subjectId, outcome.candidateId);
      return { qualifier, ...(rank ? { rank, runId: 'on-request' } : {}) };
    }
  }
}
