import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs; request ids are attached by the API's request logger, and the pid tells
 * apart the lines of several API processes (API_PROCESSES) or workers writing to one journal.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'redchain', pid: process.pid } });
}
