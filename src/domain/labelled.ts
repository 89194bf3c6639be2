import { z } from 'zod';

/**
 * A closed vocabulary: its codes (what code and the stores speak), a Chinese and an English label
 * for each (what people read), and the other spellings people write for a value (链主 for
 * 链主企业). Labels and spellings are accepted where people type (spreadsheets, API input); the
 * code is what is kept.
 */
export interface Labelled<T extends string> {
  values: readonly T[];
  zh: Record<T, string>;
  en: Record<T, string>;
  aliases: Readonly<Record<string, T>>;
}

export function labelled<const T extends readonly [string, ...string[]]>(
  values: T,
  zh: Record<T[number], string>,
  en: Record<T[number], string>,
  aliases: Readonly<Record<string, T[number]>> = {},
) {
  return { schema: z.enum(values), values, zh, en, aliases } as const;
}

type WithSchema<T extends string> = Labelled<T> & { schema: z.ZodEnum<{ [K in T]: K }> };

const folded = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/gu, ' ');

/** The code a person's spelling means: the code itself, either label or a known alias; null when none. */
export function codeOf<T extends string>(vocabulary: Labelled<T>, text: string): T | null {
  const wanted = folded(text);
  for (const code of vocabulary.values) {
    if (folded(code) === wanted || folded(vocabulary.zh[code]) === wanted || folded(vocabulary.en[code]) === wanted)
      return code;
  }
  for (const [alias, code] of Object.entries(vocabulary.aliases)) if (folded(alias) === wanted) return code;
  return null;
}

/** Every spelling codeOf accepts as written (codes, labels, aliases), for documenting the input. */
export function spellingsOf<T extends string>(vocabulary: Labelled<T>): [string, ...string[]] {
  const all = [
    ...vocabulary.values,
    ...vocabulary.values.map((c) => vocabulary.zh[c]),
    ...vocabulary.values.map((c) => vocabulary.en[c]),
    ...Object.keys(vocabulary.aliases),
  ];
  return [...new Set(all)] as [string, ...string[]];
}

/** The refusal names the Chinese options, as a person reads them, with the codes for machines. */
export function optionsMessage<T extends string>(vocabulary: Labelled<T>): string {
  const zh = vocabulary.values.map((c) => vocabulary.zh[c]).join('、');
  return `expected one of ${zh} (codes: ${vocabulary.values.join(', ')})`;
}

/**
 * A schema that takes any spelling of the vocabulary (code, label or alias) and gives the code.
 * A codec, so that the input JSON Schema lists what is accepted and the output the codes only.
 */
export function anySpelling<T extends string>(vocabulary: WithSchema<T>) {
  const written = z.enum(spellingsOf(vocabulary), { error: optionsMessage(vocabulary) });
  return z.codec(written, vocabulary.schema, {
    decode: (text) => codeOf(vocabulary, text) as T,
    encode: (code) => code,
  });
}
