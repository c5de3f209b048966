/**
 * Tells a database that cannot be reached (stopped, restarting, out of connections, a lost connection)
 * from a fault in our own code, so that the API answers the first with 503 and Retry-After, which a
 * client or a proxy can wait out, and keeps 500 for the second.
 */

/** Socket errors of a connection that is refused, cut or never made. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
/**
 * PostgreSQL SQLSTATEs: admin or crash shutdown, cannot connect now; out of disk, memory or connections;
 * a statement timeout (an overloaded server); the database or the login missing for a moment (a failover or
 * a restore). Class 08, connection exceptions, is matched by its prefix.
 */
const POSTGRES_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53100', '53200', '53300', '57014', '3D000', '28P01']);
/** SQLite: the file is locked, read-only, full, or cannot be opened or read. */
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|READONLY|FULL)/;
/** What pg and knex say when a connection ends or none can be had in time (they give no code). */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Timeout acquiring a connection|Client has encountered a connection error|Client was closed and is not queryable|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let cause = error, depth = 0;
    cause && typeof cause === 'object' && depth < 5;
    cause = (cause as { cause?: unknown }).cause, depth += 1
  ) {
    const { code, name, message } = cause as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string') {
      if (NETWORK_CODES.has(code) || POSTGRES_UNAVAILABLE.has(code) || code.startsWith('08') || SQLITE_UNAVAILABLE.test(code)) return true;
    }
    if (name === 'KnexTimeoutError') return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  }
  return false;
}
