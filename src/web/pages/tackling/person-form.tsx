import { useState } from 'preact/hooks';
import { get } from '../../api/client';
import type { SearchHit } from '../../api/types';
import { Field } from '../../components/field';
import { ErrorNote } from '../../components/loaded-view';
import { useSubmit } from '../../components/use-submit';
import { useT } from '../../i18n/i18n';
import { addPerson, type DraftMember } from './team-draft';

/** Skills as typed: separated by commas or 、 (either width), blanks dropped. */
export const skillsOf = (text: string): string[] =>
  text
    .split(/[,，、;；]/u)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * A small form for a person the board needs who is not in the graph yet: name, title, skills,
 * where they work (an enterprise or institution found by name — it places them in a region) and
 * party membership. Once added (POST /people) they are handed to `onAdded`.
 */
export function PersonForm({ onAdded, onCancel }: { onAdded(member: DraftMember): void; onCancel(): void }) {
  const { t } = useT();
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [skills, setSkills] = useState('');
  const [employerText, setEmployerText] = useState('');
  const [employers, setEmployers] = useState<SearchHit[]>([]);
  const [employerId, setEmployerId] = useState('');
  const [position, setPosition] = useState('');
  const [partyMember, setPartyMember] = useState(false);
  const { error, setError, run } = useSubmit();

  const lookUp = async () => {
    if (!employerText.trim()) return;
    try {
      const answer = await get<{ items: SearchHit[] }>('search', { q: employerText.trim(), limit: 10 });
      const orgs = answer.body.items.filter((h) => h.kind === 'Enterprise' || h.kind === 'Institution');
      setEmployers(orgs);
      setEmployerId(orgs[0]?.id ?? '');
    } catch (caught) {
      setError(caught as Error);
    }
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      const person = await addPerson({
        name: name.trim(),
        ...(title.trim() ? { title: title.trim() } : {}),
        skills: skillsOf(skills),
        partyMember,
        worksAt: employerId ? [{ orgId: employerId, ...(position.trim() ? { position: position.trim() } : {}) }] : [],
      });
      onAdded({
        personId: person.id,
        name: person.name,
        employer: employers.find((e) => e.id === employerId)?.name ?? null,
      });
    });
  };
  return (
    <form class="person-form" aria-label={t('person.add')} onSubmit={submit}>
      <Field label={t('person.name')} name="personName" value={name} onInput={setName} required />
      <Field label={t('person.title')} name="personTitle" value={title} onInput={setTitle} />
      <Field label={t('person.skills')} name="personSkills" value={skills} onInput={setSkills} />
      <label>
        {t('person.employer')}
        <input
          name="personEmployer"
          value={employerText}
          onInput={(e) => setEmployerText(e.currentTarget.value)}
          onBlur={() => void lookUp()}
        />
      </label>
      <select
        name="personEmployerId"
        aria-label={t('person.pickEmployer')}
        value={employerId}
        onChange={(e) => setEmployerId(e.currentTarget.value)}
      >
        <option value="">{t('person.pickEmployer')}</option>
        {employers.map((h) => (
          <option key={h.id} value={h.id}>
            {h.name}
          </option>
        ))}
      </select>
      <Field label={t('person.position')} name="personPosition" value={position} onInput={setPosition} />
      <label class="toggle">
        <input type="checkbox" checked={partyMember} onChange={(e) => setPartyMember(e.currentTarget.checked)} />
        {t('person.partyMember')}
      </label>
      <div class="actions">
        <button type="submit" class="primary" disabled={name.trim() === ''}>
          {t('person.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
      <ErrorNote error={error} />
    </form>
  );
}
