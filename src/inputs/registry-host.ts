// The registry host check: what docker login takes (the docker-registry input, and the hosts post logs out of).
/**
 * A registry as `docker login` takes it: a host name, an IPv4 address or a bracketed IPv6 address,
 * with an optional port; no scheme, path, user or spaces (they would reach docker's argv).
 */
export function isRegistryHost(value: string): boolean {
  const m =
    /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)(?::(\d{1,5}))?$/.exec(
      value,
    );
  if (!m || value.length > 253) return false;
  return m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 65535);
}
