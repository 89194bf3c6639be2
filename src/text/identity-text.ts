/**
 * Text as identity checks must see it (issue 15): NFKC (full-width → half-width, compatibility
 * forms folded) and without the characters a reader cannot see — zero-width space, non-joiner and
 * joiner (U+200B–U+200D), word joiner (U+2060), BOM / zero-width no-break space (U+FEFF), soft
 * hyphen (U+00AD), the Mongolian vowel separator (U+180E) — nor the bidi controls (U+200E, U+200F,
 * U+061C, U+202A–U+202E, U+2066–U+2069) that reorder what is shown. Without this,
 * 江苏省镇江\u200b船厂 looks like 江苏省镇江船厂 and is a second company.
 */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF\u061C\u202A-\u202E\u2066-\u2069]/gu;

/** @example identityText('镇江\u200b船厂') // '镇江船厂' */
export function identityText(raw: string): string {
  // strip before and after NFKC: folding can bring compatibility forms of these characters
  return raw.replace(INVISIBLE, '').normalize('NFKC').replace(INVISIBLE, '');
}

/** True when the text holds a control, invisible or bidi character (an id must not). */
export function hasHiddenCharacters(raw: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001F\u007F-\u009F]/u.test(raw) || new RegExp(INVISIBLE.source, 'u').test(raw);
}
