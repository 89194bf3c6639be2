import type { components } from '../../api/openapi.gen';

type Schemas = components['schemas'];
export type ChiefView = Schemas['ChiefView'];
export type ChiefRegion = Schemas['ChiefRegion'];
export type AgendaItem = Schemas['AgendaItem'];
export type DecisionItem = Schemas['DecisionItem'];
export type JointMeetingItem = Schemas['JointMeetingItem'];
export type PledgeItem = Schemas['PledgeItem'];
export type MeetingDraft = Schemas['MeetingDraft'];
