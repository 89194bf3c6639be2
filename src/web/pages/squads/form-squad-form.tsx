import { useState } from 'preact/hooks';
import { get, post } from '../../api/client';
import { newId } from '../../api/new-id';
import type { SearchHit } from '../../api/types';
import { Field } from '../../components/field';
import { ErrorNote } from '../../components/loaded-view';
import { useSubmit } from '../../components/use-submit';
import { useT } from '../../i18n/i18n';

/**
 * 组建小分队: a squad for the region and chain chosen above — its name, the day it was formed,
 * its members (found by name) and the member who leads it. The API refuses a region outside the
 * key's and a leader who is not a member.
 */
export function FormSquadForm({
  region,
  chain,
  onFormed,
}: {
  region: string;
  chain: string;
  onFormed(id: string): void;
}) {
  const { t } = useT();
  const [name, setName] = useState('');
  const [formedOn, setFormedOn] = useState(new Date().toISOString().slice(0, 10));
  const [note, setNote] = useState('');
  const [members, setMembers] = useState<SearchHit[]>([]);
  const [leaderId, setLeader] = useState('');
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const { busy, error, setError, run } = useSubmit();
  if (!region || !chain) return <p class="small muted">{t('squads.formRegionFirst')}</p>;

  const find = async () => {
    if (!query.trim()) return;
    try {
      const answer = await get<{ items: SearchHit[] }>('search', { q: query.trim(), kind: 'Person', limit: 10 });
      setHits(answer.body.items.filter((h) => !members.some((m) => m.id === h.id)));
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  };
  const add = (hit: SearchHit) => {
    setMembers([...members, hit]);
    setHits(null);
    setQuery('');
  };
  const remove = (id: string) => {
    setMembers(members.filter((m) => m.id !== id));
    if (leaderId === id) setLeader('');
  };
  const submit = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      const id = newId('squad');
      await post('squads', {
        id,
        name,
        formedOn,
        note,
        regionId: region,
        chainIds: [chain],
        members: members.map((m) => m.id),
        ...(leaderId ? { leaderId } : {}),
      });
      setName('');
      setNote('');
      setMembers([]);
      setLeader('');
      onFormed(id);
    });
  };
  return (
    <form class="panel squad-form" aria-label={t('squads.form')} onSubmit={submit}>
      <h3>{t('squads.form')}</h3>
      <div class="form-row">
        <Field label={t('squads.name')} name="squad-name" value={name} onInput={setName} maxLength={200} required />
        <Field label={t('squads.formedOn')} name="squad-formed" type="date" value={formedOn} onInput={setFormedOn} />
        <Field label={t('squads.note')} name="squad-note" value={note} onInput={setNote} maxLength={2000} grow />
      </div>
      <fieldset>
        <legend>{t('squads.members')}</legend>
        {members.map((m) => (
          <span key={m.id} class="chip">
            {m.name}{' '}
            <button type="button" aria-label={`${t('squads.removeMember')} ${m.name}`} onClick={() => remove(m.id)}>
              ×
            </button>
          </span>
        ))}
        <div class="form-row">
          <label>
            {t('squads.findMember')}
            <input
              name="squad-member"
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                void find();
              }}
            />
          </label>
          <button type="button" onClick={() => void find()}>
            {t('squads.find')}
          </button>
        </div>
        {hits && hits.length === 0 && <p class="small muted">{t('squads.noneFound')}</p>}
        {hits && hits.length > 0 && (
          <ul class="squad-hits">
            {hits.map((h) => (
              <li key={h.id}>
                {h.name}{' '}
                <button type="button" aria-label={`${t('squads.addMember')} ${h.name}`} onClick={() => add(h)}>
                  {t('squads.addMember')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div class="form-row">
        <label>
          {t('squads.leader')}
          <select name="squad-leader" value={leaderId} onChange={(e) => setLeader(e.currentTarget.value)}>
            <option value="">{t('squads.noLeader')}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="primary" disabled={busy}>
          {t('squads.form')}
        </button>
      </div>
      <ErrorNote error={error} />
    </form>
  );
}
