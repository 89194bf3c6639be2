import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { may, type Session } from './session';

export const SessionContext = createContext<Session>({
  key: '',
  me: { keyId: '', name: '', role: 'viewer', region: null, operations: [], problemSteps: {}, requestSteps: {} },
});

/**
 * The signed-in session, and whether its role may call an operation (from GET /me): pages offer
 * only the actions it allows.
 */
export function useSession(): Session & { may(operation: string): boolean } {
  const session = useContext(SessionContext);
  return { ...session, may: (operation) => may(session, operation) };
}
