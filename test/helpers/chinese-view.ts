import type { Locator, Page } from 'playwright-core';

/**
 * Latin letters a Chinese view may show: units of measure as Chinese technical writing keeps
 * them, and the name of the file format the export buttons offer. Anything else made of Latin
 * letters is a code name, an id or English leaking into the view.
 */
export const ALLOWED_LATIN: readonly string[] = [
  'Excel',
  'km',
  'kg',
  'mm',
  'cm',
  'nm',
  'kV',
  'kW',
  'kWh',
  'MW',
  'MWh',
  'GW',
  'GWh',
  'MPa',
  'ppm',
];

/** A run of Latin letters, with the digits, dots, dashes and underscores that make ids and setting names. */
const LATIN_RUN = /[A-Za-z0-9_.-]*[A-Za-z][A-Za-z0-9_.-]*/gu;

/** A trade acronym (NCM, VCSEL, SoC): two to six letters, at least two of them capitals. */
const ACRONYM = /^[A-Za-z]{2,6}$/u;
const HAN = /\p{Script=Han}/u;

/**
 * The Latin words of a text that are not allowed: a run of Latin letters (with the digits, dots,
 * dashes and underscores of ids like `demo-ent-12` or settings like `REDCHAIN_ADMIN_KEY`) that is
 * neither in ALLOWED_LATIN nor in `typed` (what the user typed, shown back to them). A single
 * Latin letter (a grade, a variable in a formula) is not a word. A trade acronym written into a
 * Chinese term (NCM国产化替代, VCSEL寿命延长, SoC良率提升) is part of that term, as Chinese
 * technical writing has it; the same letters standing apart, or any lower-case word, are not.
 */
export function latinWordsIn(text: string, typed: readonly string[] = []): string[] {
  const allowed = new Set([...ALLOWED_LATIN, ...typed]);
  const leaked = new Set<string>();
  for (const match of text.matchAll(LATIN_RUN)) {
    const word = match[0].replace(/^[-_.\d]+|[-_.]+$/gu, '');
    if ((word.match(/[A-Za-z]/gu) ?? []).length < 2 || allowed.has(word)) continue;
    const before = text[match.index - 1] ?? '';
    const after = text[match.index + match[0].length] ?? '';
    const capitals = (word.match(/[A-Z]/gu) ?? []).length;
    if (ACRONYM.test(word) && capitals >= 2 && (HAN.test(before) || HAN.test(after))) continue;
    leaked.add(word);
  }
  return [...leaked];
}

/**
 * What a user sees of a page or part of it (its rendered text: nothing hidden, no attribute),
 * checked for Chinese only. Resolves to the text when it holds Chinese and no Latin word outside
 * the allow-list; rejects naming the words and where they were otherwise, so a failing test says
 * what leaked.
 */
export async function chineseViewText(
  where: Page | Locator,
  { typed = [] }: { typed?: readonly string[] } = {},
): Promise<string> {
  return checkedText(where, typed);
}

/**
 * The header, checked the same way. Its language switch names the other language in that
 * language's own words ("English"), as a switch must for a reader of it; nothing else may be Latin.
 */
export async function chineseHeaderText(page: Page): Promise<string> {
  return checkedText(page.locator('header.top'), ['English']);
}

async function checkedText(where: Page | Locator, typed: readonly string[]): Promise<string> {
  const locator = 'locator' in where && 'goto' in where ? where.locator('body') : (where as Locator);
  const text = await locator.innerText();
  const leaked = latinWordsIn(text, typed);
  if (leaked.length > 0) {
    const context = leaked.slice(0, 10).map((word) => {
      const at = text.indexOf(word);
      return `「${word}」 in …${text.slice(Math.max(0, at - 20), at + word.length + 20).replace(/\s+/gu, ' ')}…`;
    });
    throw new Error(`the Chinese view shows Latin words:\n${context.join('\n')}`);
  }
  if (!/\p{Script=Han}/u.test(text)) throw new Error(`the view shows no Chinese at all: ${text.slice(0, 200)}`);
  return text;
}
