/**
 * A token that every process sharing a store sees change after each write of the graph or of its
 * computed lists: a process that read something while the token was T may answer it again without
 * asking the store for as long as the token is still T. The writer changes it after its transaction
 * commits and before the write is answered, so no reader holds a state older than a write it could
 * have been told of.
 */
export interface StoreEpoch {
  /** The token now, or null when it cannot be told (its keeper away): then nothing held is trusted. */
  current(): Promise<string | null>;
  /** A new token, after a write. Never throws: a write that committed stays answered as written. */
  advance(): Promise<void>;
  close(): Promise<void>;
}
