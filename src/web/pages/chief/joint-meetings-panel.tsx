import { useState } from 'preact/hooks';
import { call, post } from '../../api/client';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { ExportButton } from '../../components/export-button';
import { Field } from '../../components/field';
import { ErrorNote, LoadedView } from '../../components/loaded-view';
import { SyntheticBadge } from '../../components/synthetic-badge';
import { useSubmit } from '../../components/use-submit';
import { useT, type MessageKey } from '../../i18n/i18n';
import { routeHref } from '../../router';
import { useSession } from '../../session-context';
import { decisionsSheet } from './chief-sheets';
import { type AgendaItem, type DecisionItem, type JointMeetingItem, type MeetingDraft } from './chief-types';
import { newId } from '../../api/new-id';

const today = () => new Date().toISOString().slice(0, 10);

/** 联席会议: draft an agenda from the chief's view, record the meeting, its decisions, and mark them done. */
export function JointMeetingsPanel({ chain, region }: { chain: string; region: string }) {
  const { t } = useT();
  const { may } = useSession();
  const meetings = useApi<{ items: JointMeetingItem[] }>('joint-meetings', { chain, region: region || undefined });
  return (
    <section class="panel" aria-label={t('chief.meetings')}>
      <h2>{t('chief.meetings')}</h2>
      {may('post /chains/:id/joint-meetings/draft') && may('post /joint-meetings') && (
        <MeetingDraftForm chain={chain} region={region} onHeld={meetings.reload} />
      )}
      <LoadedView loaded={meetings}>
        {(data) => (
          <>
            <div class="actions list-actions">
              <ExportButton sheet={decisionsSheet(data.items, [chain])} label={t('chief.exportDecisions')} />
            </div>
            {data.items.length === 0 ? (
              <p class="muted">{t('chief.noMeetings')}</p>
            ) : (
              data.items.map((m) => <MeetingCard key={m.id} meeting={m} onChange={meetings.reload} />)
            )}
          </>
        )}
      </LoadedView>
    </section>
  );
}

function AgendaList({ agenda }: { agenda: readonly AgendaItem[] }) {
  const { t } = useT();
  return (
    <ol class="agenda">
      {agenda.map((a) => (
        <li key={`${a.topic}:${a.sourceId}`} data-source={`${a.sourceKind}:${a.sourceId}`}>
          <span class="chip">{t(`chief.topic.${a.topic}` as MessageKey)}</span>{' '}
          <a href={routeHref('graph', { kind: a.sourceKind, id: a.sourceId })}>{a.title}</a>
        </li>
      ))}
    </ol>
  );
}

function MeetingDraftForm({ chain, region, onHeld }: { chain: string; region: string; onHeld(): void }) {
  const { t } = useT();
  const [draft, setDraft] = useState<MeetingDraft | null>(null);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today());
  const { busy, error, run } = useSubmit();
  const makeDraft = () =>
    run(async () => {
      const answer = await post<MeetingDraft>(`chains/${encodeURIComponent(chain)}/joint-meetings/draft`, {
        ...(region ? { region } : {}),
      });
      setDraft(answer.body);
      setTitle(`${answer.body.chain.name}${t('chief.meetings')}`);
    });
  const hold = () =>
    run(async () => {
      if (!draft?.regionId) return;
      await post('joint-meetings', {
        id: newId('jm'),
        title,
        date,
        chainId: chain,
        regionId: draft.regionId,
        ...(draft.chiefId ? { chiefId: draft.chiefId, attendees: [draft.chiefId] } : {}),
        agenda: draft.agenda,
      });
      setDraft(null);
      onHeld();
    });
  return (
    <div class="meeting-draft">
      <button type="button" disabled={busy} onClick={makeDraft}>
        {t('chief.draft')}
      </button>
      <span class="small muted"> {t('chief.draftFrom')}</span>
      {draft && (
        <form
          class="meeting-form"
          onSubmit={(e) => {
            e.preventDefault();
            void hold();
          }}
        >
          {draft.agenda.length === 0 ? (
            <p class="muted">{t('chief.draftEmpty')}</p>
          ) : (
            <AgendaList agenda={draft.agenda} />
          )}
          <Field label={t('chief.meetingTitle')} name="meeting-title" value={title} onInput={setTitle} required />
          <Field
            label={t('chief.meetingDate')}
            name="meeting-date"
            type="date"
            value={date}
            onInput={setDate}
            required
          />
          <button type="submit" disabled={busy || !draft.regionId}>
            {t('chief.hold')}
          </button>
        </form>
      )}
      <ErrorNote error={error} />
    </div>
  );
}

function MeetingCard({ meeting: m, onChange }: { meeting: JointMeetingItem; onChange(): void }) {
  const view = useT();
  const { t } = view;
  const { may } = useSession();
  const { busy, error, run } = useSubmit();
  const done = (d: DecisionItem) =>
    run(async () => {
      await call('PATCH', `meeting-decisions/${encodeURIComponent(d.id)}`, { body: { status: 'done' } });
      onChange();
    });
  return (
    <article class="joint-meeting" aria-label={m.title}>
      <h3>
        {view.date(m.date)} {m.title}
        <SyntheticBadge synthetic={m.synthetic} />
      </h3>
      <p class="small muted">
        {[m.region?.name, m.chief ? `${t('chief.chiefs')} ${m.chief.name}` : null].filter(Boolean).join(' · ')}
        {m.attendees.length > 0 ? ` · ${t('chief.attendees')} ${m.attendees.map((a) => a.name).join('、')}` : ''}
      </p>
      <h4>{t('chief.agenda')}</h4>
      {m.agenda.length === 0 ? <p class="muted">{t('none')}</p> : <AgendaList agenda={m.agenda} />}
      <h4>{t('chief.decisions')}</h4>
      <DataTable
        rows={m.decisions}
        rowKey={(d) => d.id}
        rowClass={(d) => (d.overdue ? 'overdue' : '')}
        tableClass="decisions"
        empty={t('chief.noDecisions')}
        columns={[
          { head: t('chief.decisionText'), cell: (d) => d.text },
          { head: t('chief.owner'), cell: (d) => d.owner },
          { head: t('chief.dueDate'), cell: (d) => view.date(d.dueDate) },
          {
            head: t('chief.status'),
            cell: (d) =>
              `${t(`chief.state.${d.status}` as MessageKey)}${d.doneAt ? ` · ${t('chief.doneOn')} ${view.date(d.doneAt)}` : ''}${d.overdue ? ` · ${t('chief.overdue')}` : ''}`,
          },
          {
            head: '',
            cell: (d) =>
              d.status !== 'done' &&
              may('patch /meeting-decisions/:id') && (
                <button type="button" disabled={busy} onClick={() => void done(d)}>
                  {t('chief.markDone')}
                </button>
              ),
          },
        ]}
      />
      {may('post /joint-meetings/:id/decisions') && <DecisionForm meetingId={m.id} onAdded={onChange} />}
      <ErrorNote error={error} />
    </article>
  );
}

function DecisionForm({ meetingId, onAdded }: { meetingId: string; onAdded(): void }) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const { error, run } = useSubmit();
  return (
    <form
      class="decision-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await post(`joint-meetings/${encodeURIComponent(meetingId)}/decisions`, {
            id: newId('decision'),
            text,
            owner,
            dueDate,
          });
          setText('');
          setOwner('');
          setDueDate('');
          onAdded();
        });
      }}
    >
      <input
        name="decision-text"
        placeholder={t('chief.decisionText')}
        aria-label={t('chief.decisionText')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        required
      />
      <input
        name="decision-owner"
        placeholder={t('chief.owner')}
        aria-label={t('chief.owner')}
        value={owner}
        onInput={(e) => setOwner(e.currentTarget.value)}
        required
      />
      <input
        name="decision-due"
        type="date"
        aria-label={t('chief.dueDate')}
        value={dueDate}
        onInput={(e) => setDueDate(e.currentTarget.value)}
        required
      />
      <button type="submit">{t('chief.addDecision')}</button>
      <ErrorNote error={error} />
    </form>
  );
}
