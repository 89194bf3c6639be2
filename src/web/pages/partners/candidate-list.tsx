import type { Candidate } from '../../api/types';
import { ExportButton } from '../../components/export-button';
import { OrgPathGraph } from '../../components/org-path-graph';
import { ReasonList, ScoreBar } from '../../components/reasons';
import { useT } from '../../i18n/i18n';
import { routeHref } from '../../router';
import { candidatesSheet, type ListPlace } from './candidate-sheet';
import { SyntheticBadge } from '../../components/synthetic-badge';

/**
 * Ranked candidates (partners, experts, institutions) with scores, reasons and, when known, the
 * organisational path; exported as Excel when it says what it is and where it was drawn (`place`).
 */
export function CandidateList({
  candidates,
  showPath = false,
  place,
}: {
  candidates: Candidate[];
  showPath?: boolean;
  place?: ListPlace;
}) {
  const { t } = useT();
  if (candidates.length === 0) return <p class="muted">{t('none')}</p>;
  return (
    <>
      {place && (
        <div class="actions list-actions">
          <ExportButton sheet={candidatesSheet(candidates, place)} />
        </div>
      )}
      <ol class="candidates">
        {candidates.map((c) => (
          <li key={c.id} class="candidate" data-candidate={c.id}>
            <div class="candidate-head">
              {c.kind === 'Enterprise' ? (
                <a class="candidate-name" href={routeHref('partners', { id: c.id })}>
                  {c.name ?? c.id}
                </a>
              ) : (
                <a class="candidate-name" href={routeHref('graph', { kind: c.kind, id: c.id })}>
                  {c.name ?? c.id}
                </a>
              )}
              <SyntheticBadge synthetic={c.synthetic} />
              <ScoreBar score={c.score} />
            </div>
            {c.detail.via && (
              <div class="small muted">
                {t('partners.via')}：{c.detail.via.segmentName}
              </div>
            )}
            <ReasonList zh={c.reasons} en={c.reasonsEn} />
            {showPath && <OrgPathGraph hops={c.detail.orgPath ?? []} />}
          </li>
        ))}
      </ol>
    </>
  );
}
