import { post } from '../../api/client';
import type { Consortium, NewPerson, NewTeam, Person, Team } from '../../api/types';

/** One person of a team being formed: who, and where they work (to tell namesakes apart). */
export interface DraftMember {
  personId: string;
  name: string;
  employer: string | null;
}

/** A team as the form holds it before it is created (组建攻关团队). */
export interface TeamDraft {
  name: string;
  kind: NewTeam['kind'];
  members: DraftMember[];
  /** Who leads it: one of the members, or '' for no one named. */
  leaderId: string;
}

/** A new id for what the page creates: the kind's prefix, the time, a random tail (ids are never reused). */
export function newId(prefix: 'team' | 'person', now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:TZ.]/g, '')
    .slice(0, 14);
  return `${prefix}-${stamp}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The form's first state: the proposed consortium's people, its first member leading, named after the problem. */
export function draftFromConsortium(problemTitle: string, consortium: Consortium): TeamDraft {
  const members = consortium.members.map((m) => ({ personId: m.personId, name: m.name, employer: m.employer }));
  return { name: `${problemTitle}攻关团队`, kind: 'consortium', members, leaderId: members[0]?.personId ?? '' };
}

/** The draft without one person (a leader removed leaves the team with no leader named). */
export function withoutMember(draft: TeamDraft, personId: string): TeamDraft {
  return {
    ...draft,
    members: draft.members.filter((m) => m.personId !== personId),
    leaderId: draft.leaderId === personId ? '' : draft.leaderId,
  };
}

/** The draft with one more person (once only). */
export function withMember(draft: TeamDraft, member: DraftMember): TeamDraft {
  if (draft.members.some((m) => m.personId === member.personId)) return draft;
  return { ...draft, members: [...draft.members, member] };
}

/** Creates the team (POST /teams) tackling the problem: the team as the API stored it. */
export async function formTeam(draft: TeamDraft, problemId: string): Promise<Team> {
  const body: NewTeam = {
    id: newId('team'),
    name: draft.name.trim(),
    kind: draft.kind,
    problemId,
    memberIds: draft.members.map((m) => m.personId),
    ...(draft.leaderId ? { leaderId: draft.leaderId } : {}),
  };
  return (await post<Team>('teams', body)).body;
}

/** Adds a person (POST /people) under a new id: the person as the API stored them (masked for the role). */
export async function addPerson(person: Omit<NewPerson, 'id'>): Promise<Person> {
  return (await post<Person>('people', { ...person, id: newId('person') })).body;
}
