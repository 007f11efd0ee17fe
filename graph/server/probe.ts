/**
 * Small probes the server lifecycle uses: is a pid alive, is a port free, does Bolt answer, and
 * does it accept our credentials. Probes use the real credentials, never a guess: Neo4j locks a
 * user for a few seconds after repeated failed logins, which would lock kg itself out.
 */
import { createServer } from 'node:net';
import neo4j from 'neo4j-driver';

export interface Credentials {
  user: string;
  password: string;
}

export const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export function portFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

const REFUSED_LOGIN = new Set(
  ['Unauthorized', 'AuthenticationRateLimit', 'CredentialsExpired'].map((c) => `Neo.ClientError.Security.${c}`),
);

/** 'up' (and accepts the credentials), 'refused' (up, but not with these credentials) or 'down'. */
export async function probeBolt(uri: string, cred: Credentials): Promise<'up' | 'refused' | 'down'> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(cred.user, cred.password), {
    connectionTimeout: 2000,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.verifyConnectivity();
    return 'up';
  } catch (e) {
    return REFUSED_LOGIN.has((e as { code?: string }).code ?? '') ? 'refused' : 'down';
  } finally {
    await driver.close().catch(() => {});
  }
}

/** A server that answers at all is up, whether or not it takes these credentials. */
export const boltAnswers = async (uri: string, cred: Credentials): Promise<boolean> => (await probeBolt(uri, cred)) !== 'down';
