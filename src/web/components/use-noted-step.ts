import { useState } from 'preact/hooks';
import { post, type Answer } from '../api/client';

/**
 * A workflow step sent with the note typed beside its buttons: a request's and a problem's
 * transitions take the same optional note, cleared once the step is taken, and show the API's
 * refusal in place.
 */
export function useNotedStep() {
  const [note, setNote] = useState('');
  const [error, setError] = useState<Error | null>(null);
  /** Posts the step with the note (when one is typed): the API's answer, or null when it refused. */
  const send = async <T>(path: string, body: Record<string, unknown>): Promise<Answer<T> | null> => {
    setError(null);
    try {
      const answer = await post<T>(path, { ...body, ...(note.trim() ? { note: note.trim() } : {}) });
      setNote('');
      return answer;
    } catch (caught) {
      setError(caught as Error);
      return null;
    }
  };
  return { note, setNote, error, send };
}
