import type { Role } from '../domain/roles';
import { SEES_CONTACTS, SEES_PARTY_MEMBERSHIP } from './roles';

/**
 * PIPL sensitive personal information (docs/security.md, Personal data): party membership, phone
 * and e-mail are shown only to the roles that need them; for the rest the value is replaced and
 * the field is named in `masked`, so a client can say "hidden" rather than "none".
 */
export function maskPerson<T extends Record<string, unknown>>(person: T, role: Role): T & { masked?: string[] } {
  const masked: string[] = [];
  const out: Record<string, unknown> = { ...person };
  // every person gets the same masked field, member or not, recorded or not: a field present
  // for some and absent for others would itself tell who is a member
  // (and in the same place among the keys, hence delete and add)
  if (!SEES_PARTY_MEMBERSHIP.has(role)) {
    delete out['partyMember'];
    out['partyMember'] = null;
    masked.push('partyMember');
  }
  if (!SEES_CONTACTS.has(role)) {
    if (typeof out['phone'] === 'string') {
      out['phone'] = maskPhone(out['phone']);
      masked.push('phone');
    }
    if (typeof out['email'] === 'string') {
      out['email'] = maskEmail(out['email']);
      masked.push('email');
    }
  }
  return (masked.length > 0 ? { ...out, masked } : out) as T & { masked?: string[] };
}

/**
 * An expert candidate's detail without the party-membership component, for roles that may not see
 * it.
 */
export function maskExpertDetail(
  detail: Record<string, unknown> | undefined,
  role: Role,
): Record<string, unknown> | undefined {
  if (!detail || SEES_PARTY_MEMBERSHIP.has(role)) return detail;
  const components = { ...(detail['components'] as Record<string, unknown> | undefined) };
  if ('partyMember' in components) components['partyMember'] = null;
  return { ...detail, components, masked: ['components.partyMember'] };
}

/** 13812345678 → 138******78: enough to recognise a number one already has. */
function maskPhone(phone: string): string {
  return phone.length <= 5
    ? '*'.repeat(phone.length)
    : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 5)}${phone.slice(-2)}`;
}

/** zhang.peng@hust.edu.cn → z***@hust.edu.cn */
function maskEmail(email: string): string {
  const at = email.indexOf('@');
  return at <= 0 ? '***' : `${email[0]}***${email.slice(at)}`;
}
