/**
 * 统一社会信用代码 (USCC) check-character validation, GB 32100-2015 §4 and Annex B.
 *
 * 18 characters from a 31-character alphabet (digits and capitals without I, O, Z, S, V).
 * The 18th is a check character: C18 = 31 - (Σ Ci·Wi mod 31), with 31 written as 0.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** The check character for the first 17 characters of a code. Throws on a bad character. */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new Error(`uscc: expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i] as string);
    if (value < 0) throw new Error(`uscc: character '${first17[i]}' at position ${i + 1} is not allowed`);
    sum += value * (WEIGHTS[i] as number);
  }
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET[check] as string;
}

/** Why a code is not a valid USCC, or null when it is. Lower-case input is accepted. */
export function usccProblem(code: string): string | null {
  const upper = code.trim().toUpperCase();
  if (upper.length !== 18) return `must be 18 characters, got ${upper.length}`;
  if (!SHAPE.test(upper)) return 'contains a character outside 0-9 and A-Y without I, O, S, V, Z';
  const expected = usccCheckCharacter(upper.slice(0, 17));
  if (upper[17] !== expected) return `check character is '${upper[17]}', expected '${expected}'`;
  return null;
}

/**
 * @example isValidUscc('91350100M000100Y43') // true
 */
export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}
