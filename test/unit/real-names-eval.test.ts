import { EvalDataMissing, loadListedCompanies, shortNameOf } from '../../bench/eval/astock-names';

describe('the real-data evaluation of company names', () => {
  test('when the evaluation data folder is missing, then it says which file it needs instead of reporting figures', () => {
    expect(() => loadListedCompanies('/nonexistent/eval-data')).toThrow(EvalDataMissing);
    expect(() => loadListedCompanies('/nonexistent/eval-data')).toThrow(/company-names\/astock\.csv.*missing/u);
  });

  test('when a trading name carries ST marks or a share-class letter, then the short name drops them', () => {
    expect(shortNameOf('*ST华仪')).toBe('华仪');
    expect(shortNameOf('ST 天成')).toBe('天成');
    expect(shortNameOf('粤高速A')).toBe('粤高速');
    expect(shortNameOf('宁德时代')).toBe('宁德时代');
  });
});
