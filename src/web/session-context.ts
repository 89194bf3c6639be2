import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Session } from './session';

export const SessionContext = createContext<Session>({ key: '', role: 'viewer' });

/** The signed-in session: its role decides which actions a page offers. */
export const useSession = (): Session => useContext(SessionContext);
