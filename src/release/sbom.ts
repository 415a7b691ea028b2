// A CycloneDX 1.5 SBOM for one release binary, built with the CycloneDX project's library: the
// crates linked into it for its target and feature set (the normal dependencies `cargo metadata
// --filter-platform <target>` resolves from the binary's package; no dev- or build-dependencies),
// each with name, version, purl, license expression, source and the sha256 Cargo.lock records; the
// dependency graph; the binary itself as the main component with its own sha256.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { PackageURL } from 'packageurl-js';

export interface MetaPackage {
  id: string;
  name: string;
  version: string;
  license?: string | null;
  source?: string | null;
}
export interface MetaNode {
  id: string;
  deps: { pkg: string; dep_kinds: { kind: string | null }[] }[];
}
/** What the SBOM needs of `cargo metadata --format-version 1 --filter-platform <target>`. */
export interface Metadata {
  packages: MetaPackage[];
  resolve: { nodes: MetaNode[] } | null;
}

/** The packages linked from `root` by normal dependencies (the root first), in graph order. */
export function linkedPackages(meta: Metadata, root: string): { ids: string[]; edges: Map<string, string[]> } {
  const nodes = new Map((meta.resolve?.nodes ?? []).map((n) => [n.id, n]));
  const edges = new Map<string, string[]>();
  const seen = new Set<string>([root]);
  const queue = [root];
  while (queue.length) {
    const id = queue.shift()!;
    const normal = (nodes.get(id)?.deps ?? [])
      .filter((d) => d.dep_kinds.some((k) => k.kind === null))
      .map((d) => d.pkg);
    edges.set(id, normal);
    for (const dep of normal) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      queue.push(dep);
    }
  }
  return { ids: [...seen], edges };
}

/** `name@version` → sha256 from Cargo.lock's `checksum = "…"` lines. */
export function lockChecksums(lockText: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of lockText.split(/^\[\[package\]\]\s*$/m)) {
    const name = /^name\s*=\s*"([^"]+)"/m.exec(block)?.[1];
    const version = /^version\s*=\s*"([^"]+)"/m.exec(block)?.[1];
    const sum = /^checksum\s*=\s*"([0-9a-f]{64})"/m.exec(block)?.[1];
    if (name && version && sum) out.set(`${name}@${version}`, sum);
  }
  return out;
}

export interface SbomInput {
  meta: Metadata;
  /** Package id of the binary's package. */
  root: string;
  lockText: string;
  binary: { name: string; sha256: string };
  target: string;
}

function component(p: MetaPackage, sha256: string | undefined, type: Enums.ComponentType): Models.Component {
  const purl = new PackageURL('cargo', undefined, p.name, p.version, undefined, undefined);
  const c = new Models.Component(type, p.name, { version: p.version, bomRef: purl.toString(), purl: purl.toString() });
  if (p.license) c.licenses.add(new Models.LicenseExpression(p.license));
  if (sha256) c.hashes.set(Enums.HashAlgorithm['SHA-256'], sha256);
  c.properties.add(new Models.Property('cdx:cargo:source', p.source ?? 'local'));
  return c;
}

/** The SBOM as CycloneDX 1.5 JSON text. */
export function buildSbom(input: SbomInput): string {
  const packages = new Map(input.meta.packages.map((p) => [p.id, p]));
  const sums = lockChecksums(input.lockText);
  const { ids, edges } = linkedPackages(input.meta, input.root);
  const bom = new Models.Bom();
  const byId = new Map<string, Models.Component>();
  for (const id of ids) {
    const p = packages.get(id);
    if (!p) continue;
    const isRoot = id === input.root;
    const c = component(
      p,
      isRoot ? input.binary.sha256 : sums.get(`${p.name}@${p.version}`),
      isRoot ? Enums.ComponentType.Application : Enums.ComponentType.Library,
    );
    if (isRoot) {
      c.name = input.binary.name;
      c.properties.add(new Models.Property('cdx:cargo:target', input.target));
      bom.metadata.component = c;
    } else bom.components.add(c);
    byId.set(id, c);
  }
  for (const [id, deps] of edges) {
    const c = byId.get(id);
    for (const d of deps) {
      const ref = byId.get(d)?.bomRef;
      if (c && ref) c.dependencies.add(ref);
    }
  }
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot5));
  return serializer.serialize(bom, { sortLists: true, space: 2 });
}

/** The binary's package among the workspace members of `cargo metadata`. */
export function rootPackage(meta: Metadata & { workspace_members?: string[] }, name: string): string | undefined {
  const members = new Set(meta.workspace_members ?? []);
  return meta.packages.find((p) => p.name === name && members.has(p.id))?.id;
}
