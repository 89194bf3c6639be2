import { useState } from 'preact/hooks';
import { post } from '../../api/client';
import type { WhatIf } from '../../api/types';
import type { MapChoice } from './map-choice';

/**
 * The what-if of a map: the leads ticked for it, its answer once run, and whether the map shows
 * the chain after it. `error` is the last action of the leads' panel that failed (a what-if or
 * an export).
 */
export function useWhatIf(choice: MapChoice) {
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<WhatIf | null>(null);
  const [showAfter, setShowAfter] = useState(false);
  const [error, setError] = useState<Error | null>(null);

  const toggle = (id: string) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
  };
  const run = async () => {
    setError(null);
    try {
      const answer = await post<WhatIf>(`chains/${encodeURIComponent(choice.chain)}/what-if`, {
        region: choice.region,
        leadIds: [...picked],
      });
      setResult(answer.body);
      setShowAfter(true);
    } catch (caught) {
      setError(caught as Error);
    }
  };
  /** Another region or chain: nothing picked, no answer. */
  const reset = () => {
    setPicked(new Set());
    setResult(null);
  };
  return { picked, toggle, result, showAfter, setShowAfter, run, reset, error, setError };
}

export type WhatIfState = ReturnType<typeof useWhatIf>;
