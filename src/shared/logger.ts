import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/** How log lines are written: `auto` is readable in a terminal and JSON everywhere else. */
export type LogFormat = 'auto' | 'json' | 'pretty';

/**
 * Structured logs; request ids are attached by the API's request logger, and the pid tells apart
 * the lines of several API processes (API_PROCESSES) or workers writing to one journal. JSON lines
 * for a log collector; in a terminal, one short readable line each (see readableLines).
 */
export function createLogger(level: string, format: LogFormat = 'auto'): Logger {
  const options = { level, base: { service: 'redchain', pid: process.pid } };
  const readable = format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
  return readable ? pino(options, readableLines()) : pino(options);
}

/**
 * The command line's log: warnings and errors on standard error, written at once, so that what a
 * command prints on standard output (a list, JSON) stays only its answer.
 */
export function createCommandLogger(level = 'warn'): Logger {
  return pino({ level, base: { service: 'redchain', pid: process.pid } }, pino.destination({ dest: 2, sync: true }));
}

/** The fields of pino-http's request line that readableLines folds into its message. */
interface RequestLine {
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
}

/**
 * pino-pretty in this process, written synchronously (a start that fails prints its last line
 * before it exits): the time, the level and the message on one line; a request is shown as
 * `GET /api/v1/... 200 12ms`, not as its fields on the following lines.
 */
function readableLines() {
  return pretty({
    sync: true,
    singleLine: true,
    // `error` is a message string in redchain's lines (kept on the line); `err`, an Error, gets its stack
    errorLikeObjectKeys: ['err'],
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,service,req,res,responseTime',
    messageFormat: (log, messageKey) => {
      const { req, res, responseTime } = log as RequestLine;
      if (req && res) return `${req.method} ${req.url} ${res.statusCode} ${responseTime ?? '?'}ms`;
      return String(log[messageKey] ?? '');
    },
  });
}
