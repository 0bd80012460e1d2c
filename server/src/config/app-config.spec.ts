import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('defaults to the embedded engine with data in ./data', () => {
    const c = loadConfig({});
    expect(c.engine).toBe('embedded');
    expect(c.databaseFile).toMatch(/data\/graph\.lbug$/);
    expect(c.PORT).toBe(4000);
    expect(c.DEMO_DATA).toBe(true);
  });

  it('chooses Neo4j when NEO4J_URI is set, and requires its credentials', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(/NEO4J_USER[\s\S]*NEO4J_PASSWORD/);
    expect(loadConfig({ NEO4J_URI: 'bolt://x:7687', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw' }).engine).toBe('neo4j');
  });

  it('refuses a bad value, naming the variable without echoing secrets', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    try {
      loadConfig({ NEO4J_URI: 'bolt://x', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'hunter2-secret', PORT: '0' });
    } catch (e) {
      expect(String(e)).not.toContain('hunter2-secret');
    }
  });

  it('reads booleans and numbers from the environment', () => {
    const c = loadConfig({ DEMO_DATA: 'false', PORT: '8080', COOKIE_SECURE: 'true' });
    expect([c.DEMO_DATA, c.PORT, c.COOKIE_SECURE]).toEqual([false, 8080, true]);
  });

  it('reads the edge limits, refusing values that would turn a limit into nonsense', () => {
    const defaults = loadConfig({});
    expect([defaults.REQUEST_TIMEOUT_MS, defaults.SIGNIN_CONCURRENT_CHECKS, defaults.GRAPHQL_INTROSPECTION]).toEqual([30_000, 2, true]);
    const c = loadConfig({ REQUEST_TIMEOUT_MS: '0', SIGNIN_CONCURRENT_CHECKS: '4', GRAPHQL_INTROSPECTION: 'false' });
    expect([c.REQUEST_TIMEOUT_MS, c.SIGNIN_CONCURRENT_CHECKS, c.GRAPHQL_INTROSPECTION]).toEqual([0, 4, false]);
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '-5' })).toThrow(/REQUEST_TIMEOUT_MS/);
    expect(() => loadConfig({ SIGNIN_CONCURRENT_CHECKS: '0' })).toThrow(/SIGNIN_CONCURRENT_CHECKS/);
  });

  it('reads TRUST_PROXY as Express’s trust proxy (off by default) and refuses what it is not, naming it', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::1' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::1']);
    for (const bad of ['yes please', '10.0.0.0/33', '300.1.1.1', 'loopback,,nginx']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY must be false, true, a number of proxy hops/);
    }
  });
});
