// The local docker daemon and registry the release tests use (started by scripts/setup/20-docker.sh),
// and a small client for the registry's HTTP API v2 with basic auth. Loopback only.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestRegistry {
  host: string;
  user: string;
  password: string;
  /** host:port on loopback where nothing listens. */
  down: string;
}

/**
 * The registry from the environment, or why it is unusable. A test file calls `requireRegistry()`:
 * under CI=true a missing service fails the tests; elsewhere they are skipped with the reason.
 */
export function findRegistry(): { registry?: TestRegistry; missing?: string } {
  const host = process.env.RP_TEST_REGISTRY;
  const user = process.env.RP_TEST_REGISTRY_USER;
  const password = process.env.RP_TEST_REGISTRY_PASSWORD;
  const down = process.env.RP_TEST_REGISTRY_DOWN ?? '127.0.0.1:5999';
  if (!host || !user || !password) {
    return {
      missing:
        'RP_TEST_REGISTRY, RP_TEST_REGISTRY_USER and RP_TEST_REGISTRY_PASSWORD are not set: source scripts/setup/20-docker.sh (scripts/test-all.sh does) to start dockerd and the registry.',
    };
  }
  if (!/^127\.\d+\.\d+\.\d+:\d+$|^localhost:\d+$/.test(host) || !/^127\.\d+\.\d+\.\d+:\d+$/.test(down)) {
    return { missing: `the test registry must be on loopback, got ${host} and ${down}` };
  }
  const info = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 30_000 });
  if (info.status !== 0)
    return {
      missing: `dockerd is not reachable (docker info: ${(info.stderr || info.error?.message || '').trim()}); source scripts/setup/20-docker.sh.`,
    };
  return { registry: { host, user, password, down } };
}

export function requireRegistry(): TestRegistry | undefined {
  const { registry, missing } = findRegistry();
  if (registry) return registry;
  if (process.env.CI === 'true') throw new Error(`The release tests need dockerd and the test registry: ${missing}`);
  console.warn(`Skipping the release tests: ${missing}`);
  return undefined;
}

function auth(r: TestRegistry, password = r.password): string {
  return `Basic ${Buffer.from(`${r.user}:${password}`).toString('base64')}`;
}

/** GET /v2/<repo>/tags/list: the tags, sorted; [] when the repository does not exist. */
export async function listTags(r: TestRegistry, repo: string): Promise<string[]> {
  const res = await fetch(`http://${r.host}/v2/${repo}/tags/list`, { headers: { Authorization: auth(r) } });
  if (res.status === 404) return [];
  if (!res.ok) throw new Error(`tags/list for ${repo}: HTTP ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { tags: string[] | null };
  return [...(body.tags ?? [])].sort();
}

/** HEAD /v2/<repo>/manifests/<tag>: the Docker-Content-Digest of the tag. */
export async function manifestDigest(r: TestRegistry, repo: string, tag: string): Promise<string> {
  const res = await fetch(`http://${r.host}/v2/${repo}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      Authorization: auth(r),
      Accept: [
        'application/vnd.oci.image.index.v1+json',
        'application/vnd.docker.distribution.manifest.list.v2+json',
        'application/vnd.docker.distribution.manifest.v2+json',
        'application/vnd.oci.image.manifest.v1+json',
      ].join(', '),
    },
  });
  if (!res.ok) throw new Error(`manifest ${repo}:${tag}: HTTP ${res.status}`);
  const digest = res.headers.get('docker-content-digest');
  if (!digest) throw new Error(`manifest ${repo}:${tag}: no Docker-Content-Digest header`);
  return digest;
}

/** Runs docker with a throw-away DOCKER_CONFIG logged in to the test registry (for pulling back). */
export function withLoggedInDocker<T>(
  r: TestRegistry,
  fn: (docker: (...args: string[]) => { status: number; stdout: string; stderr: string }) => T,
): T {
  const config = mkdtempSync(join(tmpdir(), 'rp-test-docker-'));
  const env = { ...process.env, DOCKER_CONFIG: config };
  const docker = (...args: string[]) => {
    const res = spawnSync('docker', args, { env, encoding: 'utf8', timeout: 300_000 });
    return { status: res.status ?? 1, stdout: res.stdout ?? '', stderr: res.stderr ?? '' };
  };
  try {
    const login = spawnSync('docker', ['login', '--username', r.user, '--password-stdin', r.host], {
      env,
      input: r.password,
      encoding: 'utf8',
    });
    if (login.status !== 0) throw new Error(`test login to ${r.host} failed: ${login.stderr}`);
    return fn(docker);
  } finally {
    rmSync(config, { recursive: true, force: true });
  }
}

/** Removes local images (ignoring ones already gone). */
export function removeImages(refs: readonly string[]): void {
  if (refs.length) spawnSync('docker', ['rmi', '--force', ...refs], { stdio: 'ignore' });
}

/** True when nothing accepts connections on host:port. */
export async function nothingListens(hostPort: string): Promise<boolean> {
  try {
    await fetch(`http://${hostPort}/v2/`, { signal: AbortSignal.timeout(3000) });
    return false;
  } catch {
    return true;
  }
}
