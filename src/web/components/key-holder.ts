import type { Language } from '../i18n/language';
import type { MessageKey } from '../i18n/zh';

/** What the header reads of GET /me (session.ts's Me). */
interface KeyHolder {
  keyId: string;
  name: string;
  role: string;
  region: { name: string } | null;
}

/** A word of Latin letters (three or more) or a setting's name (REDCHAIN_ADMIN_KEY): not a label for the Chinese view. */
const NOT_CHINESE = /[A-Za-z]{3,}|^[A-Z0-9_]+$/u;

/**
 * Who the header says is signed in: the key holder's name and the role's label. The bootstrap
 * admin key is named after its setting, which is no one's name: it is called the initial admin
 * key. In the Chinese view a name written in Latin letters (a key named `e2e admin` or `ops`) is
 * not shown: the role's Chinese label says who it is, and the key's id stays in the tooltip.
 */
export function keyHolderLabel(me: KeyHolder, t: (key: MessageKey) => string, language: Language): string {
  const role = t(`role.${me.role}` as MessageKey);
  const region = me.region ? ` · ${me.region.name}` : '';
  if (me.keyId === 'bootstrap-admin') return `${t('key.bootstrap')} · ${role}${region}`;
  if (language === 'zh' && NOT_CHINESE.test(me.name)) return `${role}${region}`;
  return `${me.name} · ${role}${region}`;
}
