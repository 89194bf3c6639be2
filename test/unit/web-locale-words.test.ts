/**
 * @jest-environment node
 */
import { fieldLabel, positionLabel, sectionLabel } from '../../src/web/i18n/bundle-words';
import { formatDate, formatNumber } from '../../src/web/i18n/format';
import { reasonLabel } from '../../src/web/i18n/import-reasons';
import { en } from '../../src/web/i18n/en';
import { zh, type MessageKey } from '../../src/web/i18n/zh';

const zhView = { language: 'zh' as const, t: (key: MessageKey) => zh[key] };
const enView = { language: 'en' as const, t: (key: MessageKey) => en[key] };

describe('dates and numbers in the view’s locale', () => {
  const at = '2026-12-02T06:20:31Z';
  test('when a date is shown in Chinese, then it is written the Chinese way, not 12/2/2026', () => {
    expect(formatDate(at, 'zh')).toBe('2026年12月2日');
    expect(formatDate(at, 'zh', true)).toMatch(/^2026年12月2日 \d\d:20$/u);
  });
  test('when a date is shown in English, then day comes before month and the clock is 24-hour', () => {
    expect(formatDate(at, 'en')).toBe('2 Dec 2026');
    expect(formatDate(at, 'en', true)).toMatch(/^2 Dec 2026, \d\d:20$/u);
  });
  test('when a value is not a date, then it is shown as it came', () => {
    expect(formatDate('soon', 'zh')).toBe('soon');
  });
  test('when a number is shown, then it is grouped for the locale', () => {
    expect(formatNumber(12345.678, 'zh')).toBe('12,345.68');
    expect(formatNumber(0.5, 'en', 0)).toBe('1');
  });
});

describe('the import report in Chinese', () => {
  test('when sections, fields and positions are shown, then they are the Chinese names, not codes', () => {
    expect(sectionLabel('enterprises', 'zh')).toBe('企业');
    expect(fieldLabel('name', 'zh')).toBe('名称');
    expect(fieldLabel('tags.0', 'zh')).toBe('标签 第1项');
    expect(positionLabel('enterprises[1] ent-x', 'zh')).toBe('企业[1] ent-x');
    expect(positionLabel('enterprises line 3', 'zh')).toBe('企业 第3行');
    expect(sectionLabel('enterprises', 'en')).toBe('Enterprises');
  });
  test.each([
    ['is required', '必填'],
    ['must be a number (got "five")', '应为数字（收到 "five"）'],
    [
      "no Region with id 'region-nowhere' in this bundle or the graph",
      '本数据包与图谱中都没有编号为「region-nowhere」的地区',
    ],
    ['Invalid option: expected one of "micro"|"small"', '应为以下之一：micro、small'],
    ['expected one of 专精特新、链主企业 (codes: specialised_sme, chain_master)', '应为以下之一：专精特新、链主企业'],
    ['Too big: expected string to have <=200 characters', '不得超过 200 个字'],
  ])('when the API says "%s", then the Chinese view says "%s"', (reason, shown) => {
    expect(reasonLabel(reason, zhView)).toBe(shown);
  });
  test('when the view is English, then the API’s reason is shown as it came', () => {
    expect(reasonLabel('is required', enView)).toBe('is required');
  });
});
