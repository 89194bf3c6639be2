import { revisedRunId } from '../../src/domain';

describe('revisedRunId', () => {
  test('when a list is revised again and again, then each revision has a run id of its own, on the same run', () => {
    const first = revisedRunId('run-7f3a');
    const second = revisedRunId(first);
    expect([first, second, revisedRunId(second)]).toEqual(['run-7f3a~1', 'run-7f3a~2', 'run-7f3a~3']);
  });

  test('when a run id already holds a tilde not followed by a revision, then the revision is added after it', () => {
    expect(revisedRunId('a~b')).toBe('a~b~1');
    expect(revisedRunId('a~0')).toBe('a~0~1');
  });
});
