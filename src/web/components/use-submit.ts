import { useState } from 'preact/hooks';

/**
 * A form's or a row button's send to the API: busy while it is under way (a button disabled
 * meanwhile is not sent twice), the refusal kept to show in place (ErrorNote) and cleared when the
 * user tries again. The page's forms each repeated these few lines; here they are once, so a
 * refusal shows the same way everywhere.
 *
 * @example
 * const { busy, error, run } = useSubmit();
 * const submit = (e: Event) => {
 *   e.preventDefault();
 *   void run(async () => {
 *     await post('pledges', body);
 *     onPledged();
 *   });
 * };
 *
 * `initialError` is shown until the first try: why the user was asked again (a key refused).
 */
export function useSubmit(initialError: Error | null = null) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(initialError);
  /** Runs the step with the last error cleared; what it throws becomes `error`. */
  const run = async (step: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setBusy(false);
    }
  };
  /** `setError` stays open for what the form looks up on the side (a search that fails). */
  return { busy, error, setError, run };
}
