import { Enterprise, isValidUscc, usccCheckCharacter, usccProblem } from '../../src/domain';

describe('USCC check character (GB 32100-2015)', () => {
  test('when a published valid code is checked, then it passes', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('91110000600037341L')).toBe(true);
    expect(isValidUscc('91110000600037341l')).toBe(true);
  });

  test('when the check character is wrong, then the problem names the expected one', () => {
    expect(usccProblem('91350100M000100Y44')).toBe("check character is '4', expected '3'");
  });

  test('when a check sum is 0 mod 31, then the check character is 0 rather than 31', () => {
    // 31 - 0 would be out of the alphabet: the standard writes it as 0
    const base = '00000000000000000';
    expect(usccCheckCharacter(base)).toBe('0');
  });

  test('when a code has a forbidden letter or wrong length, then it is refused with why', () => {
    expect(usccProblem('91350100M000100YI3')).toMatch(/outside/);
    expect(usccProblem('9135010')).toBe('must be 18 characters, got 7');
  });

  test('when an enterprise carries a bad USCC, then its schema rejects the field', () => {
    const result = Enterprise.safeParse({ id: 'e1', name: '某公司', uscc: '91350100M000100Y44' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['uscc']);
    expect(result.error!.issues[0]!.message).toMatch(/invalid USCC/);
  });
});
