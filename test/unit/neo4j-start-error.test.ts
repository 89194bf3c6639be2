import { Neo4jStartError, startErrorOf } from '../../src/store/neo4j/neo4j-start-error';

/** What the driver throws: an Error with Neo4j's status code. */
const neo4jError = (message: string, code: string) => Object.assign(new Error(message), { code });

const settings = { uri: 'bolt://db.park.internal:7687', user: 'redchain', password: 'p', database: 'neo4j' };

describe('what a failed first contact with Neo4j says', () => {
  test('when Neo4j refuses the login, then it names the user and the settings to correct, never the password', () => {
    const said = startErrorOf(
      neo4jError('The client is unauthorized due to authentication failure.', 'Neo.ClientError.Security.Unauthorized'),
      settings,
    );
    expect(said).toBeInstanceOf(Neo4jStartError);
    expect((said as Error).message).toBe(
      "Neo4j at NEO4J_URI bolt://db.park.internal:7687 refused NEO4J_USER 'redchain' with the NEO4J_PASSWORD given (Neo.ClientError.Security.Unauthorized): correct them (after several refusals in a row Neo4j locks the user for a while)",
    );
  });

  test('when the database is not there, then NEO4J_DATABASE is named', () => {
    const said = startErrorOf(
      neo4jError('Database does not exist.', 'Neo.ClientError.Database.DatabaseNotFound'),
      settings,
    );
    expect((said as Error).message).toMatch(/has no database NEO4J_DATABASE 'neo4j'/u);
  });

  test('when the error is of another kind, then it is passed on as it came', () => {
    const other = neo4jError('Syntax error', 'Neo.ClientError.Statement.SyntaxError');
    expect(startErrorOf(other, settings)).toBe(other);
  });
});
