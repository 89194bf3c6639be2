package redchain;

import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Neo4j Community embedded with the Bolt connector on 127.0.0.1:PORT (Neo4j's "Bolt connector"
 * docs for embedded use), so the Node driver talks to a real server without Docker. Blocks until
 * SIGTERM, whose shutdown hook closes the store cleanly (the next start needs no recovery).
 *
 * <p>Args: HOME_DIR PORT [PAGE_CACHE_MB]. Prints "READY bolt://127.0.0.1:PORT" on stdout once the
 * default database ("neo4j") has answered a query.
 *
 * <p>Auth is OFF: the server listens on loopback only and exists for development, tests and CI on
 * this machine. Never expose it; production runs a normal Neo4j server with auth.
 */
public final class LocalNeo4j {
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: LocalNeo4j HOME_DIR PORT [PAGE_CACHE_MB]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMb = args.length > 2 ? Long.parseLong(args[2]) : 256;

    try {
      DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(HttpConnector.enabled, false) // Bolt is all the project uses
          .setConfig(GraphDatabaseSettings.auth_enabled, false) // loopback dev/test only, see above
          .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024 * 1024)
          // Bolt's two Netty groups each idle 5 s before stopping by default, which made every
          // stop (and every jest teardown) take 10 s; the store itself closes in ~0.1 s.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .build();
      Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
      dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    } catch (RuntimeException e) {
      // Neo4j's threads are not daemons: without the exit a failed start (port taken, store
      // locked) would leave a JVM hanging instead of exiting with the cause in the log. The
      // shutdown hook, if registered, closes whatever did start.
      e.printStackTrace();
      System.exit(1);
    }
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
