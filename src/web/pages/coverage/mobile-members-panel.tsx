import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { MemberMoveItem, MemberRecord, MobileMember, Named } from '../../api/types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { SyntheticBadge } from '../../components/synthetic-badge';
import { useT, type MessageKey, type Translator } from '../../i18n/i18n';
import { memberMovesSheet, mobileMembersSheet } from './mobile-members-sheets';

const withRegion = (o: { name: string; region: { name: string } | null }) =>
  o.region ? `${o.name}（${o.region.name}）` : o.name;

function moveText(view: Translator, m: MemberMoveItem | null): string {
  if (!m) return '—';
  return `${view.date(m.date)} ${view.t(`members.kind.${m.kind}` as MessageKey)} ${m.from?.name ?? '—'} → ${m.to?.name ?? '—'}`;
}

/**
 * 流动党员 (一方隶属、双重管理) on the coverage page: every member co-managed by a workplace
 * organisation other than their own, both organisations, the workplace and the latest move; a
 * row opens the member's record (both organisations' paths to the root, every move). Roles that
 * may not see party membership get masked names and no record.
 */
export function MobileMembersPanel() {
  const view = useT();
  const { t } = view;
  const members = useApi<{ items: MobileMember[]; total: number }>('mobile-members');
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section class="panel" aria-label={t('members.title')}>
      <h2>{t('members.title')}</h2>
      <p class="small muted">{t('members.explain')}</p>
      <LoadedView loaded={members}>
        {(data) => (
          <>
            <div class="actions list-actions">
              <span class="mobile-total" data-testid="mobile-total">
                {t('members.total')}：{view.number(data.total)}
              </span>
              <ExportButton sheet={mobileMembersSheet(data.items, [])} />
            </div>
            {data.items.some((m) => m.personId === null) && <p class="small muted">{t('members.masked')}</p>}
            <DataTable
              rows={data.items}
              rowKey={(m) => m.personId ?? `${m.membership?.id ?? ''}-${m.lastMove?.id ?? m.name}`}
              empty={t('members.none')}
              tableClass="mobile-members"
              columns={[
                {
                  head: t('members.name'),
                  cell: (m) => (
                    <>
                      {m.name} <SyntheticBadge synthetic={m.synthetic} />
                    </>
                  ),
                },
                { head: t('members.membership'), cell: (m) => (m.membership ? withRegion(m.membership) : '—') },
                {
                  head: t('members.managing'),
                  cell: (m) =>
                    m.managing
                      .map((o) => `${withRegion(o)}${o.since ? ` ${t('members.since')}${view.date(o.since)}` : ''}`)
                      .join('；'),
                },
                {
                  head: t('members.workplace'),
                  cell: (m) =>
                    m.workplace ? `${m.workplace.name}${m.workplaceRegion ? `（${m.workplaceRegion.name}）` : ''}` : '—',
                },
                { head: t('members.lastMove'), cell: (m) => moveText(view, m.lastMove) },
                {
                  head: t('members.record'),
                  cell: (m) =>
                    m.personId && (
                      <button
                        type="button"
                        class="link-like"
                        aria-expanded={open === m.personId}
                        onClick={() => setOpen(open === m.personId ? null : m.personId)}
                      >
                        {open === m.personId ? t('members.close') : t('members.record')}
                      </button>
                    ),
                },
              ]}
            />
          </>
        )}
      </LoadedView>
      {open && <MemberRecordView personId={open} />}
    </section>
  );
}

const pathText = (path: Named[]) => path.map((o) => o.name).join(' › ');

/** A member's record: both organisations up to their roots, and every move with its source. */
function MemberRecordView({ personId }: { personId: string }) {
  const view = useT();
  const { t } = view;
  const record = useApi<MemberRecord>(`people/${encodeURIComponent(personId)}/moves`);
  return (
    <LoadedView loaded={record}>
      {(r) => (
        <div class="member-record" aria-label={`${t('members.record')} ${r.name}`}>
          <h3>
            {r.name} · {t('members.paths')}
          </h3>
          <dl class="member-paths">
            <dt>{t('members.membershipPath')}</dt>
            <dd>{pathText(r.membershipPath)}</dd>
            {r.managingPaths.map((path, i) => (
              <Fragment key={i}>
                <dt>{t('members.managingPath')}</dt>
                <dd>{pathText(path)}</dd>
              </Fragment>
            ))}
          </dl>
          <h3>{t('members.moves')}</h3>
          <div class="actions list-actions">
            <ExportButton sheet={memberMovesSheet(r)} />
          </div>
          <DataTable
            rows={r.moves}
            rowKey={(m) => m.id}
            empty={t('members.noMoves')}
            tableClass="member-moves"
            columns={[
              { head: t('members.date'), cell: (m) => view.date(m.date) },
              { head: t('members.kind'), cell: (m) => t(`members.kind.${m.kind}` as MessageKey) },
              { head: t('members.from'), cell: (m) => m.from?.name ?? '—' },
              { head: t('members.to'), cell: (m) => m.to?.name ?? '—' },
              { head: t('members.note'), cell: (m) => m.note },
              { head: t('members.source'), cell: (m) => <span class="small">{m.source ?? ''}</span> },
            ]}
          />
        </div>
      )}
    </LoadedView>
  );
}
