import { useState } from 'preact/hooks';
import type { Team } from '../../api/types';
import { Field } from '../../components/field';
import { ErrorNote } from '../../components/loaded-view';
import { useSubmit } from '../../components/use-submit';
import { useT, type MessageKey } from '../../i18n/i18n';
import { PersonForm } from './person-form';
import { formTeam, withMember, withoutMember, type TeamDraft } from './team-draft';

const TEAM_KINDS = ['consortium', 'commando', 'vanguard', 'other'] as const;

/**
 * 组建攻关团队: the proposed consortium's people as a team to create — each removable, one leading,
 * people added who are not in the graph yet — created tackling the problem (POST /teams).
 */
export function TeamForm({
  problemId,
  initial,
  onFormed,
  onCancel,
}: {
  problemId: string;
  initial: TeamDraft;
  onFormed(team: Team): void;
  onCancel(): void;
}) {
  const { t } = useT();
  const [draft, setDraft] = useState(initial);
  const [adding, setAdding] = useState(false);
  const { busy, error, run } = useSubmit();
  const submit = (event: Event) => {
    event.preventDefault();
    void run(async () => onFormed(await formTeam(draft, problemId)));
  };
  return (
    <div class="team-form panel">
      <form aria-label={t('tackling.formTeam')} onSubmit={submit}>
        <div class="form-row">
          <Field
            label={t('tackling.teamName')}
            name="teamName"
            value={draft.name}
            onInput={(name) => setDraft({ ...draft, name })}
            required
          />
          <label>
            {t('tackling.teamKind')}
            <select
              name="teamKind"
              value={draft.kind}
              onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value as TeamDraft['kind'] })}
            >
              {TEAM_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`team.${kind}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <h4>{t('tackling.members')}</h4>
        {draft.members.length === 0 && <p class="warning">{t('tackling.noMembers')}</p>}
        <ul class="plain team-members">
          {draft.members.map((m) => (
            <li key={m.personId} class="form-row" data-member={m.personId}>
              <label class="toggle">
                <input
                  type="radio"
                  name="leader"
                  checked={draft.leaderId === m.personId}
                  onChange={() => setDraft({ ...draft, leaderId: m.personId })}
                />
                <span class="member-name">{m.name}</span>
                {m.employer && <span class="small muted">{m.employer}</span>}
                {draft.leaderId === m.personId && <span class="chip">{t('tackling.leader')}</span>}
              </label>
              <button
                type="button"
                aria-label={`${t('tackling.remove')} ${m.name}`}
                onClick={() => setDraft(withoutMember(draft, m.personId))}
              >
                {t('tackling.remove')}
              </button>
            </li>
          ))}
        </ul>
        {!adding && (
          <button type="button" onClick={() => setAdding(true)}>
            {t('person.add')}
          </button>
        )}
        <div class="actions">
          <button type="submit" class="primary" disabled={busy || draft.members.length === 0 || !draft.name.trim()}>
            {t('tackling.createTeam')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
        <ErrorNote error={error} />
      </form>
      {adding && (
        <PersonForm
          onAdded={(member) => {
            setDraft(withMember(draft, member));
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
    </div>
  );
}
