/**
 * @jest-environment node
 */
import { keyHolderLabel } from '../../src/web/components/key-holder';
import { en } from '../../src/web/i18n/en';
import { zh, type MessageKey } from '../../src/web/i18n/zh';

const zhT = (key: MessageKey) => zh[key];
const enT = (key: MessageKey) => en[key];
const LATIN_WORD = /[A-Za-z]{3,}/u;

describe('who the header says is signed in', () => {
  test('when the bootstrap admin key is used, then the Chinese header names it, not its setting', () => {
    const me = { keyId: 'bootstrap-admin', name: 'REDCHAIN_ADMIN_KEY', role: 'admin', region: null };
    expect(keyHolderLabel(me, zhT, 'zh')).toBe('初始管理员密钥 · 管理员');
    expect(keyHolderLabel(me, enT, 'en')).not.toContain('REDCHAIN_ADMIN_KEY');
  });

  test('when a key is named in Latin letters, then the Chinese header shows its role and region instead', () => {
    const me = { keyId: 'k1', name: 'e2e secretary', role: 'secretary', region: { name: '白银高新区' } };
    const shown = keyHolderLabel(me, zhT, 'zh');
    expect(shown).toBe('产业链党组织书记 · 白银高新区');
    expect(shown).not.toMatch(LATIN_WORD);
    expect(keyHolderLabel(me, enT, 'en')).toBe(`e2e secretary · ${en['role.secretary']} · 白银高新区`);
  });

  test('when a key is named after its holder in Chinese, then the header shows the name beside the role', () => {
    const me = { keyId: 'k2', name: '孙绯', role: 'responder', region: null };
    expect(keyHolderLabel(me, zhT, 'zh')).toBe(`孙绯 · ${zh['role.responder']}`);
  });
});
