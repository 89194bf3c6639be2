import type { components } from '../../api/openapi.gen';
import { apiErrorOf, apiUrl, authHeaders } from '../../api/client';

type Schemas = components['schemas'];
export type ChiefView = Schemas['ChiefView'];
export type ChiefRegion = Schemas['ChiefRegion'];
export type AgendaItem = Schemas['AgendaItem'];
export type DecisionItem = Schemas['DecisionItem'];
export type JointMeetingItem = Schemas['JointMeetingItem'];
export type PledgeItem = Schemas['PledgeItem'];
export type MeetingDraft = Schemas['MeetingDraft'];

/** PATCH of /api/v1 with the session's key (a decision's or a pledge's status); a refusal throws the API's words. */
export async function patch<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(apiUrl(path), {
    method: 'PATCH',
    headers: { ...authHeaders(), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await apiErrorOf(response);
  return (await response.json()) as T;
}
