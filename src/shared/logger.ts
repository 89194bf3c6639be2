import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; request ids are attached by the API's request logger. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'redchain' } });
}
