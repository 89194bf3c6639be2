import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/config';

describe('config from the environment', () => {
  test('when nothing is set, then it is the embedded default: memory store, inline jobs, port 3000', () => {
    const config = loadConfig({});
    expect(config.neo4j).toBeNull();
    expect(config.redis).toBeNull();
    expect(config.http.port).toBe(3000);
    expect(Object.isFrozen(config.http)).toBe(true);
  });

  test('when NEO4J_URI and REDIS_URL are set, then the production stores are selected', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://db.example.org',
      NEO4J_PASSWORD: 's3cret',
      REDIS_URL: 'redis://10.0.0.5:6379',
    });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://db.example.org',
      user: 'neo4j',
      password: 's3cret',
      database: 'neo4j',
    });
    expect(config.redis).toEqual({ url: 'redis://10.0.0.5:6379' });
  });

  test('when variables are bad, then the error names each bad variable and why', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: '70000', NEO4J_URI: 'http://x', REDIS_URL: 'localhost' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT: must be at most 65535/);
      expect(message).toMatch(/NEO4J_URI: must be a bolt:\/\/ or neo4j:\/\/ URI/);
      expect(message).toMatch(/REDIS_URL: must be a redis:\/\//);
    }
  });

  test('when the job settings are bad, then each is named; an empty RECOMPUTE_CRON turns the schedule off', () => {
    expect(() => loadConfig({ RECOMPUTE_CRON: 'nightly' })).toThrow(/RECOMPUTE_CRON: must be a cron pattern/);
    expect(() => loadConfig({ WORKER_CONCURRENCY: '0' })).toThrow(/WORKER_CONCURRENCY/);
    expect(() => loadConfig({ REDCHAIN_QUEUE_PREFIX: 'a b' })).toThrow(/REDCHAIN_QUEUE_PREFIX: must be 1-64/);
    expect(loadConfig({}).jobs).toEqual({
      concurrency: 1,
      debounceMs: 500,
      queuePrefix: 'redchain',
      lockMs: 30_000,
      recomputeCron: '0 3 * * *',
    });
    expect(loadConfig({ RECOMPUTE_CRON: '' }).jobs.recomputeCron).toBeNull();
  });

  test('when no projection directory is set, then workers keep their snapshots in projections/ of the data directory; off turns them off', () => {
    expect(loadConfig({}).projection).toEqual({
      snapshotDir: path.join('.redchain', 'projections'),
      saveEveryMs: 600_000,
    });
    expect(loadConfig({ REDCHAIN_SNAPSHOT: '/srv/redchain/snapshot.json' }).projection.snapshotDir).toBe(
      path.join('/srv/redchain', 'projections'),
    );
    expect(loadConfig({ REDCHAIN_PROJECTION_DIR: '/var/cache/redchain' }).projection.snapshotDir).toBe(
      '/var/cache/redchain',
    );
    expect(loadConfig({ REDCHAIN_PROJECTION_DIR: 'off' }).projection.snapshotDir).toBeNull();
    expect(loadConfig({ PROJECTION_SAVE_MS: '0' }).projection.saveEveryMs).toBe(0);
    expect(() => loadConfig({ PROJECTION_SAVE_MS: 'often' })).toThrow(/PROJECTION_SAVE_MS/);
  });

  test('when the API settings are given, then keys, origins and limits are read; bad ones are named', () => {
    const config = loadConfig({
      REDCHAIN_ADMIN_KEY: 'a-bootstrap-key-of-enough-length',
      CORS_ORIGINS: 'https://portal.example.gov.cn, https://app.example.gov.cn',
      RATE_LIMIT_PER_MINUTE: '600',
    });
    expect(config.adminKey).toBe('a-bootstrap-key-of-enough-length');
    expect(config.corsOrigins).toEqual(['https://portal.example.gov.cn', 'https://app.example.gov.cn']);
    expect(config.rateLimitPerMinute).toBe(600);
    // compose passes an unset variable as empty: that is no key, not a short one
    expect(loadConfig({ REDCHAIN_ADMIN_KEY: '' }).adminKey).toBeNull();
    expect(() => loadConfig({ REDCHAIN_ADMIN_KEY: 'short' })).toThrow(
      /REDCHAIN_ADMIN_KEY: must be at least 24 characters/,
    );
    expect(() => loadConfig({ CORS_ORIGINS: 'portal' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });

  test('when TRUST_PROXY is unset, then X-Forwarded-For is ignored; a count or addresses are read; true and junk are refused', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16, loopback' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      'loopback',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: must name the number of proxies/);
    expect(() => loadConfig({ TRUST_PROXY: 'nginx.local' })).toThrow(/TRUST_PROXY: 'nginx.local' is not an address/);
  });

  test('when AUTH_FAILURES_PER_MINUTE is unset, then 30; a bad value is named', () => {
    expect(loadConfig({}).authFailuresPerMinute).toBe(30);
    expect(loadConfig({ AUTH_FAILURES_PER_MINUTE: '10' }).authFailuresPerMinute).toBe(10);
    expect(() => loadConfig({ AUTH_FAILURES_PER_MINUTE: '0' })).toThrow(/AUTH_FAILURES_PER_MINUTE/);
  });

  test('when a remote Neo4j has no password, then NEO4J_PASSWORD is named', () => {
    expect(() => loadConfig({ NEO4J_URI: 'neo4j://db.example.org:7687' })).toThrow(/NEO4J_PASSWORD: is required/);
  });

  test('when several API processes are asked, then they need Neo4j and Redis; a bad count is named', () => {
    const shared = { NEO4J_URI: 'bolt://127.0.0.1:7687', REDIS_URL: 'redis://127.0.0.1:6379' };
    expect(loadConfig({ API_PROCESSES: '2', ...shared }).http.processes).toBe(2);
    expect(loadConfig({}).http.processes).toBe(1);
    const needs = /API_PROCESSES: can be more than 1 only with NEO4J_URI and REDIS_URL/;
    expect(() => loadConfig({ API_PROCESSES: '2' })).toThrow(needs);
    // without Redis each process would follow only its own writes
    expect(() => loadConfig({ API_PROCESSES: '2', NEO4J_URI: shared.NEO4J_URI })).toThrow(needs);
    expect(() => loadConfig({ API_PROCESSES: 'two' })).toThrow(/API_PROCESSES/);
  });

  test('when LOG_FORMAT is unset, then auto (readable in a terminal, JSON otherwise); json and pretty are read; others are named', () => {
    expect(loadConfig({}).logFormat).toBe('auto');
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
  });

  test('when an escalation webhook is set, then its URL and secret are read; a URL that is not http(s) or a short secret is named', () => {
    expect(loadConfig({}).escalationWebhook).toBeNull();
    expect(
      loadConfig({
        ESCALATION_WEBHOOK_URL: 'https://relay.park.example/escalations',
        ESCALATION_WEBHOOK_SECRET: 'a'.repeat(16),
      }).escalationWebhook,
    ).toEqual({ url: 'https://relay.park.example/escalations', secret: 'a'.repeat(16) });
    expect(loadConfig({ ESCALATION_WEBHOOK_URL: 'http://10.0.0.5:8080/hook' }).escalationWebhook!.secret).toBeNull();
    expect(() => loadConfig({ ESCALATION_WEBHOOK_URL: 'ftp://relay.example/x' })).toThrow(/ESCALATION_WEBHOOK_URL/);
    expect(() =>
      loadConfig({ ESCALATION_WEBHOOK_URL: 'https://relay.example/x', ESCALATION_WEBHOOK_SECRET: 'short' }),
    ).toThrow(/ESCALATION_WEBHOOK_SECRET: must be at least 16 characters/);
  });
});
