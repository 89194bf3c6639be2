import { Neo4jConnection, type Neo4jSettings } from './neo4j-connection';

/** Neo4j refused or did not answer at start: one line for the operator, not a driver's stack trace. */
export class Neo4jStartError extends Error {}

/**
 * What a failed first contact with Neo4j means to the person starting redchain. A refused login
 * is said as such, and is final: retried by restarting the process, it locked the Neo4j user
 * after a few attempts (Neo4j's own protection), for this deployment and every other client of
 * that user. Any other error is returned as it came.
 */
export function startErrorOf(error: unknown, settings: Neo4jSettings): unknown {
  const { code = '', message = String(error) } = (error ?? {}) as { code?: string; message?: string };
  const where = `Neo4j at NEO4J_URI ${settings.uri}`;
  if (code.startsWith('Neo.ClientError.Security.'))
    return new Neo4jStartError(
      `${where} refused NEO4J_USER '${settings.user}' with the NEO4J_PASSWORD given (${code}): correct them (after several refusals in a row Neo4j locks the user for a while)`,
    );
  if (code === 'Neo.ClientError.Database.DatabaseNotFound')
    return new Neo4jStartError(
      `${where} has no database NEO4J_DATABASE '${settings.database}': create it, or correct NEO4J_DATABASE`,
    );
  if (code === 'ServiceUnavailable' || code === 'SessionExpired')
    return new Neo4jStartError(`${where} did not answer (${firstLine(message)}): start Neo4j, or correct NEO4J_URI`);
  return error;
}

/** Checks that Neo4j answers and takes the credentials, before a process forks others that need it. */
export async function checkNeo4jAnswers(settings: Neo4jSettings): Promise<void> {
  const connection = new Neo4jConnection(settings);
  try {
    await connection.driver.verifyConnectivity({ database: settings.database });
  } catch (error) {
    throw startErrorOf(error, settings);
  } finally {
    await connection.close();
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
