export const id = 791;
export const ids = [791];
export const modules = {

/***/ 2788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ createdAt),
/* harmony export */   K9: () => (/* binding */ imageVersion),
/* harmony export */   TT: () => (/* binding */ ociLabels),
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   rK: () => (/* binding */ imageTags),
/* harmony export */   rd: () => (/* binding */ parseRef)
/* harmony export */ });
/* unused harmony exports sanitizeTag, isReservedTag, refTag */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
// Image tags from the git ref (semver for tags), OCI labels, and the registry host of an image name.

function parseRef(ref) {
    if (ref.startsWith('refs/tags/')) {
        const name = ref.slice('refs/tags/'.length);
        const version = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(name.replace(/^[vV](?=\d)/, '')) ?? undefined;
        return { kind: 'tag', name, ...(version ? { version } : {}) };
    }
    if (ref.startsWith('refs/heads/'))
        return { kind: 'branch', name: ref.slice('refs/heads/'.length) };
    const pull = /^refs\/pull\/(\d+)\//.exec(ref);
    if (pull)
        return { kind: 'pull', name: pull[1] };
    return { kind: 'other', name: '' };
}
/**
 * Makes any text a valid Docker tag: letters, digits, "_", "." and "-", not starting with "." or
 * "-", at most 128 characters. "feature/login" → "feature-login".
 */
function sanitizeTag(text) {
    const t = text
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128)
        .replace(/[.-]+$/, '');
    return t;
}
/**
 * Tags only a version tag, a commit or a pull request may produce: "latest", versions ("1", "1.2",
 * "1.2.3-rc.1", "1.2.3_build.7"), "sha-…" and "pr-N". For branches the guard is wider: anything
 * that reads like a version ("v1", "v2.0") is kept away too, since people pull such tags as releases.
 */
function isReservedTag(tag, kind) {
    const version = kind === 'branch' ? /^v?\d+(?:[._-]|$)/i : /^\d+(?:[._-]|$)/;
    return /^latest$/i.test(tag) || version.test(tag) || /^sha-/i.test(tag) || /^pr-\d+$/i.test(tag);
}
/**
 * The tag for a branch or a non-version git tag: sanitized, lower case, at most 128 characters, and
 * prefixed ("branch-", "tag-") when it would look like a release tag: a branch named "latest" or
 * "1.2.3" must not move the release's tags.
 */
function refTag(kind, name) {
    const t = sanitizeTag(name.toLowerCase());
    if (t !== '' && !isReservedTag(t, kind))
        return t;
    return sanitizeTag(`${kind}-${t}`);
}
/**
 * Tags for a ref:
 *   v1.2.3          → 1.2.3, 1.2, 1, latest  (0.y.z versions get no bare "0" tag: it would float across breaking changes)
 *   v2.0.0-rc.1     → 2.0.0-rc.1 only
 *   v1.2.3+build.7  → 1.2.3_build.7, 1.2, 1, latest ("+" is not allowed in tags)
 *   other tag       → the tag name, sanitized (refTag: "tag-…" when it looks like a release tag)
 *   branch          → the branch name, sanitized ("branch-latest", "branch-1.2.3": never a release tag)
 *   pull request    → pr-<number>
 * plus sha-<7 chars> whenever the commit is known, plus the docker-tags input.
 */
function imageTags(o) {
    if (o.replace)
        return dedupe(o.extra);
    const tags = [];
    const ref = parseRef(o.ref);
    if (ref.kind === 'tag' && ref.version) {
        const v = ref.version;
        tags.push(sanitizeTag(v.build.length ? `${v.version}_${v.build.join('.')}` : v.version));
        if (v.prerelease.length === 0) {
            tags.push(`${v.major}.${v.minor}`);
            if (v.major > 0)
                tags.push(`${v.major}`);
            tags.push('latest');
        }
    }
    else if (ref.kind === 'tag' || ref.kind === 'branch') {
        tags.push(refTag(ref.kind, ref.name));
    }
    else if (ref.kind === 'pull') {
        tags.push(`pr-${ref.name}`);
    }
    if (/^[0-9a-f]{7,}$/i.test(o.sha))
        tags.push(`sha-${o.sha.slice(0, 7).toLowerCase()}`);
    tags.push(...o.extra);
    return dedupe(tags);
}
function dedupe(tags) {
    return [...new Set(tags)];
}
/** The version an image carries in its labels: the semver version, else the branch or tag name, else sha-<short>. */
function imageVersion(ref, sha) {
    const r = parseRef(ref);
    if (r.version)
        return r.version.version;
    if (r.kind === 'tag' || r.kind === 'branch')
        return refTag(r.kind, r.name);
    if (r.kind === 'pull')
        return `pr-${r.name}`;
    return sha ? `sha-${sha.slice(0, 7)}` : '';
}
/** OCI annotation labels (org.opencontainers.image.*), then the user's labels; empty values are left out. */
function ociLabels(o) {
    const auto = [
        ['org.opencontainers.image.source', o.source],
        ['org.opencontainers.image.revision', o.revision],
        ['org.opencontainers.image.version', o.version],
        ['org.opencontainers.image.created', o.created.toISOString().replace(/\.\d{3}Z$/, 'Z')],
        ['org.opencontainers.image.title', o.title],
        ['org.opencontainers.image.description', o.description],
        ['org.opencontainers.image.licenses', o.licenses],
    ];
    const labels = new Map();
    for (const [k, v] of auto)
        if (v)
            labels.set(k, v);
    for (const line of o.extra) {
        const eq = line.indexOf('=');
        labels.set(line.slice(0, eq), line.slice(eq + 1));
    }
    return [...labels];
}
/**
 * The registry an image name lives on, as `docker login` wants it: the first path component when it
 * looks like a host (has a "." or ":", or is "localhost"), else Docker Hub ("docker.io").
 */
function registryHost(image) {
    const slash = image.indexOf('/');
    if (slash < 0)
        return 'docker.io';
    const first = image.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost')
        return first === 'index.docker.io' ? 'docker.io' : first;
    return 'docker.io';
}
/** The time an image says it was created: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
function createdAt(env, now = () => new Date()) {
    const epoch = env.SOURCE_DATE_EPOCH;
    if (epoch && /^\d+$/.test(epoch))
        return new Date(Number(epoch) * 1000);
    return now();
}


/***/ }),

/***/ 791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildStage: () => (/* binding */ buildStage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cargo/commands.ts
var commands = __webpack_require__(4212);
// EXTERNAL MODULE: ./src/cargo/metadata.ts
var metadata = __webpack_require__(9899);
// EXTERNAL MODULE: ./src/cargo/audit.ts
var audit = __webpack_require__(7823);
// EXTERNAL MODULE: ./src/cargo/audit-findings.ts
var audit_findings = __webpack_require__(6314);
// EXTERNAL MODULE: ./src/paths.ts
var src_paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/exec.ts + 2 modules
var exec = __webpack_require__(3738);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/tools/advisory-db-checkout.ts
var advisory_db_checkout = __webpack_require__(4172);
// EXTERNAL MODULE: ./src/tools/index.ts + 6 modules
var src_tools = __webpack_require__(4640);
;// CONCATENATED MODULE: ./src/release/auditable.ts
// Auditable release binaries: `cargo auditable build` (the same arguments as `cargo build`) embeds
// the dependency list in the binary; `cargo audit bin` then checks the built binary against the
// advisory database before it ships, and years later anyone can run it again on the shipped file.










/** The build command run through cargo-auditable: `<cargo-auditable> auditable build …`. */
function auditableCommand(cmd, tool) {
    return { ...cmd, program: tool.path, args: [tool.subcommand, ...cmd.args] };
}
/** cargo-auditable when the auditable input asks for it; an install failure is the build's failure, never a plain build. */
async function requireAuditable(ctx) {
    try {
        return (0,context.ok)(await (0,src_tools/* requireTool */.Y0)(ctx, 'cargo-auditable'));
    }
    catch (e) {
        const finding = {
            level: 'error',
            title: 'cargo-auditable',
            message: `${e.message}\nThe binary was not built: auditable is true. Set auditable: false to build without the embedded dependency list.`,
        };
        return (0,context/* stop */.ds)((0,context/* result */.Ke)('failure', 'cargo-auditable could not be installed', { findings: [finding] }));
    }
}
const auditFailure = (summary, message) => ({
    status: 'failure',
    summary,
    findings: [{ level: 'error', title: 'cargo audit bin', message }],
});
/** `cargo audit bin <binary>` against the audit stage's database, without fetching a fresh copy when it is current. */
async function auditBinary(ctx, binary) {
    let tool;
    try {
        tool = await (0,src_tools/* requireTool */.Y0)(ctx, 'cargo-audit');
    }
    catch (e) {
        return auditFailure('cargo-audit missing', `${e.message}\nThe built binary could not be audited.`);
    }
    const res = await runAuditBin(ctx, tool, binary);
    let report;
    try {
        report = (0,audit/* parseAuditJson */.FA)(res.stdout);
    }
    catch {
        const message = `cargo audit bin ${binary} failed (exit ${res.code}):\n${(0,src_text/* lastLines */.w$)(res.stderr || res.stdout)}`;
        return auditFailure('cargo audit bin failed', message);
    }
    return binaryAuditOf(ctx, report);
}
async function runAuditBin(ctx, tool, binary) {
    const plan = (0,advisory_db_checkout/* planAdvisoryDb */.dj)(ctx.toolDir, ctx.inputs.audit.db, (0,clock/* now */.tB)(ctx.env));
    const args = (0,audit/* auditBinArgs */.i0)({
        subcommand: tool.subcommand,
        db: plan.path,
        fetch: plan.fetch,
        ignore: ctx.inputs.audit.ignore,
        binary,
    });
    (0,context/* logCommand */.QW)(ctx.log, 'cargo-audit', args);
    return ctx.profiler.measure('cargo audit bin', () => ctx.exec(tool.path, args, {
        cwd: ctx.cwd,
        env: ctx.env,
        echo: 'stderr',
        timeoutMs: 600_000,
        keepBytes: exec/* WHOLE_OUTPUT_BYTES */.QB,
    }));
}
/** The binary's advisories as findings on Cargo.lock (titled "binary: …"); a vulnerability fails it. */
function binaryAuditOf(ctx, report) {
    const lockfile = (0,src_paths/* findUp */.dJ)(ctx.cwd, ctx.repoRoot, ['Cargo.lock']);
    const lockText = lockfile ? (0,external_node_fs_.readFileSync)(lockfile, 'utf8') : '';
    const lockRel = lockfile ? (0,src_paths/* repoRelative */.Ne)(lockfile, ctx.cwd, ctx.repoRoot) : undefined;
    const findings = (0,audit_findings/* auditFindings */.y1)(report, lockText, lockRel, false).map((f) => ({ ...f, title: `binary: ${f.title}` }));
    const vulns = report.vulnerabilities.length;
    return {
        status: vulns > 0 ? 'failure' : 'success',
        summary: `cargo audit bin: ${(0,src_text/* plural */.LS)(vulns, 'vulnerability', 'vulnerabilities')}`,
        findings,
        report,
    };
}
/** The build's result with the binary's audit: its findings, a summary line, failed on a vulnerability. */
function withBinaryAudit(built, audit) {
    if (built.status !== 'success' && built.status !== 'failure')
        return built;
    return {
        ...built,
        status: (0,context/* worstStatus */.A4)([built.status, audit.status]),
        summary: `${built.summary}; ${audit.summary}`,
        findings: [...built.findings, ...audit.findings],
        blocks: [...built.blocks, { kind: 'text', text: `Auditable binary (cargo auditable build); ${audit.summary}.` }],
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(6820);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var models = __webpack_require__(320);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js
var index_node = __webpack_require__(1248);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var spec = __webpack_require__(4321);
// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(7091);
;// CONCATENATED MODULE: ./src/release/sbom.ts
// A CycloneDX 1.5 SBOM for one release binary, built with the CycloneDX project's library: the
// crates linked into it for its target and feature set (the normal dependencies `cargo metadata
// --filter-platform <target>` resolves from the binary's package; no dev- or build-dependencies),
// each with name, version, purl, license expression, source and the sha256 Cargo.lock records; the
// dependency graph; the binary itself as the main component with its own sha256.





/** The packages linked from `root` by normal dependencies (the root first), in graph order. */
function linkedPackages(meta, root) {
    const nodes = new Map((meta.resolve?.nodes ?? []).map((n) => [n.id, n]));
    const edges = new Map();
    const seen = new Set([root]);
    const queue = [root];
    while (queue.length) {
        const id = queue.shift();
        const normal = (nodes.get(id)?.deps ?? [])
            .filter((d) => d.dep_kinds.some((k) => k.kind === null))
            .map((d) => d.pkg);
        edges.set(id, normal);
        for (const dep of normal) {
            if (seen.has(dep))
                continue;
            seen.add(dep);
            queue.push(dep);
        }
    }
    return { ids: [...seen], edges };
}
/** `name@version` → sha256 from Cargo.lock's `checksum = "…"` lines. */
function lockChecksums(lockText) {
    const out = new Map();
    for (const block of lockText.split(/^\[\[package\]\]\s*$/m)) {
        const name = /^name\s*=\s*"([^"]+)"/m.exec(block)?.[1];
        const version = /^version\s*=\s*"([^"]+)"/m.exec(block)?.[1];
        const sum = /^checksum\s*=\s*"([0-9a-f]{64})"/m.exec(block)?.[1];
        if (name && version && sum)
            out.set(`${name}@${version}`, sum);
    }
    return out;
}
function component(p, sha256, type) {
    const purl = new packageurl_js.PackageURL('cargo', undefined, p.name, p.version, undefined, undefined);
    const c = new models.Component(type, p.name, { version: p.version, bomRef: purl.toString(), purl: purl.toString() });
    if (p.license)
        c.licenses.add(new models.LicenseExpression(p.license));
    if (sha256)
        c.hashes.set(enums.HashAlgorithm['SHA-256'], sha256);
    c.properties.add(new models.Property('cdx:cargo:source', p.source ?? 'local'));
    return c;
}
/** The SBOM as CycloneDX 1.5 JSON text. */
function buildSbom(input) {
    const packages = new Map(input.meta.packages.map((p) => [p.id, p]));
    const sums = lockChecksums(input.lockText);
    const { ids, edges } = linkedPackages(input.meta, input.root);
    const bom = new models.Bom();
    const byId = new Map();
    for (const id of ids) {
        const p = packages.get(id);
        if (!p)
            continue;
        const isRoot = id === input.root;
        const c = component(p, isRoot ? input.binary.sha256 : sums.get(`${p.name}@${p.version}`), isRoot ? enums.ComponentType.Application : enums.ComponentType.Library);
        if (isRoot) {
            c.name = input.binary.name;
            c.properties.add(new models.Property('cdx:cargo:target', input.target));
            bom.metadata.component = c;
        }
        else
            bom.components.add(c);
        byId.set(id, c);
    }
    for (const [id, deps] of edges) {
        const c = byId.get(id);
        for (const d of deps) {
            const ref = byId.get(d)?.bomRef;
            if (c && ref)
                c.dependencies.add(ref);
        }
    }
    const serializer = new index_node.JsonSerializer(new index_node.JSON.Normalize.Factory(spec.Spec1dot5));
    return serializer.serialize(bom, { sortLists: true, space: 2 });
}
/** The binary's package among the workspace members of `cargo metadata`. */
function rootPackage(meta, name) {
    const members = new Set(meta.workspace_members ?? []);
    return meta.packages.find((p) => p.name === name && members.has(p.id))?.id;
}

;// CONCATENATED MODULE: ./src/release/sbom-step.ts
// The build stage's SBOM step: `cargo metadata --filter-platform <target>` for the binary's target,
// then `<binary>.cdx.json` beside the binary (beside its archive once archives exist).








function sbomMetadataArgs(target) {
    return ['metadata', '--format-version', '1', '--filter-platform', target];
}
/** Writes `<binary>.cdx.json`; returns its path, or a finding saying why it could not. */
async function writeSbom(ctx, w) {
    const args = sbomMetadataArgs(w.target);
    (0,context/* logCommand */.QW)(ctx.log, 'cargo', args, w.toolchain);
    const res = await ctx.profiler.measure('SBOM (cargo metadata)', () => ctx.exec('cargo', args, {
        cwd: ctx.cwd,
        env: { ...ctx.env, ...(0,commands/* toolchainEnv */.JL)(w.toolchain) },
        echo: 'stderr',
        keepBytes: exec/* WHOLE_OUTPUT_BYTES */.QB,
    }));
    const fail = (message) => (0,context/* stop */.ds)({ level: 'error', title: 'SBOM', message });
    if (res.code !== 0)
        return fail(`cargo ${args.join(' ')} failed:\n${(0,src_text/* lastLines */.w$)(res.stderr)}`);
    const meta = JSON.parse(res.stdout);
    const root = rootPackage(meta, w.packageName);
    if (!root)
        return fail(`package ${w.packageName} is not among the workspace members of cargo metadata.`);
    const lock = (0,src_paths/* findUp */.dJ)(ctx.cwd, ctx.repoRoot, ['Cargo.lock']);
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(w.binary)).digest('hex');
    const json = buildSbom({
        meta,
        root,
        lockText: lock ? (0,external_node_fs_.readFileSync)(lock, 'utf8') : '',
        binary: { name: w.binName, sha256 },
        target: w.target,
    });
    const path = `${w.binary}.cdx.json`;
    (0,external_node_fs_.writeFileSync)(path, json);
    return (0,context.ok)(path);
}
/** The build's result with the SBOM: output `sbom` and a summary line; a failure to write it fails the build. */
function withSbom(built, sbom) {
    if (!sbom.ok)
        return { ...built, status: 'failure', findings: [...built.findings, sbom.result] };
    return {
        ...built,
        outputs: { ...built.outputs, sbom: sbom.value },
        blocks: [...built.blocks, { kind: 'text', text: `SBOM (CycloneDX 1.5): \`${sbom.value}\`` }],
    };
}

// EXTERNAL MODULE: ./src/cargo/rustup.ts
var rustup = __webpack_require__(1525);
// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __webpack_require__(1318);
;// CONCATENATED MODULE: ./src/release/build-plan.ts
// Pure builders for the release build: which target, whether and how to link statically, the size
// profile, the cargo argv and environment, and where the binary lands.





/** opt-level z, fat LTO, one codegen unit, symbols stripped, abort on panic — all through env, no file is edited. */
const SIZE_PROFILE_ENV = {
    CARGO_PROFILE_RELEASE_OPT_LEVEL: 'z',
    CARGO_PROFILE_RELEASE_LTO: 'true',
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS: '1',
    CARGO_PROFILE_RELEASE_STRIP: 'true',
    CARGO_PROFILE_RELEASE_PANIC: 'abort',
};
const CRT_STATIC = '-C target-feature=+crt-static';
/**
 * GNU ld stamps a PE file with the link time by default: without it, a Windows binary (and its
 * archive) built twice from one commit would differ.
 */
const NO_PE_TIMESTAMP = '-C link-arg=-Wl,--no-insert-timestamp';
function isLinuxTarget(triple) {
    return /-linux-/.test(triple) || triple.endsWith('-linux');
}
function isMuslTarget(triple) {
    return /-linux-musl/.test(triple);
}
function isWindowsTarget(triple) {
    return triple.includes('-windows-');
}
/** The triple in `rustc -vV` output ("host: x86_64-unknown-linux-gnu"). */
function parseRustcHost(vV) {
    return /^host:\s*(\S+)\s*$/m.exec(vV)?.[1];
}
/** static: auto means true for linux targets (musl or glibc), false elsewhere. */
function wantStatic(setting, target) {
    return setting === 'auto' ? isLinuxTarget(target) : setting === 'true';
}
/**
 * Decides how to build. On a glibc target, crt-static goes in RUSTFLAGS; --target is then always
 * passed, because with --target cargo applies RUSTFLAGS to the target only, not to build scripts
 * and proc-macros (which cannot be built with crt-static).
 */
function planBuild(o) {
    const target = o.target ?? o.host;
    const isStatic = wantStatic(o.static, target);
    const staticVia = !isStatic ? undefined : isMuslTarget(target) ? 'musl' : 'crt-static';
    return {
        target,
        explicitTarget: o.target !== undefined || staticVia === 'crt-static',
        static: isStatic,
        ...(staticVia ? { staticVia } : {}),
        needsTarget: target !== o.host,
    };
}
/** RUSTFLAGS with crt-static added to what the user already set (never replacing it). */
function appendRustflags(env, flags) {
    // CARGO_ENCODED_RUSTFLAGS wins over RUSTFLAGS in cargo: extend whichever one is in effect.
    const encoded = env.CARGO_ENCODED_RUSTFLAGS;
    if (encoded !== undefined && encoded !== '') {
        return { CARGO_ENCODED_RUSTFLAGS: [encoded, ...flags.split(/\s+/)].join('\x1f') };
    }
    const current = (env.RUSTFLAGS ?? '').trim();
    if (current.split(/\s+/).join(' ').includes(flags))
        return { RUSTFLAGS: current };
    return { RUSTFLAGS: current ? `${current} ${flags}` : flags };
}
/**
 * Cargo config files (from `dir` up to `stopAt`, then CARGO_HOME) that set rustflags: cargo ignores
 * those once RUSTFLAGS is set in the environment, so the build warns about them.
 */
function configRustflagFiles(dir, stopAt, cargoHome, read) {
    const dirs = [];
    let cur = dir;
    for (;;) {
        dirs.push((0,external_node_path_.join)(cur, '.cargo'));
        const up = (0,external_node_path_.dirname)(cur);
        if (cur === stopAt || up === cur || !cur.startsWith(stopAt))
            break;
        cur = up;
    }
    if (cargoHome)
        dirs.push(cargoHome);
    const hits = [];
    for (const d of dirs) {
        for (const name of ['config.toml', 'config']) {
            const text = read((0,external_node_path_.join)(d, name));
            if (text !== undefined && /^\s*rustflags\s*=/m.test(text))
                hits.push((0,external_node_path_.join)(d, name));
        }
    }
    return hits;
}
/** The flags the release build adds to RUSTFLAGS: crt-static for a static glibc build, no PE time stamp for windows-gnu. */
function releaseRustflags(plan) {
    const flags = [];
    if (plan.staticVia === 'crt-static')
        flags.push(CRT_STATIC);
    if (/-windows-gnu/.test(plan.target) && plan.explicitTarget)
        flags.push(NO_PE_TIMESTAMP);
    return flags;
}
function cargoBuildCommand(o) {
    const args = ['build', '--release'];
    if (o.locked)
        args.push('--locked');
    if (o.package)
        args.push('--package', o.package);
    args.push('--bin', o.bin);
    if (o.plan.explicitTarget)
        args.push('--target', o.plan.target);
    if (o.targetDir)
        args.push('--target-dir', o.targetDir);
    const env = {};
    if (o.profile === 'size')
        Object.assign(env, SIZE_PROFILE_ENV);
    const flags = releaseRustflags(o.plan);
    if (flags.length)
        Object.assign(env, appendRustflags(o.baseEnv, flags.join(' ')));
    if (o.ccEnv)
        Object.assign(env, o.ccEnv);
    return { args, env };
}
/** Where cargo puts the binary: <target-dir>[/<triple>]/release/<bin>[.exe]. */
function binaryPath(targetDir, plan, bin) {
    const name = isWindowsTarget(plan.target) ? `${bin}.exe` : bin;
    return plan.explicitTarget ? (0,external_node_path_.join)(targetDir, plan.target, 'release', name) : (0,external_node_path_.join)(targetDir, 'release', name);
}
function rustupTargetAddCommand(target, toolchain) {
    return ['target', 'add', ...(toolchain ? [`--toolchain=${toolchain}`] : []), '--', target];
}
function rustupInstalledTargetsCommand(toolchain) {
    return ['target', 'list', '--installed', ...(toolchain ? [`--toolchain=${toolchain}`] : [])];
}
/** The message when `rustup target add` failed: what happened, for which toolchain, and how to fix it. */
function targetAddError(target, output, toolchain) {
    const detail = (0,rustup/* rustupError */.kZ)(output);
    const command = ['rustup', ...rustupTargetAddCommand(target, toolchain)].join(' ');
    return [
        `Could not add the Rust target ${target} to the toolchain ${toolchain ?? 'that this directory selects'} with rustup${detail ? `:\n${detail}` : '.'}`,
        `Fix: install it before this step (\`${command}\`), e.g. in your rust-toolchain.toml (targets = ["${target}"]),`,
        isMuslTarget(target)
            ? `or build for the glibc target (target: ${target.replace(/-musl\w*$/, '-gnu')}) with static: true, which links with crt-static and needs no extra target.`
            : 'or leave the target input empty to build for the host.',
    ].join('\n');
}
/** The packages with their binaries, as the build stage chooses among them. */
function cargoPackages(packages) {
    return packages.map((p) => ({
        name: p.name,
        ...(p.manifestPath ? { dir: (0,external_node_path_.dirname)(p.manifestPath) } : {}),
        version: p.version,
        ...(p.description ? { description: p.description } : {}),
        ...(p.license ? { license: p.license } : {}),
        bins: p.targets.filter((t) => t.kind.includes('bin')).map((t) => t.name),
    }));
}
/** The workspace members' packages and their binaries, from `cargo metadata --no-deps --format-version 1`. */
function parseMetadata(json) {
    const meta = parseCargoMetadata(json);
    return { targetDirectory: meta.targetDirectory, packages: cargoPackages(meta.packages) };
}
/** Picks the binary to build: the `bin` input, else the only binary of the workspace. Throws a message naming the choices. */
function selectBinary(packages, bin) {
    const all = packages.flatMap((p) => p.bins.map((b) => ({ package: p, bin: b })));
    if (bin !== undefined) {
        const hits = all.filter((x) => x.bin === bin);
        if (hits.length === 0) {
            throw new Error((0,errors/* inputProblem */.oi)('bin', bin, `no such binary; allowed: ${all.length ? all.map((x) => x.bin).join(', ') : '(the workspace has no binary)'}.`));
        }
        return hits[0];
    }
    if (all.length === 0)
        throw new Error('The crate has no binary target to build (no src/main.rs or [[bin]]); the build stage needs one.');
    if (all.length > 1) {
        throw new Error(`The workspace has ${all.length} binaries (${all.map((x) => x.bin).join(', ')}); set the "bin" input to the one to build.`);
    }
    return all[0];
}
/** "1.2 MiB" style sizes for the summary. */
/** "-41.3% (1.36 MiB → 820.0 KiB)" */
function formatSizeChange(before, after) {
    const pct = before > 0 ? ((after - before) / before) * 100 : 0;
    return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}% (${(0,src_text/* formatBytes */.z3)(before)} → ${(0,src_text/* formatBytes */.z3)(after)})`;
}
/** The targets `rustc --print target-list` prints, one per line. */
function parseTargetList(stdout) {
    return new Set(stdout
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean));
}
/** The version of a release: the tag's semver version (without "v"), else the package's. */
function releaseVersion(ref, packageVersion) {
    return ref.kind === 'tag' && ref.version ? ref.version.version : packageVersion;
}

;// CONCATENATED MODULE: ./src/release/elf.ts
// Static-linking check by reading the ELF file itself (no ldd, no file(1)): a binary is static when
// it asks for no program interpreter (PT_INTERP) and needs no shared library (DT_NEEDED).
// Handles 32- and 64-bit files of either byte order.

class ElfError extends Error {
    name = 'ElfError';
}
const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const DT_NULL = 0;
const DT_NEEDED = 1;
const DT_STRTAB = 5;
const DT_STRSZ = 10;
const PN_XNUM = 0xffff;
/** Throws ElfError when [offset, offset + length) is not inside a file of `size` bytes. */
function checkRange(offset, length, size) {
    if (offset < 0 || length < 0 || offset + length > size) {
        throw new ElfError(`truncated file: wanted ${length} bytes at offset ${offset}, the file has ${size}`);
    }
}
function bufferSource(buf) {
    return {
        size: buf.length,
        read: (offset, length) => {
            checkRange(offset, length, buf.length);
            return buf.subarray(offset, offset + length);
        },
    };
}
function formatOf(head) {
    if (head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a)
        return { kind: 'not-elf', format: 'PE' };
    if (head.length >= 4) {
        const magic = head.readUInt32BE(0);
        if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic))
            return { kind: 'not-elf', format: 'Mach-O' };
        if (magic === 0x0061736d)
            return { kind: 'not-elf', format: 'wasm' };
    }
    return { kind: 'not-elf', format: 'unknown' };
}
/** Parses the parts of an ELF file that decide static linking. Throws ElfError for a damaged ELF file. */
function readElf(src) {
    const ident = src.read(0, Math.min(16, src.size));
    if (ident.length < 4 || ident[0] !== 0x7f || ident[1] !== 0x45 || ident[2] !== 0x4c || ident[3] !== 0x46)
        return formatOf(ident);
    const r = fieldReader(ident);
    const eh = src.read(0, r.is64 ? 64 : 52);
    const segments = programHeaders(src, r, eh);
    const interp = segments.find((s) => s.type === PT_INTERP);
    const interpreter = interp ? cString(src.read(interp.offset, interp.filesz), 0) : undefined;
    const needed = neededLibraries(src, r, segments);
    return {
        kind: 'elf',
        bits: r.is64 ? 64 : 32,
        endian: r.le ? 'little' : 'big',
        type: r.u16(eh, 16),
        machine: r.u16(eh, 18),
        ...(interpreter !== undefined ? { interpreter } : {}),
        needed,
        static: interpreter === undefined && needed.length === 0,
    };
}
function fieldReader(ident) {
    if (ident.length < 16)
        throw new ElfError('truncated ELF identification');
    const cls = ident[4];
    const data = ident[5];
    if (cls !== 1 && cls !== 2)
        throw new ElfError(`unknown ELF class ${cls}`);
    if (data !== 1 && data !== 2)
        throw new ElfError(`unknown ELF data encoding ${data}`);
    const is64 = cls === 2;
    const le = data === 1;
    const u32 = (b, o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const u64 = (b, o) => {
        const v = le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o);
        if (v > BigInt(Number.MAX_SAFE_INTEGER))
            throw new ElfError(`value 0x${v.toString(16)} at offset ${o} is out of range`);
        return Number(v);
    };
    return {
        is64,
        le,
        u16: (b, o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o)),
        u32,
        u64,
        word: (b, o) => (is64 ? u64(b, o) : u32(b, o)),
        tag: (b, o) => is64 ? Number(le ? b.readBigInt64LE(o) : b.readBigInt64BE(o)) : le ? b.readInt32LE(o) : b.readInt32BE(o),
    };
}
/** The program header table (e_phnum, or section header 0's sh_info when it overflows). */
function programHeaders(src, r, eh) {
    const { is64, u16, u32, u64, word } = r;
    const phoff = word(eh, is64 ? 32 : 28);
    const shoff = word(eh, is64 ? 40 : 32);
    const phentsize = u16(eh, is64 ? 54 : 42);
    let phnum = u16(eh, is64 ? 56 : 44);
    if (phnum === PN_XNUM) {
        // More program headers than fit in e_phnum: the real count is in section header 0's sh_info.
        const sh0 = src.read(shoff, is64 ? 64 : 40);
        phnum = u32(sh0, is64 ? 44 : 28);
    }
    const minEnt = is64 ? 56 : 32;
    if (phnum > 0 && phentsize < minEnt)
        throw new ElfError(`program header entries of ${phentsize} bytes are too small`);
    const segments = [];
    const table = phnum > 0 ? src.read(phoff, phnum * phentsize) : Buffer.alloc(0);
    for (let i = 0; i < phnum; i++) {
        const o = i * phentsize;
        segments.push(is64
            ? { type: u32(table, o), offset: u64(table, o + 8), vaddr: u64(table, o + 16), filesz: u64(table, o + 32) }
            : { type: u32(table, o), offset: u32(table, o + 4), vaddr: u32(table, o + 8), filesz: u32(table, o + 16) });
    }
    return segments;
}
/** The DT_NEEDED names of the dynamic segment, read from its string table. */
function neededLibraries(src, r, segments) {
    const dyn = segments.find((s) => s.type === PT_DYNAMIC);
    if (!dyn)
        return [];
    const entSize = r.is64 ? 16 : 8;
    const body = src.read(dyn.offset, dyn.filesz);
    const neededOffsets = [];
    let strtab;
    let strsz;
    for (let o = 0; o + entSize <= body.length; o += entSize) {
        const t = r.tag(body, o);
        if (t === DT_NULL)
            break;
        const v = r.word(body, o + (r.is64 ? 8 : 4));
        if (t === DT_NEEDED)
            neededOffsets.push(v);
        else if (t === DT_STRTAB)
            strtab = v;
        else if (t === DT_STRSZ)
            strsz = v;
    }
    if (neededOffsets.length === 0)
        return [];
    if (strtab === undefined)
        throw new ElfError('DT_NEEDED entries without a DT_STRTAB');
    // DT_STRTAB is a virtual address: find the loaded segment holding it to get its file offset.
    const at = strtab;
    const load = segments.find((s) => s.type === PT_LOAD && at >= s.vaddr && at < s.vaddr + s.filesz);
    if (!load)
        throw new ElfError(`DT_STRTAB address 0x${at.toString(16)} is in no loaded segment`);
    const fileOff = load.offset + (at - load.vaddr);
    const size = Math.min(strsz ?? load.vaddr + load.filesz - at, src.size - fileOff);
    const strings = src.read(fileOff, size);
    return neededOffsets.map((off) => {
        if (off >= strings.length)
            throw new ElfError(`DT_NEEDED name offset ${off} is outside the string table`);
        return cString(strings, off);
    });
}
function cString(buf, offset) {
    const end = buf.indexOf(0, offset);
    return buf.subarray(offset, end < 0 ? buf.length : end).toString('utf8');
}
/** Reads only the parts of the file the check needs (headers, dynamic section, string table). */
function readElfFile(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        return readElf({
            size,
            read(offset, length) {
                checkRange(offset, length, size);
                const buf = Buffer.alloc(length);
                let done = 0;
                while (done < length) {
                    const n = (0,external_node_fs_.readSync)(fd, buf, done, length - done, offset + done);
                    if (n === 0)
                        throw new ElfError(`unexpected end of file at offset ${offset + done}`);
                    done += n;
                }
                return buf;
            },
        });
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** One line for logs and the summary, e.g. "static (ELF 64-bit LSB)" or "dynamic: needs libc.so.6". */
function describeElf(info) {
    if (info.kind === 'not-elf')
        return `static check does not apply (${info.format === 'unknown' ? 'not an ELF file' : `${info.format} binary`})`;
    const kind = `ELF ${info.bits}-bit ${info.endian === 'little' ? 'LSB' : 'MSB'}`;
    if (info.static)
        return `static (${kind})`;
    const parts = [];
    if (info.needed.length)
        parts.push(`needs ${info.needed.join(', ')}`);
    if (info.interpreter)
        parts.push(`interpreter ${info.interpreter}`);
    return `dynamic (${kind}): ${parts.join('; ')}`;
}

;// CONCATENATED MODULE: ./src/release/header.ts
// What kind of executable a file is, from its header bytes alone (no file(1)): ELF machine, class
// and byte order; PE machine and PE32/PE32+; Mach-O CPU type (thin or universal). The release build
// checks each binary against the target triple it was built for.

const CPU_ARCH_ABI64 = 0x01000000;
const ARCHES = [
    {
        match: /^x86_64$/,
        facts: { name: 'x86-64', bits: 64, endian: 'little', elf: 62, pe: 0x8664, macho: 7 | CPU_ARCH_ABI64 },
    },
    { match: /^i[3-6]86$/, facts: { name: 'x86', bits: 32, endian: 'little', elf: 3, pe: 0x14c, macho: 7 } },
    {
        match: /^(aarch64|arm64)$/,
        facts: { name: 'aarch64', bits: 64, endian: 'little', elf: 183, pe: 0xaa64, macho: 12 | CPU_ARCH_ABI64 },
    },
    { match: /^(arm|armv\d.*|thumbv\d.*)$/, facts: { name: 'arm', bits: 32, endian: 'little', elf: 40, pe: 0x1c4 } },
    { match: /^riscv64/, facts: { name: 'riscv64', bits: 64, endian: 'little', elf: 243 } },
    { match: /^powerpc64le$/, facts: { name: 'powerpc64le', bits: 64, endian: 'little', elf: 21 } },
    { match: /^powerpc64$/, facts: { name: 'powerpc64', bits: 64, endian: 'big', elf: 21 } },
    { match: /^s390x$/, facts: { name: 's390x', bits: 64, endian: 'big', elf: 22 } },
    { match: /^loongarch64$/, facts: { name: 'loongarch64', bits: 64, endian: 'little', elf: 258 } },
];
const ELF_MACHINES = Object.fromEntries(ARCHES.map((a) => [a.facts.elf, a.facts.name]));
const PE_MACHINES = Object.fromEntries(ARCHES.filter((a) => a.facts.pe !== undefined).map((a) => [a.facts.pe, a.facts.name]));
const MACHO_CPUS = Object.fromEntries(ARCHES.filter((a) => a.facts.macho !== undefined).map((a) => [a.facts.macho, a.facts.name]));
/** The format a target's binaries have: PE on Windows, Mach-O on Apple systems, ELF on the Unixes. */
function formatOfTarget(triple) {
    if (triple.includes('-windows'))
        return 'PE';
    if (/-apple-/.test(triple))
        return 'Mach-O';
    if (triple.startsWith('wasm'))
        return 'wasm';
    if (/-(linux|android|freebsd|netbsd|openbsd|dragonfly|illumos|solaris|none)/.test(triple))
        return 'ELF';
    return 'unknown';
}
function archOf(triple) {
    const arch = triple.split('-')[0];
    return ARCHES.find((a) => a.match.test(arch))?.facts;
}
function elfHeader(read) {
    const h = read(0, 20);
    if (h.length < 20 || (h[4] !== 1 && h[4] !== 2) || (h[5] !== 1 && h[5] !== 2))
        return { format: 'unknown' };
    const endian = h[5] === 1 ? 'little' : 'big';
    return {
        format: 'ELF',
        bits: h[4] === 2 ? 64 : 32,
        endian,
        machine: endian === 'little' ? h.readUInt16LE(18) : h.readUInt16BE(18),
    };
}
function peHeader(read) {
    const dos = read(0, 64);
    if (dos.length < 64)
        return { format: 'unknown' };
    const pe = dos.readUInt32LE(0x3c);
    const nt = read(pe, 26);
    if (nt.length < 26 || nt.readUInt32BE(0) !== 0x50450000)
        return { format: 'unknown' };
    // The optional header follows the 20-byte file header: magic 0x10b is PE32, 0x20b PE32+.
    return { format: 'PE', machine: nt.readUInt16LE(4), bits: nt.readUInt16LE(24) === 0x20b ? 64 : 32 };
}
function machoHeader(read, magic) {
    if (magic === 0xcafebabe) {
        // A universal binary: big-endian list of (cputype, cpusubtype, offset, size, align).
        const n = read(4, 4).readUInt32BE(0);
        const table = read(8, Math.min(n, 64) * 20);
        const cpus = [];
        for (let o = 0; o + 20 <= table.length; o += 20) {
            const cpu = table.readUInt32BE(o);
            cpus.push({ bits: cpu & CPU_ARCH_ABI64 ? 64 : 32, cpu });
        }
        return { format: 'Mach-O', cpus };
    }
    const h = read(0, 8);
    const le = magic === 0xcefaedfe || magic === 0xcffaedfe;
    const bits = magic === 0xfeedfacf || magic === 0xcffaedfe ? 64 : 32;
    return { format: 'Mach-O', cpus: [{ bits, cpu: le ? h.readUInt32LE(4) : h.readUInt32BE(4) }] };
}
/** The header of an executable, from the bytes `read` returns. */
function readHeader(read) {
    const head = read(0, 4);
    if (head.length < 4)
        return { format: 'unknown' };
    const magic = head.readUInt32BE(0);
    if (magic === 0x7f454c46)
        return elfHeader(read);
    if (head[0] === 0x4d && head[1] === 0x5a)
        return peHeader(read);
    if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic))
        return machoHeader(read, magic);
    if (magic === 0x0061736d)
        return { format: 'wasm' };
    return { format: 'unknown' };
}
function bufferReader(buf) {
    return (offset, length) => buf.subarray(offset, Math.min(buf.length, offset + length));
}
/** Reads the header of a file on disk (a few hundred bytes at most). */
function readHeaderFile(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        return readHeader((offset, length) => {
            const n = Math.max(0, Math.min(length, size - offset));
            const buf = Buffer.alloc(n);
            let done = 0;
            while (done < n) {
                const got = (0,external_node_fs_.readSync)(fd, buf, done, n - done, offset + done);
                if (got === 0)
                    break;
                done += got;
            }
            return buf.subarray(0, done);
        });
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
const hex = (n) => `0x${n.toString(16)}`;
/** "ELF 64-bit LSB aarch64", "PE32+ x86-64", "Mach-O 64-bit aarch64". */
function describeHeader(h) {
    switch (h.format) {
        case 'ELF':
            return `ELF ${h.bits}-bit ${h.endian === 'little' ? 'LSB' : 'MSB'} ${ELF_MACHINES[h.machine] ?? `machine ${h.machine}`}`;
        case 'PE':
            return `PE${h.bits === 64 ? '32+' : '32'} ${PE_MACHINES[h.machine] ?? `machine ${hex(h.machine)}`}`;
        case 'Mach-O':
            return `Mach-O ${h.cpus.map((c) => `${c.bits}-bit ${MACHO_CPUS[c.cpu] ?? `cpu ${hex(c.cpu)}`}`).join(' + ')}`;
        case 'wasm':
            return 'WebAssembly module';
        default:
            return 'not an executable format this check knows';
    }
}
/** What a binary for `triple` must look like, in words ("ELF 64-bit LSB aarch64"); undefined when not checked. */
function expectedHeader(triple) {
    const format = formatOfTarget(triple);
    const arch = archOf(triple);
    if (!arch)
        return format === 'wasm' ? { format } : undefined;
    if (format === 'ELF')
        return { format, bits: arch.bits, endian: arch.endian, machine: arch.elf };
    if (format === 'PE' && arch.pe !== undefined)
        return { format, bits: arch.bits, machine: arch.pe };
    if (format === 'Mach-O' && arch.macho !== undefined)
        return { format, cpus: [{ bits: arch.bits, cpu: arch.macho }] };
    return format === 'wasm' ? { format } : undefined;
}
function matches(got, want) {
    if (got.format !== want.format)
        return false;
    if (got.format === 'ELF' && want.format === 'ELF')
        return got.bits === want.bits && got.endian === want.endian && got.machine === want.machine;
    if (got.format === 'PE' && want.format === 'PE')
        return got.bits === want.bits && got.machine === want.machine;
    if (got.format === 'Mach-O' && want.format === 'Mach-O')
        return want.cpus.every((w) => got.cpus.some((c) => c.cpu === w.cpu));
    return true;
}
/** Whether the header fits the target: a mismatch names what the file is and what was expected. */
function checkHeader(got, triple) {
    const found = describeHeader(got);
    const want = expectedHeader(triple);
    if (!want)
        return { ok: 'unchecked', found };
    return matches(got, want) ? { ok: true, found } : { ok: false, found, expected: describeHeader(want) };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./src/release/archive.ts
// Reproducible release archives: the same files and the same commit give the same bytes. Entries
// are sorted, carry the commit's time, uid/gid 0 and fixed modes (0755 the binary, 0644 the rest);
// gzip carries no name and no time. tar through tar-stream and zlib, zip through fflate.









/** The earliest time a zip file can carry (MS-DOS dates start in 1980). */
const ZIP_EPOCH = 315_532_800;
/** `<bin>-<version>-<target>.tar.gz`, or `.zip` for a Windows target. */
function archiveName(bin, version, target) {
    return `${archiveStem(bin, version, target)}${isWindowsTarget(target) ? '.zip' : '.tar.gz'}`;
}
function archiveStem(bin, version, target) {
    return `${bin}-${version}-${target}`;
}
/** The package's README*, LICENSE* (or LICENCE*) and CHANGELOG* files, sorted: what an archive ships by default. */
function defaultArchiveFiles(packageDir) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(packageDir);
    }
    catch {
        return [];
    }
    return names
        .filter((n) => /^(README|LICEN[CS]E|CHANGELOG)/i.test(n))
        .filter((n) => (0,external_node_fs_.statSync)((0,external_node_path_.join)(packageDir, n)).isFile())
        .sort();
}
/** The entries of an archive: the binary and the extra files, by name, sorted byte-wise. */
function archiveEntries(binary, extra) {
    const entries = [
        { name: (0,external_node_path_.basename)(binary), path: binary, mode: 0o755 },
        ...extra.map((p) => ({ name: (0,external_node_path_.basename)(p), path: p, mode: 0o644 })),
    ];
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/**
 * zlib writes the OS it was built for into the gzip header (3 on Unix, 10 on Windows): byte 9 is
 * set to 255 ("unknown") so the bytes do not depend on where the archive was made.
 */
function gzipOsUnknown() {
    let first = true;
    return new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            if (first && chunk.length > 9) {
                first = false;
                chunk[9] = 0xff;
            }
            cb(null, chunk);
        },
    });
}
/** Writes `<dir>/<entry>` for each entry into a gzip-compressed tar file at `out`. */
async function writeTarGz(out, dir, entries, mtime) {
    const tar = (0,tar_stream.pack)();
    const when = new Date(mtime * 1000);
    const owner = { uid: 0, gid: 0, uname: '', gname: '', mtime: when };
    const feed = (async () => {
        tar.entry({ name: `${dir}/`, type: 'directory', mode: 0o755, ...owner });
        for (const e of entries) {
            const size = (0,external_node_fs_.statSync)(e.path).size;
            await new Promise((resolve, reject) => {
                const sink = tar.entry({ name: `${dir}/${e.name}`, size, mode: e.mode, type: 'file', ...owner }, (err) => err ? reject(err) : resolve());
                (0,external_node_fs_.createReadStream)(e.path).on('error', reject).pipe(sink);
            });
        }
        tar.finalize();
    })();
    // The gzip header's mtime stays 0 and it has no file name: zlib writes neither.
    const gzip = (0,external_node_zlib_.createGzip)({ level: external_node_zlib_.constants.Z_BEST_COMPRESSION });
    await Promise.all([feed, (0,promises_.pipeline)(tar, gzip, gzipOsUnknown(), (0,external_node_fs_.createWriteStream)(out))]);
}
/**
 * fflate writes a zip entry's time as MS-DOS local time: the date is shifted so that its local
 * fields are the UTC ones, the same whatever the time zone of the machine.
 */
function dosTime(mtime) {
    const utc = new Date(Math.max(mtime, ZIP_EPOCH) * 1000);
    return new Date(utc.getTime() + utc.getTimezoneOffset() * 60_000);
}
/** Writes `<dir>/<entry>` for each entry into a zip file at `out` (Unix modes, deflated). */
function writeZip(out, dir, entries, mtime) {
    const at = dosTime(mtime);
    const files = {
        [`${dir}/`]: [new Uint8Array(0), { os: 3, attrs: (0o040755 << 16) >>> 0, mtime: at, level: 0 }],
    };
    for (const e of entries) {
        files[`${dir}/${e.name}`] = [
            (0,external_node_fs_.readFileSync)(e.path),
            { os: 3, attrs: ((0o100000 | e.mode) << 16) >>> 0, mtime: at, level: 9 },
        ];
    }
    (0,external_node_fs_.writeFileSync)(out, (0,esm/* zipSync */.L)(files));
}
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(path), hash);
    return hash.digest('hex');
}
/** sha256sum's format: `<hex>  <name>` per line (two spaces: text mode), sorted by name. */
function sha256sums(files) {
    return [...files]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((f) => `${f.sha256}  ${f.name}\n`)
        .join('');
}

;// CONCATENATED MODULE: ./src/release/pack.ts
// The release's archives: one per target in `<target dir>/rust-pipeline/dist/`, each with its
// `<archive>.sha256`, and one SHA256SUMS listing them all. The time stamped into them is the
// commit's (SOURCE_DATE_EPOCH when set), so the same commit packs into the same bytes.






const CHECKSUMS = 'SHA256SUMS';
/** `<target dir>/rust-pipeline/dist`: the one place the release's files are written. */
function distDir(targetDirectory) {
    return (0,external_node_path_.join)(targetDirectory, 'rust-pipeline', 'dist');
}
/**
 * The time the archives carry: SOURCE_DATE_EPOCH, else the commit's time (git log -1 --format=%ct),
 * else 1980-01-01 (the earliest a zip can hold) — never the time of the build.
 */
async function sourceDateEpoch(env, exec, repoRoot) {
    const given = env.SOURCE_DATE_EPOCH?.trim();
    if (given && /^\d+$/.test(given))
        return { epoch: Number(given), from: 'SOURCE_DATE_EPOCH' };
    const git = await exec('git', ['log', '-1', '--format=%ct'], { cwd: repoRoot, env, echo: 'none', timeoutMs: 30_000 });
    const ct = git.stdout.trim();
    if (git.code === 0 && /^\d+$/.test(ct))
        return { epoch: Number(ct), from: 'the commit' };
    return { epoch: ZIP_EPOCH, from: 'no commit found: 1980-01-01' };
}
/**
 * The extra files of every archive, as absolute paths: `archive-files` (relative to the package's
 * directory) or the package's README*, LICENSE* and CHANGELOG*. Each must be a file inside the
 * repository (a link leading out of it is refused: its target would be published), and names must
 * differ (archives hold them side by side). Throws a message naming the input.
 */
function extraFiles(packageDir, given, repoRoot) {
    const paths = given
        ? given.map((f) => ({ f, path: (0,external_node_path_.isAbsolute)(f) ? f : (0,external_node_path_.resolve)(packageDir, f) }))
        : defaultArchiveFiles(packageDir).map((f) => ({ f, path: (0,external_node_path_.join)(packageDir, f) }));
    const root = (0,src_paths/* realPathOf */.dN)(repoRoot);
    const seen = new Map();
    for (const { f, path } of paths) {
        if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile())
            throw new Error(`${(0,errors/* inputRef */.io)('archive-files')} names ${JSON.stringify(f)}, which is not a file in ${packageDir}.`);
        if (!(0,src_paths/* isInside */.FK)((0,src_paths/* realPathOf */.dN)(path), root))
            throw new Error(`${given ? `${(0,errors/* inputRef */.io)('archive-files')} names` : 'The archive file'} ${JSON.stringify(f)}, which leads outside the repository (to ${(0,src_paths/* realPathOf */.dN)(path)}): it is not packed.`);
        const name = (0,external_node_path_.basename)(path);
        const twin = seen.get(name);
        if (twin !== undefined)
            throw new Error(`${(0,errors/* inputRef */.io)('archive-files')} names ${JSON.stringify(twin)} and ${JSON.stringify(f)}: both would be ${name} in the archive.`);
        seen.set(name, f);
    }
    return paths.map((p) => p.path);
}
async function packOne(o, b) {
    const name = archiveName(o.bin, o.version, b.target);
    const path = (0,external_node_path_.join)(o.dir, name);
    const entries = archiveEntries(b.path, o.files);
    const top = archiveStem(o.bin, o.version, b.target);
    if (isWindowsTarget(b.target))
        writeZip(path, top, entries, o.mtime);
    else
        await writeTarGz(path, top, entries, o.mtime);
    const sha256 = await sha256File(path);
    (0,external_node_fs_.writeFileSync)(`${path}.sha256`, sha256sums([{ name, sha256 }]));
    return { target: b.target, path, name, sha256, size: (0,external_node_fs_.statSync)(path).size, assets: [`${path}.sha256`] };
}
/**
 * Packs every binary into `dir` (emptied of earlier archives first, so SHA256SUMS and the
 * directory agree) and writes SHA256SUMS.
 */
async function packRelease(o) {
    (0,external_node_fs_.mkdirSync)(o.dir, { recursive: true });
    for (const f of (0,external_node_fs_.readdirSync)(o.dir))
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(o.dir, f), { recursive: true, force: true });
    const archives = [];
    for (const b of o.binaries)
        archives.push(await packOne(o, b));
    const checksums = (0,external_node_path_.join)(o.dir, CHECKSUMS);
    (0,external_node_fs_.writeFileSync)(checksums, sha256sums(archives));
    return { archives, checksums };
}

// EXTERNAL MODULE: ./src/release/tags.ts
var tags = __webpack_require__(2788);
;// CONCATENATED MODULE: ./src/release/build-report.ts







function builtBinary(b) {
    const isStatic = b.elf.kind === 'elf' ? b.elf.static : undefined;
    return {
        target: b.plan.target,
        path: b.path,
        name: (0,external_node_path_.basename)(b.path),
        size: b.size,
        ...(isStatic !== undefined ? { static: isStatic } : {}),
        verified: b.verified.found,
    };
}
function buildData(ctx, c, built, packed) {
    const { build } = ctx.inputs;
    const first = built[0];
    const { chosen } = c;
    const isStatic = first.elf.kind === 'elf' ? first.elf.static : undefined;
    const defaultProfileSize = first.reference?.size;
    return {
        binaryPath: first.path,
        binaryName: chosen.bin,
        size: first.size,
        ...(isStatic !== undefined ? { static: isStatic } : {}),
        elf: describeElf(first.elf),
        needed: first.elf.kind === 'elf' ? first.elf.needed : [],
        target: first.plan.target,
        profile: build.profile,
        package: {
            name: chosen.package.name,
            version: chosen.package.version,
            description: chosen.package.description,
            license: chosen.package.license,
        },
        ...(defaultProfileSize !== undefined ? { defaultProfileSize } : {}),
        buildMs: built.reduce((t, b) => t + b.buildMs, 0),
        ...(first.reference ? { referenceMs: first.reference.ms } : {}),
        binaries: built.map(builtBinary),
        archives: packed.archives,
        ...(packed.checksums ? { checksums: packed.checksums } : {}),
        version: packed.version,
    };
}
function blocksOf(ctx, built, packed) {
    const header = ['binary', 'target', 'profile', 'size', 'linking'];
    const first = built[0];
    const sizeChange = first.reference?.size !== undefined ? formatSizeChange(first.reference.size, first.size) : undefined;
    if (sizeChange !== undefined)
        header.push('vs default release profile');
    const rows = built.map((b, i) => {
        const row = [
            `\`${(0,src_paths/* repoRelative */.Ne)(b.path, ctx.repoRoot, ctx.repoRoot) ?? b.path}\``,
            b.plan.target,
            ctx.inputs.build.profile,
            (0,src_text/* formatBytes */.z3)(b.size),
            describeElf(b.elf),
        ];
        if (sizeChange !== undefined)
            row.push(i === 0 ? sizeChange : '');
        return row;
    });
    const blocks = [{ kind: 'table', header, rows }];
    if (packed.archives.length)
        blocks.push(releaseTable(built, packed.archives));
    const tools = built.flatMap((b) => (b.cc ? [b.cc] : []));
    return [...blocks, ...(0,src_tools/* toolBlocks */.hY)(tools)];
}
/** The release table: target, archive, size, sha256 (short), static, verified. */
function releaseTable(built, archives) {
    return {
        kind: 'table',
        header: ['target', 'archive', 'size', 'sha256', 'static', 'verified'],
        align: ['left', 'left', 'right', 'left', 'left', 'left'],
        rows: archives.map((a, i) => {
            const b = built[i];
            const isStatic = b.elf.kind === 'elf' ? (b.elf.static ? 'yes' : 'no') : 'n/a';
            const verified = b.verified.ok === true
                ? `✓ ${b.verified.found}`
                : b.verified.ok === false
                    ? `✗ ${b.verified.found}`
                    : `unchecked (${b.verified.found})`;
            return [a.target, `\`${a.name}\``, (0,src_text/* formatBytes */.z3)(a.size), `\`${a.sha256.slice(0, 12)}\``, isStatic, verified];
        }),
    };
}
function outputsOf(built, packed) {
    const first = built[0];
    const isStatic = first.elf.kind === 'elf' ? first.elf.static : undefined;
    return {
        'binary-path': first.path,
        'binary-size': String(first.size),
        static: isStatic === undefined ? '' : String(isStatic),
        archives: packed.archives.length
            ? JSON.stringify(packed.archives.map((a) => ({ target: a.target, path: a.path, sha256: a.sha256, size: a.size })))
            : '',
        checksums: packed.checksums ?? '',
    };
}
function summaryOf(c, built, packed) {
    const first = built[0];
    if (built.length > 1) {
        const ok = built.filter((b) => b.problems.length === 0).length;
        return `${c.chosen.bin} for ${built.length} targets (${ok} verified), ${packed.archives.length} archives`;
    }
    const sizeChange = first.reference?.size !== undefined ? formatSizeChange(first.reference.size, first.size) : undefined;
    const isStatic = first.elf.kind === 'elf' ? first.elf.static : undefined;
    const linking = isStatic === undefined ? 'static check n/a' : isStatic ? 'static' : 'dynamic';
    const needed = first.elf.kind === 'elf' && first.elf.needed.length ? ` (needs ${first.elf.needed.join(', ')})` : '';
    return `${c.chosen.bin} ${(0,src_text/* formatBytes */.z3)(first.size)}${sizeChange !== undefined ? ` (${sizeChange.split(' ')[0]} vs release)` : ''}, ${linking}${isStatic === false ? needed : ''}`;
}
function report(ctx, c, built, packed) {
    const findings = built.flatMap((b) => b.problems);
    return (0,context/* result */.Ke)(findings.length ? 'failure' : 'success', summaryOf(c, built, packed), {
        findings,
        outputs: outputsOf(built, packed),
        blocks: blocksOf(ctx, built, packed),
        data: buildData(ctx, c, built, packed),
    });
}

// EXTERNAL MODULE: ./src/stages/cargo-run.ts
var cargo_run = __webpack_require__(3143);
;// CONCATENATED MODULE: ./src/stages/build.ts
// The build stage: a release binary for each target (its C cross toolchain and standard library
// installed when missing), its header and static linking checked, then reproducible archives with
// their checksums; the size profile is applied through CARGO_PROFILE_RELEASE_* env.



















function fail(summary, message, title = 'build') {
    return (0,context/* result */.Ke)('failure', summary, { findings: [{ level: 'error', title, message }] });
}
async function hostTriple(ctx, toolchain) {
    const res = await (0,metadata/* rustcVersion */.eI)(ctx, toolchain);
    const host = res.ok ? parseRustcHost(res.value) : undefined;
    if (!host)
        return (0,context/* stop */.ds)(fail('rustc not usable', `Could not run \`rustc -vV\` to learn the host target: ${res.ok ? 'no host in its output' : (res.res.spawnError ?? (0,src_text/* lastLines */.w$)(res.res.stderr, 5))}`));
    return (0,context.ok)(host);
}
/** The targets rustc does not know (`rustc --print target-list`) stop the stage with an input error. */
async function knownTargets(ctx, toolchain, targets) {
    if (targets.length === 0)
        return context/* DONE */.DH;
    const env = { ...ctx.env, ...(0,commands/* toolchainEnv */.JL)(toolchain) };
    const res = await ctx.exec('rustc', ['--print', 'target-list'], {
        cwd: ctx.cwd,
        env,
        echo: 'none',
        timeoutMs: 60_000,
    });
    if (res.code !== 0)
        return context/* DONE */.DH; // cargo build says more when rustc cannot run
    const known = parseTargetList(res.stdout);
    const bad = targets.filter((t) => !known.has(t));
    if (bad.length === 0)
        return context/* DONE */.DH;
    const err = new errors/* InputError */.dz('targets', bad.join(', '), `rustc${toolchain ? ` (toolchain ${toolchain})` : ''} knows no such target; allowed: a triple that \`rustc --print target-list\` prints, e.g. x86_64-unknown-linux-musl, aarch64-unknown-linux-gnu, x86_64-pc-windows-gnu.`);
    return (0,context/* stop */.ds)(fail(`unknown target ${bad.join(', ')}`, err.message, 'targets'));
}
/** Adds a missing target with rustup; a clear error naming the target, the toolchain and the fix when that is impossible. */
async function ensureTarget(ctx, plan, toolchain) {
    if (!plan.needsTarget)
        return context/* DONE */.DH;
    const env = { ...ctx.env, ...(0,commands/* toolchainEnv */.JL)(toolchain) };
    const list = await ctx.exec('rustup', rustupInstalledTargetsCommand(toolchain), { cwd: ctx.cwd, env, echo: 'none' });
    if (list.code === 0 && list.stdout.split('\n').some((l) => l.trim() === plan.target))
        return context/* DONE */.DH;
    if (list.spawnError) {
        const why = 'rustup is not installed, so the target cannot be added automatically.';
        return (0,context/* stop */.ds)(fail('target missing', targetAddError(plan.target, why, toolchain), 'rustup target add'));
    }
    const args = rustupTargetAddCommand(plan.target, toolchain);
    ctx.log.info(`[command]${(0,exec/* formatCommand */.fE)('rustup', args)}`);
    const add = await ctx.exec('rustup', args, { cwd: ctx.cwd, env, timeoutMs: 10 * 60_000 });
    if (add.killed === 'cancelled')
        return (0,context/* stop */.ds)((0,context/* result */.Ke)('cancelled', 'cancelled'));
    if (add.code !== 0) {
        const why = `${add.stderr}\n${add.stdout}`;
        return (0,context/* stop */.ds)(fail('target missing', targetAddError(plan.target, why, toolchain), 'rustup target add'));
    }
    return context/* DONE */.DH;
}
/** The C toolchain of one target: musl-gcc for a host-arch musl target, a cross gcc (or rust-lld) for a foreign one. */
async function targetCc(ctx, plan, host) {
    const cross = await (0,src_tools/* requireCrossCc */.oW)(ctx, plan.target, host);
    if (!cross.ok)
        return (0,context/* stop */.ds)(fail(`no C cross toolchain for ${plan.target}`, cross.result, 'cross toolchain'));
    if (cross.value)
        return cross;
    const musl = await (0,src_tools/* requireMuslCc */.Nd)(ctx, plan.target);
    if (musl.ok)
        return musl;
    ctx.log.warning(musl.result);
    return (0,context.ok)(undefined);
}
async function prepare(ctx) {
    const first = await (0,cargo_run/* firstToolchain */.QT)(ctx, []);
    if (!first.ok)
        return first;
    const toolchain = first.value;
    const host = await ctx.profiler.measure('host target', () => hostTriple(ctx, toolchain));
    if (!host.ok)
        return host;
    const { targets } = ctx.inputs.build;
    const known = await knownTargets(ctx, toolchain, targets);
    if (!known.ok)
        return known;
    return (0,context.ok)({ toolchain, host: host.value, targets: targets.length ? targets : [undefined] });
}
async function chooseBinary(ctx, toolchain) {
    const meta = await (0,metadata/* cargoMetadata */.ge)(ctx, toolchain, { echo: 'stderr' });
    if (!meta.ok) {
        const why = meta.res.code !== 0 ? (0,src_text/* lastLines */.w$)(meta.res.stderr, 10) : meta.why;
        return (0,context/* stop */.ds)(fail('cargo metadata failed', `cargo metadata failed:\n${why}`));
    }
    const packages = cargoPackages(meta.value.packages);
    try {
        return (0,context.ok)({
            targetDirectory: meta.value.targetDirectory,
            chosen: selectBinary(packages, ctx.inputs.build.bin),
            many: packages.length > 1,
        });
    }
    catch (e) {
        return (0,context/* stop */.ds)(fail('no binary', e.message, 'bin'));
    }
}
/** crt-static (and windows-gnu's reproducible time stamp) go through RUSTFLAGS, which makes cargo ignore config-file rustflags: say so. */
function warnIgnoredRustflags(ctx, plan) {
    const flags = releaseRustflags(plan);
    if (flags.length === 0 || ctx.env.RUSTFLAGS || ctx.env.CARGO_ENCODED_RUSTFLAGS)
        return;
    const read = (p) => {
        try {
            return (0,external_node_fs_.readFileSync)(p, 'utf8');
        }
        catch {
            return undefined;
        }
    };
    const files = configRustflagFiles(ctx.cwd, ctx.repoRoot, (0,src_paths/* cargoHomeOf */.nN)(ctx.env), read);
    if (files.length) {
        ctx.log.warning(`The release build of ${plan.target} sets RUSTFLAGS (${flags.join(' ')}), and cargo then ignores the rustflags in ${files.join(', ')}. Put those flags in the RUSTFLAGS environment variable instead (they are kept and these are appended)${plan.staticVia === 'crt-static' ? ', or use a musl target' : ''}.`);
    }
}
function buildFailure(plan, args, res, cc) {
    const hints = [];
    if (plan.staticVia === 'crt-static' && /cannot produce proc-macro|crt-static/i.test(res.stderr))
        hints.push('Static linking with crt-static failed; set static: false, or use a musl target.');
    if (plan.staticVia === 'musl' && !cc && /failed to find tool|musl-gcc/i.test(res.stderr))
        hints.push(`A dependency compiles C code and no musl C compiler was found: install musl-tools before this step.`);
    if (/-apple-/.test(plan.target) && process.platform !== 'darwin')
        hints.push(`Apple targets link with Apple's tools: build ${plan.target} on a macOS runner (mode: plan suggests one).`);
    if (/-windows-msvc/.test(plan.target) && process.platform !== 'win32')
        hints.push(`MSVC targets link with Microsoft's tools: build ${plan.target} on a Windows runner, or use x86_64-pc-windows-gnu.`);
    return fail(`cargo build failed for ${plan.target} (exit ${res.code})`, `${(0,exec/* formatCommand */.fE)('cargo', args)} failed:\n${(0,src_text/* lastLines */.w$)(res.stderr, 20)}${hints.map((h) => `\n${h}`).join('')}`, 'cargo build');
}
/** The binary's size, ELF facts and header, or the failure when it is missing or unreadable. */
async function inspectBinary(ctx, path) {
    let size;
    try {
        size = (0,external_node_fs_.statSync)(path).size;
    }
    catch {
        return (0,context/* stop */.ds)(fail('binary missing', `cargo build succeeded but the binary is not at ${path}.`));
    }
    try {
        return (0,context.ok)(await ctx.profiler.measure('header and static check', async () => ({
            size,
            header: readHeaderFile(path),
            elf: readElfFile(path),
        })));
    }
    catch (e) {
        // A damaged ELF file, or one that cannot be opened (permissions, replaced meanwhile): a finding either way.
        const why = e instanceof ElfError
            ? `looks like ELF but could not be read: ${e.message}`
            : `could not be read: ${e.message}`;
        return (0,context/* stop */.ds)(fail('unreadable binary', `The binary ${path} ${why}`, 'static check'));
    }
}
/**
 * With the size profile, the same binary built with the default release profile, in a separate
 * target directory so the two builds do not invalidate each other. Undefined size: not shown; a
 * cancellation stops the stage.
 */
async function referenceBuild(ctx, cmd, toolchain, binary) {
    const res = await ctx.profiler.measure('cargo build (default profile, for the size comparison)', () => ctx.log.group('Reference build with the default release profile', () => (0,cargo_run/* runCargo */.Ch)(ctx, cmd, toolchain, { echo: 'none' })));
    if (res.killed)
        return (0,context/* stop */.ds)((0,context/* result */.Ke)('cancelled', 'cancelled'));
    if (res.code !== 0) {
        ctx.log.warning(`The reference build with the default profile failed; the size change is not shown:\n${(0,src_text/* lastLines */.w$)(res.stderr, 5)}`);
        return (0,context.ok)({ ms: res.ms });
    }
    try {
        return (0,context.ok)({ size: (0,external_node_fs_.statSync)(binary).size, ms: res.ms });
    }
    catch {
        ctx.log.warning('The reference build with the default profile left no binary; the size change is not shown.');
        return (0,context.ok)({ ms: res.ms });
    }
}
function staticProblem(ctx, path, elf) {
    const libs = elf.kind === 'elf' ? elf.needed : [];
    const message = [
        `${path} is dynamically linked although static linking was asked for (static: ${ctx.inputs.build.static}).`,
        libs.length ? `It needs: ${libs.join(', ')}.` : '',
        elf.kind === 'elf' && elf.interpreter ? `Program interpreter: ${elf.interpreter}.` : '',
        'A dependency probably links a system library (e.g. openssl through native-tls): use its rustls/vendored feature, build for a musl target, or set static: false.',
    ]
        .filter(Boolean)
        .join('\n');
    return { level: 'error', title: 'static check', message };
}
/** The checks of a built binary: its header against the target, and static linking where asked. */
function checks(ctx, plan, path, elf, verified) {
    const problems = [];
    if (verified.ok === false)
        problems.push({
            level: 'error',
            title: 'header check',
            message: `${path} is ${verified.found}, but a binary for ${plan.target} must be ${verified.expected}.`,
        });
    if (plan.static && elf.kind === 'elf' && !elf.static)
        problems.push(staticProblem(ctx, path, elf));
    return problems;
}
async function buildTarget(ctx, c, target, first) {
    const { toolchain, host } = c.prepared;
    const plan = planBuild({ target, host, static: ctx.inputs.build.static });
    const added = await ctx.profiler.measure('rustup target', () => ensureTarget(ctx, plan, toolchain));
    if (!added.ok)
        return added;
    const cc = await targetCc(ctx, plan, host);
    if (!cc.ok)
        return cc;
    const base = {
        plan,
        locked: c.locked,
        bin: c.chosen.bin,
        baseEnv: ctx.env,
        ...(cc.value ? { ccEnv: cc.value.env } : {}),
        ...(c.many ? { package: c.chosen.package.name } : {}),
    };
    const build = cargoBuildCommand({ ...base, profile: ctx.inputs.build.profile });
    const compiled = await compile(ctx, c, plan, build, cc.value);
    if (!compiled.ok)
        return compiled;
    const path = binaryPath(c.targetDirectory, plan, c.chosen.bin);
    const inspected = await inspectBinary(ctx, path);
    if (!inspected.ok)
        return inspected;
    const verified = checkHeader(inspected.value.header, plan.target);
    ctx.log.info(`${path}: ${(0,src_text/* formatBytes */.z3)(inspected.value.size)}, ${verified.found}, ${describeElf(inspected.value.elf)}`);
    const reference = first ? await sizeReference(ctx, c, base) : (0,context.ok)(undefined);
    if (!reference.ok)
        return reference;
    return (0,context.ok)({
        path,
        ...inspected.value,
        verified,
        plan,
        buildMs: compiled.value,
        ...(reference.value ? { reference: reference.value } : {}),
        ...(cc.value ? { cc: cc.value } : {}),
        problems: checks(ctx, plan, path, inspected.value.elf, verified),
    });
}
/** `cargo build` (or `cargo auditable build`) of one target: its time in milliseconds, or the stage's failure. */
async function compile(ctx, c, plan, build, cc) {
    const cmd = await buildCommand(ctx, build);
    if (!cmd.ok)
        return cmd;
    for (const [k, v] of Object.entries(cmd.value.env))
        ctx.log.info(`  ${k}=${v}`);
    warnIgnoredRustflags(ctx, plan);
    const res = await ctx.profiler.measure(`cargo build (${plan.target})`, () => (0,cargo_run/* runCargo */.Ch)(ctx, (0,commands/* reportingUnits */.SG)(cmd.value), c.prepared.toolchain));
    if (res.killed)
        return (0,context/* stop */.ds)((0,context/* result */.Ke)('cancelled', 'cancelled'));
    if (res.code !== 0)
        return (0,context/* stop */.ds)(buildFailure(plan, cmd.value.args, res, cc));
    return (0,context.ok)(res.ms);
}
/** With the size profile, the first target is built again with the default profile, for the size comparison. */
async function sizeReference(ctx, c, base) {
    if (ctx.inputs.build.profile !== 'size')
        return (0,context.ok)(undefined);
    const refDir = (0,external_node_path_.join)(c.targetDirectory, 'rust-pipeline', 'default-profile');
    const ref = cargoBuildCommand({ ...base, profile: 'release', targetDir: refDir });
    return referenceBuild(ctx, ref, c.prepared.toolchain, binaryPath(refDir, base.plan, c.chosen.bin));
}
/** Packs the binaries into reproducible archives with their checksums. */
async function pack(ctx, c, built) {
    const pkg = c.chosen.package;
    const version = releaseVersion((0,tags/* parseRef */.rd)(ctx.event.ref), pkg.version);
    let files;
    try {
        files = extraFiles(pkg.dir ?? ctx.cwd, ctx.inputs.build.archiveFiles, ctx.repoRoot);
    }
    catch (e) {
        return (0,context/* stop */.ds)(fail('archive file missing', e.message, 'archive-files'));
    }
    const { epoch, from } = await sourceDateEpoch(ctx.env, ctx.exec, ctx.repoRoot);
    ctx.log.info(`Archives carry the time ${new Date(epoch * 1000).toISOString()} (${from}).`);
    const packed = await ctx.profiler.measure('archives and checksums', () => packRelease({
        binaries: built.map(builtBinary),
        bin: c.chosen.bin,
        version,
        dir: distDir(c.targetDirectory),
        files,
        mtime: epoch,
    }));
    for (const a of packed.archives)
        ctx.log.info(`${a.path}: ${(0,src_text/* formatBytes */.z3)(a.size)}, sha256 ${a.sha256}`);
    return (0,context.ok)({ ...packed, version });
}
async function common(ctx) {
    const prepared = await prepare(ctx);
    if (!prepared.ok)
        return prepared;
    const toolchain = prepared.value.toolchain;
    const picked = await chooseBinary(ctx, toolchain);
    if (!picked.ok)
        return picked;
    const { chosen, targetDirectory, many } = picked.value;
    return (0,context.ok)({ prepared: prepared.value, chosen, targetDirectory, locked: await (0,cargo_run/* hasLockfile */.yj)(ctx, toolchain), many });
}
const buildStage = {
    name: 'build',
    title: 'Build (release binary)',
    async run(ctx) {
        const common_ = await common(ctx);
        if (!common_.ok)
            return common_.result;
        const c = common_.value;
        const built = [];
        for (const [i, target] of c.prepared.targets.entries()) {
            const b = await buildTarget(ctx, c, target, i === 0);
            if (!b.ok)
                return b.result;
            built.push(b.value);
        }
        // A binary that failed its checks is not packed: nothing half-verified reaches a release.
        const checked = built.every((b) => b.problems.length === 0);
        const packed = checked ? await pack(ctx, c, built) : (0,context.ok)({ archives: [], version: c.chosen.package.version });
        if (!packed.ok)
            return packed.result;
        const reported = report(ctx, c, built, packed.value);
        if (reported.status === 'cancelled' || reported.status === 'skipped' || !checked)
            return reported;
        return supplyChain(ctx, c, built, reported);
    },
};
/** `cargo auditable build` in place of `cargo build` when auditable binaries were asked for (the default). */
async function buildCommand(ctx, cmd) {
    if (!ctx.inputs.build.auditable)
        return (0,context.ok)(cmd);
    const tool = await requireAuditable(ctx);
    return tool.ok ? (0,context.ok)(auditableCommand(cmd, tool.value)) : tool;
}
/**
 * Each binary's SBOM (beside the binary, and as `<archive>.cdx.json` among its archive's assets) and, for auditable
 * builds, `cargo audit bin` on it: an advisory in a binary about to ship fails the stage.
 */
async function supplyChain(ctx, c, built, reported) {
    let out = reported;
    const data = reported.data;
    const sboms = [];
    for (const b of built) {
        const sbom = await writeSbom(ctx, {
            toolchain: c.prepared.toolchain,
            target: b.plan.target,
            packageName: c.chosen.package.name,
            binary: b.path,
            binName: c.chosen.bin,
        });
        if (sbom.ok)
            sboms.push(besideArchive(data, b.plan.target, sbom.value));
        out = withSbom(out, sbom);
        if (ctx.inputs.build.auditable)
            out = withBinaryAudit(out, await auditBinary(ctx, b.path));
    }
    if (sboms.length)
        out = { ...out, outputs: { ...out.outputs, sbom: sboms.join('\n') } };
    return out;
}
/** The SBOM copied beside its target's archive as `<archive>.cdx.json` and listed among its assets; its path. */
function besideArchive(data, target, sbom) {
    const archive = data?.archives.find((a) => a.target === target);
    if (!archive)
        return sbom;
    const path = `${archive.path}.cdx.json`;
    (0,external_node_fs_.copyFileSync)(sbom, path);
    archive.assets.push(path);
    return path;
}


/***/ })

};
