export const id = 239;
export const ids = [239];
export const modules = {

/***/ 9239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ADVISORY_DB_SAVE_TIMEOUT_MS: () => (/* binding */ ADVISORY_DB_SAVE_TIMEOUT_MS),
  LOOKUP_TIMEOUT_MS: () => (/* binding */ LOOKUP_TIMEOUT_MS),
  SAVE_TIMEOUT_MS: () => (/* binding */ SAVE_TIMEOUT_MS),
  cacheSaveTask: () => (/* binding */ cacheSaveTask),
  confineCacheState: () => (/* binding */ confineCacheState),
  postContext: () => (/* binding */ postContext),
  saveAdvisoryDbInPost: () => (/* binding */ saveAdvisoryDbInPost),
  saveCacheInPost: () => (/* binding */ saveCacheInPost),
  saveEntry: () => (/* binding */ saveEntry)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/cargo/units.ts
// The unit ledger: which compiled units this run's cargo commands used, fresh or rebuilt, so that
// the cache entry keeps exactly those (an entry otherwise keeps every feature combination and
// version it ever built, and grows with each Cargo.lock change).
//
// cargo's JSON messages (`--message-format=json…`) name every unit of a build: a
// `compiler-artifact` message lists its outputs (`<profile>/deps/<crate>-<hash>.*`,
// `<profile>/build/<package>-<hash>/build-script-build`), a `build-script-executed` message the
// out dir of a build-script run (`<profile>/build/<package>-<hash>/out`). Cargo names each unit's
// `.fingerprint/<package>-<hash>` folder with the same hash.
//
// The ledger is a file in the run's temp dir, merged after each command. It only ever narrows what
// pruning keeps inside profile directories that pruning found by itself: a profile directory is
// looked up by equality, hashes are checked to be hashes, nothing in the file becomes a path.


const HASH = /^[0-9a-f]{16}$/;
// <profile>/deps/<name>-<hash>[.<ext>] and <profile>/build/<name>-<hash>/<file>
const DEPS_FILE = /^(.*)[\\/]deps[\\/][^\\/]*-([0-9a-f]{16})(?:\.[^\\/-]*)?$/;
const BUILD_FILE = /^(.*)[\\/]build[\\/][^\\/]+-([0-9a-f]{16})[\\/][^\\/]+$/;
/** True for a line of cargo's own JSON messages (as opposed to a test binary's or rustc's output). */
function isCargoMessage(line) {
    return line.startsWith('{"reason":');
}
/** The profile directory and unit hash an output path of a unit names, if it is one. */
function unitOfPath(path) {
    const m = DEPS_FILE.exec(path) ?? BUILD_FILE.exec(path);
    return m ? { profile: resolve(m[1]), hash: m[2] } : undefined;
}
/** Collects the units of one cargo command from its stdout lines. */
class UnitCollector {
    profiles = new Map();
    finished = false;
    /** Reads one stdout line; true when it was one of cargo's JSON messages (the caller need not show it). */
    line(text) {
        if (!isCargoMessage(text))
            return false;
        let msg;
        try {
            msg = JSON.parse(text);
        }
        catch {
            return true;
        }
        if (msg.reason === 'compiler-artifact' && Array.isArray(msg.filenames)) {
            for (const f of msg.filenames)
                if (typeof f === 'string')
                    this.add(f);
        }
        else if (msg.reason === 'build-script-executed' && typeof msg.out_dir === 'string') {
            this.add(join(msg.out_dir));
        }
        else if (msg.reason === 'build-finished') {
            this.finished = msg.success === true;
        }
        return true;
    }
    add(path) {
        const unit = unitOfPath(path);
        if (!unit)
            return;
        const set = this.profiles.get(unit.profile) ?? new Set();
        set.add(unit.hash);
        this.profiles.set(unit.profile, set);
    }
    result() {
        return { profiles: this.profiles, complete: this.finished };
    }
}
/** stdout without cargo's JSON messages: what a stage that did not ask for them parses and shows. */
function withoutCargoMessages(stdout) {
    return stdout
        .split('\n')
        .filter((l) => !isCargoMessage(l))
        .join('\n');
}
function ledgerPath(tempDir) {
    return (0,external_node_path_.join)(tempDir, 'cargo-units.json');
}
function readFile(tempDir) {
    try {
        const data = JSON.parse((0,external_node_fs_.readFileSync)(ledgerPath(tempDir), 'utf8'));
        if (data.version !== 1 || typeof data.profiles !== 'object' || data.profiles === null)
            return undefined;
        return { version: 1, incomplete: data.incomplete !== false, profiles: data.profiles };
    }
    catch {
        return undefined;
    }
}
/**
 * Adds one command's units to the run's ledger. `unknown`: the command built units it cannot list
 * (no JSON messages), so nothing is pruned by use in this run.
 */
function recordUnits(tempDir, units) {
    const file = readFile(tempDir) ?? { version: 1, incomplete: false, profiles: {} };
    if (units === 'unknown' || !units.complete)
        file.incomplete = true;
    if (units !== 'unknown') {
        for (const [profile, hashes] of units.profiles) {
            file.profiles[profile] = [...new Set([...(file.profiles[profile] ?? []), ...hashes])].sort();
        }
    }
    mkdirSync(tempDir, { recursive: true });
    writeFileSync(ledgerPath(tempDir), JSON.stringify(file));
}
/** Starts a run's ledger afresh (a temp dir that outlives runs, as the CLI's does). */
function resetLedger(tempDir) {
    rmSync(ledgerPath(tempDir), { force: true });
}
/**
 * The used units, checked: only absolute profile paths and 16-hex hashes survive. Undefined when
 * there is no ledger, or it is incomplete: then pruning keeps to its other rules.
 */
function readUsedUnits(tempDir) {
    if (!(0,external_node_fs_.existsSync)(ledgerPath(tempDir)))
        return undefined;
    const file = readFile(tempDir);
    if (!file || file.incomplete)
        return undefined;
    const out = new Map();
    for (const [profile, hashes] of Object.entries(file.profiles)) {
        if ((0,external_node_path_.resolve)(profile) !== profile || !Array.isArray(hashes))
            continue;
        out.set(profile, new Set(hashes.filter((h) => typeof h === 'string' && HASH.test(h))));
    }
    return out;
}

// EXTERNAL MODULE: ./src/actions.ts + 1 modules
var actions = __webpack_require__(2609);
// EXTERNAL MODULE: ./src/paths.ts + 1 modules
var src_paths = __webpack_require__(4889);
// EXTERNAL MODULE: ./src/profiler.ts
var profiler = __webpack_require__(1038);
// EXTERNAL MODULE: ./src/state.ts
var src_state = __webpack_require__(2462);
;// CONCATENATED MODULE: ./src/text.ts
// Small text helpers every layer shares.
/** The last n lines of a command's output, for error messages. */
function lastLines(s, n = 20) {
    return s.trimEnd().split('\n').slice(-n).join('\n');
}
/** "1 file", "3 files"; pass the plural form when it is not the word plus "s". */
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** Binary units: "512 B", "2.0 KiB", "1.37 MiB", "1.25 GiB". */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 * 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(2)} MiB`;
    return `${(n / (1024 * 1024 * 1024)).toFixed(2)} GiB`;
}
/** Replaces every occurrence of each secret with `***`: the one scrubber for text that may quote a secret. */
function scrubSecrets(text, secrets) {
    return secrets.reduce((acc, s) => (s ? acc.split(s).join('***') : acc), text);
}

;// CONCATENATED MODULE: ./src/clock.ts
// The one place the pipeline asks what time it is, where a test may fix the answer.
//
// RUST_PIPELINE_TEST_NOW=<ISO 8601 instant> makes every date decision of a run (the advisory
// database's daily cache key, whether the database was fetched today, the fetch record) use that
// instant instead of the system clock. It exists for tests of the day-to-day behaviour; a
// workflow has no reason to set it.
const TEST_NOW_ENV = 'RUST_PIPELINE_TEST_NOW';
/** Now, or the instant RUST_PIPELINE_TEST_NOW fixes. Throws on a value that is not a date. */
function now(env) {
    const fixed = env[TEST_NOW_ENV];
    if (!fixed)
        return new Date();
    const d = new Date(fixed);
    if (Number.isNaN(d.getTime()))
        throw new Error(`${TEST_NOW_ENV} is ${JSON.stringify(fixed)}, which is not an ISO 8601 date and time`);
    return d;
}
/** The UTC calendar day of an instant, YYYY-MM-DD. */
function utcDay(d) {
    return d.toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./src/tools/advisory-db-checkout.ts
// The RustSec advisory database: a git checkout kept under ctx.toolDir (in the action a cache
// entry of its own, keyed by the UTC day, carries it: src/cache/advisory-db-entry.ts), fetched at most
// once per UTC day; or a local copy the `audit-db` input names, which is never fetched.



/** Where cargo-audit fetches the database from (its default; the pipeline passes no other). */
const ADVISORY_DB_URL = 'https://github.com/RustSec/advisory-db.git';
function advisoryDbPath(toolDir) {
    return (0,external_node_path_.join)(toolDir, 'advisory-db');
}
/** The file recording when the database was last fetched (its own daily cache entry carries it too). */
function markerPath(toolDir) {
    return (0,external_node_path_.join)(toolDir, 'advisory-db.fetched');
}
function lastFetched(toolDir) {
    try {
        const d = new Date((0,external_node_fs_.readFileSync)(markerPath(toolDir), 'utf8').trim());
        return Number.isNaN(d.getTime()) ? undefined : d;
    }
    catch {
        return undefined;
    }
}
/** Decides which database to use and whether it needs a fetch. */
function advisory_db_checkout_planAdvisoryDb(toolDir, inputDb, now) {
    if (inputDb)
        return { path: inputDb, fetch: false, why: 'audit-db input' };
    const path = advisoryDbPath(toolDir);
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(path, 'crates')))
        return { path, fetch: true, why: 'missing' };
    const fetchedAt = lastFetched(toolDir);
    if (fetchedAt && utcDay(fetchedAt) === utcDay(now))
        return { path, fetch: false, why: 'fetched today', fetchedAt };
    return { path, fetch: true, why: 'stale', ...(fetchedAt ? { fetchedAt } : {}) };
}
/** Records a successful fetch (the daily freshness check reads it). */
function markFetched(toolDir, now) {
    mkdirSync(toolDir, { recursive: true });
    writeFileSync(markerPath(toolDir), `${now.toISOString()}\n`);
}

;// CONCATENATED MODULE: ./src/action-outputs.ts
const OUTPUT_SPECS = [
    { name: 'result', description: 'Overall result: success, failure or cancelled.' },
    {
        name: 'failed-stages',
        description: 'Comma-separated names of the stages that failed or were cancelled (empty when none).',
    },
    {
        name: 'report',
        description: 'Path of the JSON report of the whole run (every stage, finding, output and phase time).',
    },
    {
        name: 'test-counts',
        description: 'Test results as JSON: passed, failed, ignored totals and one entry per matrix cell (toolchain, features, status, counts, ms).',
    },
    {
        name: 'matrix',
        description: 'mode: plan: the job matrix as JSON ({"include": [...]}, one entry per cell: name, os, toolchain, features, partition, cacheWriter) for strategy.matrix through the expression fromJSON(needs.plan.outputs.matrix).',
    },
    {
        name: 'cache-hit',
        description: "'true' when the shared cache has the exact key (restored, or already in the target dir of a runner that keeps its workspace), 'false' otherwise (a partial hit included), as actions/cache and rust-cache set it.",
    },
    { name: 'cache-match', description: 'How the shared cache was restored: exact, partial (a restore key) or none.' },
    { name: 'cache-key', description: 'The primary cache key of this run.' },
    { name: 'coverage', description: 'Line coverage in percent, e.g. 83.45.' },
    { name: 'coverage-xml', description: 'Path of the Cobertura XML coverage report.' },
    { name: 'coverage-lcov', description: 'Path of the lcov coverage report.' },
    { name: 'coverage-json', description: 'Path of the JSON coverage report.' },
    {
        name: 'vulnerabilities',
        description: 'Number of vulnerabilities cargo-audit found (ignored advisories excluded).',
    },
    { name: 'binary-path', description: 'Path of the built binary.' },
    { name: 'binary-size', description: 'Size of the built binary in bytes.' },
    {
        name: 'sbom',
        description: 'Path of the CycloneDX 1.5 SBOM (JSON) of the built binary: the crates linked into it, with their licenses and checksums.',
    },
    {
        name: 'static',
        description: 'Whether the built binary is statically linked: true or false; empty when the binary is not ELF (static checking does not apply).',
    },
    {
        name: 'archives',
        description: 'The release archives, as JSON: [{"target", "path", "sha256", "size"}] in the order of targets; empty when nothing was archived.',
    },
    {
        name: 'checksums',
        description: 'Path of SHA256SUMS, which lists every release archive; empty when none was made.',
    },
    { name: 'image-tags', description: 'Image references built, one per line (name:tag).' },
    { name: 'release-url', description: 'Web address of the GitHub Release published to; empty when none was.' },
    {
        name: 'release-assets',
        description: 'The assets of this run on the GitHub Release as JSON: name, size and state (uploaded, replaced, unchanged, failed, not attempted).',
    },
    {
        name: 'release-dir',
        description: "A release matrix's cell: the folder holding its JSON report with its archives beside it, to upload whole for mode: merge.",
    },
    {
        name: 'image-digest',
        description: 'Digest of the pushed image (sha256:…): of the manifest list when several platforms were built; empty when nothing was pushed.',
    },
    {
        name: 'image-platforms',
        description: 'Platforms of the image, comma-separated (e.g. linux/amd64,linux/arm64); empty when no image was built.',
    },
];
/**
 * The cache outputs of a restore: cache-hit with the ecosystem's meaning ('true' only for an exact
 * hit), cache-match with the three-way detail.
 */
function cacheOutputs(match, key) {
    return { 'cache-hit': match === 'exact' ? 'true' : 'false', 'cache-match': match, 'cache-key': key };
}

;// CONCATENATED MODULE: ./src/cache/off.ts

/** What a run with the cache off reports; `how` names the setting that turned it off, as the user wrote it. */
function cacheOffResult(how) {
    return {
        outputs: cacheOutputs('none', ''),
        blocks: [{ kind: 'text', text: `**Cache:** off (${how}).` }],
        data: { enabled: false },
    };
}
function cacheOffStep(how) {
    return { name: 'cache restore', run: async () => cacheOffResult(how) };
}

// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/cache/key.ts
// The cache key: what decides whether a saved cache fits this run. Pure functions, apart from
// findKeyFiles, which lists the files that go into the key.





/** Bumped when the layout of a cache entry changes, so old entries are never restored. */
const KEY_PREFIX = 'rust-pipeline-v1';
function sha(text, length) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, length);
}
/** Keeps a key part to the characters GitHub cache keys allow comfortably (no commas, no spaces). */
function keyPart(text) {
    return text
        .trim()
        .replace(/[^A-Za-z0-9._+-]+/g, '_')
        .slice(0, 80);
}
/**
 * The primary key and the restore keys. Layout, from most to least general:
 *   rust-pipeline-v1-<scope>[-<suffix>]-<os>-<arch>[-<layout hash>]-<rust hash>-<deps hash>
 * The rust hash covers every toolchain's `rustc -vV` and the build-relevant env; the deps hash
 * covers every Cargo.lock, Cargo.toml, rust-toolchain file and cargo config. Restore keys drop the
 * deps hash (same compilers, other dependencies: most of target/ still fits), then the rust hash
 * (a new compiler: the registry and the tools still fit; stale builds are pruned on save).
 * The suffix sits before the hashes so that changing it really starts a fresh cache.
 */
function cacheKeys(p) {
    const rustHash = sha(JSON.stringify({
        rustc: p.rustc.map((r) => [r.toolchain, r.version.trim()]),
        env: Object.keys(p.env)
            .sort()
            .map((k) => [k, p.env[k]]),
    }), 12);
    const depsHash = sha(JSON.stringify([...p.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => [f.path, f.content])), 12);
    const scope = keyPart(p.scope) || 'local';
    const suffix = keyPart(p.suffix);
    const layout = p.layout ? `${sha(JSON.stringify(p.layout), 6)}-` : '';
    const base = `${KEY_PREFIX}-${scope}${suffix ? `-${suffix}` : ''}-${keyPart(p.os)}-${keyPart(p.arch)}-${layout}`;
    return { key: `${base}${rustHash}-${depsHash}`, restoreKeys: [`${base}${rustHash}-`, base], rustHash, depsHash };
}
const ENV_EXACT = new Set([
    'RUSTFLAGS',
    'RUSTDOCFLAGS',
    'CARGO_ENCODED_RUSTFLAGS',
    'CARGO_ENCODED_RUSTDOCFLAGS',
    'CARGO_INCREMENTAL',
    'RUSTC',
    'RUSTDOC',
    'RUSTC_BOOTSTRAP',
    'CC',
    'CXX',
    'AR',
    'CFLAGS',
    'CXXFLAGS',
    'LDFLAGS',
]);
const ENV_PREFIXES = [
    'CARGO_PROFILE_',
    'CARGO_BUILD_',
    'CARGO_TARGET_',
    'CARGO_UNSTABLE_',
    'CC_',
    'CFLAGS_',
    'CXX_',
    'CXXFLAGS_',
];
/** Never part of a key: they only say where things are, or they are secrets. */
const ENV_IGNORED = new Set(['CARGO_TARGET_DIR', 'CARGO_BUILD_TARGET_DIR', 'CARGO_BUILD_JOBS']);
const SECRET_NAME = /TOKEN|PASSWORD|SECRET|CREDENTIAL|_KEY$/i;
/** The environment variables that change what cargo and rustc produce (names and values). */
function relevantEnv(env) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined || ENV_IGNORED.has(name) || SECRET_NAME.test(name))
            continue;
        if (ENV_EXACT.has(name) || ENV_PREFIXES.some((p) => name.startsWith(p)))
            out[name] = value;
    }
    return out;
}
function stable(value) {
    if (Array.isArray(value))
        return value.map(stable);
    if (value && typeof value === 'object' && !(value instanceof Date)) {
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((k) => [k, stable(value[k])]));
    }
    return value instanceof Date ? value.toISOString() : value;
}
/**
 * Cargo.toml as it matters for the cache: the package's own version is dropped (a release bump
 * should not throw the cache away). Unparseable text is kept as it is.
 */
function normalizeManifest(text) {
    try {
        const doc = (0,dist/* parse */.qg)(text);
        if (doc.package)
            delete doc.package.version;
        if (doc.workspace?.package)
            delete doc.workspace.package.version;
        return JSON.stringify(stable(doc));
    }
    catch {
        return text;
    }
}
/** Cargo.lock as it matters for the cache: the workspace's own packages (no `source`) lose their version. */
function normalizeLockfile(text) {
    try {
        const doc = (0,dist/* parse */.qg)(text);
        for (const p of doc.package ?? [])
            if (p.source === undefined)
                delete p.version;
        return JSON.stringify(stable(doc));
    }
    catch {
        return text;
    }
}
const KEY_FILES = new Set(['Cargo.toml', 'Cargo.lock', 'rust-toolchain', 'rust-toolchain.toml']);
const CONFIG_FILES = new Set(['config', 'config.toml']);
const SKIP_DIRS = new Set(['target', '.git', 'node_modules']);
function isKeyFile(path) {
    const name = (0,external_node_path_.basename)(path);
    return KEY_FILES.has(name) || (CONFIG_FILES.has(name) && (0,external_node_path_.basename)((0,external_node_path_.dirname)(path)) === '.cargo');
}
/**
 * Every file that goes into the key: Cargo.toml, Cargo.lock, rust-toolchain(.toml) and
 * .cargo/config(.toml) anywhere under `cwd` (target/, .git and node_modules skipped), the same
 * names in the directories from `cwd` up to `repoRoot` (a workspace root or config above the
 * crate), and the user's $CARGO_HOME/config(.toml). Sorted, absolute.
 */
function findKeyFiles(cwd, repoRoot, cargoHome, skip = []) {
    const found = new Set();
    const skipped = new Set(skip);
    (0,src_paths/* walkTree */.Ir)(cwd, (p, st, depth) => {
        const name = (0,external_node_path_.basename)(p);
        if (st.isDirectory())
            return !(SKIP_DIRS.has(name) || skipped.has(p) || depth > 12 || (name.startsWith('.') && name !== '.cargo'));
        if (isKeyFile(p))
            found.add(p);
    }, { follow: true });
    let cur = (0,external_node_path_.dirname)(cwd);
    const inside = (d) => d === repoRoot || d.startsWith(repoRoot.endsWith(external_node_path_.sep) ? repoRoot : repoRoot + external_node_path_.sep);
    while (inside(cur) && cur !== cwd) {
        for (const name of [...KEY_FILES, (0,external_node_path_.join)('.cargo', 'config'), (0,external_node_path_.join)('.cargo', 'config.toml')]) {
            const p = (0,external_node_path_.join)(cur, name);
            if ((0,external_node_fs_.existsSync)(p))
                found.add(p);
        }
        const up = (0,external_node_path_.dirname)(cur);
        if (up === cur)
            break;
        cur = up;
    }
    for (const name of ['config', 'config.toml']) {
        const p = (0,external_node_path_.join)(cargoHome, name);
        if ((0,external_node_fs_.existsSync)(p))
            found.add(p);
    }
    return [...found].sort();
}
/**
 * Reads the key files into the key's `files`: paths relative to repoRoot, the cargo home's config
 * as `$CARGO_HOME/<name>` (no absolute path reaches the key), contents normalized.
 */
function readKeyFiles(paths, repoRoot, cargoHome) {
    return paths.map((p) => {
        const text = (0,external_node_fs_.readFileSync)(p, 'utf8');
        const name = (0,external_node_path_.basename)(p);
        const content = name === 'Cargo.toml' ? normalizeManifest(text) : name === 'Cargo.lock' ? normalizeLockfile(text) : text;
        const inHome = cargoHome !== undefined && (0,external_node_path_.dirname)(p) === cargoHome ? `$CARGO_HOME/${name}` : undefined;
        return { path: (0,src_paths/* repoRelative */.Ne)(p, repoRoot, repoRoot) ?? inHome ?? p, content };
    });
}
/** `name@version` of every registry or git package in a Cargo.lock (the workspace's own ones left out). */
function lockedPackages(text) {
    const out = new Set();
    try {
        const doc = (0,dist/* parse */.qg)(text);
        for (const p of doc.package ?? []) {
            if (typeof p.name === 'string' && typeof p.version === 'string' && p.source !== undefined)
                out.add(`${p.name}@${p.version}`);
        }
    }
    catch {
        /* an unreadable lockfile prunes nothing by version */
    }
    return out;
}

;// CONCATENATED MODULE: ./src/blocks.ts
/** GitHub drops a step summary larger than this whole (1024 KiB per step). */
const GITHUB_SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** What our summary may take: the rest of the step's 1 MiB is left for the cache block written beside it. */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
/** Each block's share: rows of a table, bytes of a collapsed body, bytes of a paragraph. */
const MAX_TABLE_ROWS = 200;
const DETAILS_BUDGET_BYTES = 128 * 1024;
const TEXT_BUDGET_BYTES = 16 * 1024;
const SEE_REPORT = '(see the JSON report)';
/** A table cell stays one cell of one row (our own markup in it is kept: see escapeText for text from outside). */
function escapeCell(s) {
    return s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * Text from the repository (a test name, a file name, a message) made inert wherever it goes, table
 * cells included: no backtick, `<`, `|`, `*`, `_`, `[` or line break of its own survives as markup.
 */
function escapeText(s) {
    return escapeHtml(s)
        .replace(/[`|*_[\]\\]/g, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/\r?\n/g, ' ');
}
/** Text from the repository as inline code, inert (see escapeText). */
function code(s) {
    return `<code>${escapeText(s)}</code>`;
}
/**
 * Text from the repository (a panic message, a lint message) as a few lines of inline code inside one table cell:
 * its first `maxLines` non-empty lines, each cut to `maxChars` and inert, joined by `<br>` (a cell stays one row).
 */
function codeLines(s, maxLines = 4, maxChars = 160) {
    const lines = s.split(/\r?\n/).filter((l) => l.trim() !== '');
    const cut = (l) => (l.length > maxChars ? `${l.slice(0, maxChars)}…` : l);
    const shown = lines.slice(0, maxLines).map((l) => code(cut(l.trimEnd())));
    if (lines.length > maxLines)
        shown.push(`… ${lines.length - maxLines} more lines`);
    return shown.join('<br>');
}
/** The first `max` rows of a table, then one row saying how many more there are and where to find them. */
function firstRows(rows, max, where = SEE_REPORT) {
    if (rows.length <= max)
        return [...rows];
    const width = rows[0].length;
    return [...rows.slice(0, max), [`… ${rows.length - max} more ${where}`, ...Array(width - 1).fill('')]];
}
/** The first bytes of `s` that fit in `max` (cut at a line end when one is near), and how many lines were left out. */
function cutText(s, max) {
    if (Buffer.byteLength(s) <= max)
        return { text: s, linesLeft: 0 };
    let head = Buffer.from(s)
        .subarray(0, max)
        .toString('utf8')
        .replace(/\uFFFD+$/, '');
    const nl = head.lastIndexOf('\n');
    if (nl > max / 2)
        head = head.slice(0, nl);
    const linesLeft = s.slice(head.length).split('\n').length - (s.endsWith('\n') ? 1 : 0);
    return { text: head, linesLeft: Math.max(linesLeft, 1) };
}
/** A block cut to its budget, with what was left out said where it was. */
function bounded(b) {
    switch (b.kind) {
        case 'table':
            if (b.rows.length <= MAX_TABLE_ROWS)
                return b;
            return {
                ...b,
                rows: [
                    ...b.rows.slice(0, MAX_TABLE_ROWS),
                    [`… ${b.rows.length - MAX_TABLE_ROWS} more ${SEE_REPORT}`, ...b.header.slice(1).map(() => '')],
                ],
            };
        case 'details': {
            const { text, linesLeft } = cutText(b.body, DETAILS_BUDGET_BYTES);
            return linesLeft ? { ...b, body: `${text}\n… ${linesLeft} more lines ${SEE_REPORT}` } : b;
        }
        case 'text': {
            const { text, linesLeft } = cutText(b.text, TEXT_BUDGET_BYTES);
            return linesLeft ? { ...b, text: `${text} … ${SEE_REPORT}` } : b;
        }
        default:
            return b;
    }
}
/**
 * The job summary: each block cut to its budget, and blocks past the whole budget left out (with a
 * note), so the summary stays under GitHub's limit and its first blocks (the verdict) always show.
 */
function toMarkdown(blocks, budget = SUMMARY_BUDGET_BYTES) {
    const parts = [];
    let used = 0;
    for (const [i, b] of blocks.entries()) {
        const md = blockMarkdown(bounded(b));
        const size = Buffer.byteLength(md) + 1;
        if (used + size > budget - 256) {
            parts.push(`… ${blocks.length - i} more parts of this summary left out to stay under GitHub's 1 MiB ${SEE_REPORT}.\n`);
            break;
        }
        parts.push(md);
        used += size;
    }
    return parts.join('\n');
}
/** The longest run of backticks in `s`. */
function longestBacktickRun(s) {
    return Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
}
function blockMarkdown(b) {
    const out = [];
    {
        switch (b.kind) {
            case 'heading':
                out.push(`${'#'.repeat(b.level ?? 3)} ${b.text}\n`);
                break;
            case 'text':
                out.push(`${b.text}\n`);
                break;
            case 'table': {
                const align = b.header.map((_, i) => (b.align?.[i] === 'right' ? '---:' : ':---'));
                out.push(`| ${b.header.map(escapeCell).join(' | ')} |`);
                out.push(`| ${align.join(' | ')} |`);
                for (const row of b.rows)
                    out.push(`| ${row.map(escapeCell).join(' | ')} |`);
                out.push('');
                break;
            }
            case 'details': {
                const fence = '`'.repeat(Math.max(3, longestBacktickRun(b.body) + 1));
                out.push(`<details><summary>${escapeHtml(b.summary)}</summary>\n\n${fence}${b.lang ?? ''}\n${b.body.replace(/\n$/, '')}\n${fence}\n\n</details>\n`);
                break;
            }
            case 'mermaid':
                out.push(`\`\`\`mermaid\n${b.body.replace(/\n$/, '')}\n\`\`\`\n`);
                break;
            case 'fold':
                out.push(`<details><summary>${escapeHtml(b.summary)}</summary>\n\n${toMarkdown(b.blocks)}\n</details>\n`);
                break;
            case 'facts':
                out.push(...b.rows.map(([k, v]) => `- **${k}:** ${v.replace(/\r?\n/g, ' ')}`), '');
                break;
        }
    }
    return out.join('\n');
}
/** Our inline markup read as plain text: code spans, line breaks and the entities escapeText made. */
function plainText(s) {
    return s
        .replace(/<br>/g, ' / ')
        .replace(/<\/?code>/g, '')
        .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
}
/** Plain text for a terminal: tables padded into columns. */
function toText(blocks) {
    const out = [];
    for (const b of blocks) {
        switch (b.kind) {
            case 'heading':
                out.push('', b.text, '-'.repeat(Math.min(b.text.length, 72)));
                break;
            case 'text':
                out.push(plainText(b.text.replace(/\*\*|`/g, '')));
                break;
            case 'table': {
                const all = [b.header, ...b.rows.map((r) => r.map(plainText))];
                const widths = b.header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
                const fmt = (r) => r
                    .map((c, i) => (b.align?.[i] === 'right' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
                    .join('  ')
                    .trimEnd();
                out.push(fmt(b.header), widths.map((w) => '-'.repeat(w)).join('  '));
                for (const r of all.slice(1))
                    out.push(fmt(r));
                break;
            }
            case 'fold':
                out.push(toText(b.blocks));
                break;
            case 'facts': {
                const width = Math.max(...b.rows.map(([k]) => k.length));
                out.push(...b.rows.map(([k, v]) => `${`${k}:`.padEnd(width + 1)}  ${plainText(v.replace(/`/g, ''))}`));
                break;
            }
            case 'details':
                out.push(`${b.summary}:`, ...b.body
                    .replace(/\n$/, '')
                    .split('\n')
                    .map((l) => `  ${l}`));
                break;
        }
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/tools/archives.generated.ts
// Generated by scripts/gen-tools.mjs (npm run gen:tools): do not edit by hand.
// Source: taiki-e/install-action@ba47c86ac325 (2026-08-21), manifests/<tool>.json — the sha256 of each published release archive.
// Per tool and version: the archive for each platform, its URL and its sha256.
const ARCHIVES_SOURCE = 'taiki-e/install-action@ba47c86ac325 (2026-08-21)';
/** tool → version → platform (`${process.platform}-${process.arch}`) → archive. */
const archives_generated_RELEASE_ARCHIVES = {
    'cargo-audit': {
        '0.22.2': {
            'linux-x64': {
                file: 'cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.2/cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz',
                sha256: '7fb9497f8594b389e5fce5ef9b92db08432996895b2e0c5a0167a69ed445c428',
            },
            'linux-arm64': {
                file: 'cargo-audit-aarch64-unknown-linux-gnu-v0.22.2.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.2/cargo-audit-aarch64-unknown-linux-gnu-v0.22.2.tgz',
                sha256: 'c6603814ddaa45e51263dafd31c0ac98808f688d26f7395804f9670b0fd599dd',
            },
            'darwin-x64': {
                file: 'cargo-audit-x86_64-apple-darwin-v0.22.2.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.2/cargo-audit-x86_64-apple-darwin-v0.22.2.tgz',
                sha256: '847831323de932155b226ab60ee4a180e13e5d007a019f0d4b7b4d89a6de2ab2',
            },
            'darwin-arm64': {
                file: 'cargo-audit-aarch64-apple-darwin-v0.22.2.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.2/cargo-audit-aarch64-apple-darwin-v0.22.2.tgz',
                sha256: 'ec7ca4263769593df4d909be85b94a6b79efa2897be5d2bb8ebd516e823175af',
            },
            'win32-x64': {
                file: 'cargo-audit-x86_64-pc-windows-msvc-v0.22.2.zip',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.2/cargo-audit-x86_64-pc-windows-msvc-v0.22.2.zip',
                sha256: '0a7316540862c13d954f648917ceacca593747baed6eec180fafa590be2710ab',
            },
        },
        '0.22.1': {
            'linux-x64': {
                file: 'cargo-audit-x86_64-unknown-linux-musl-v0.22.1.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.1/cargo-audit-x86_64-unknown-linux-musl-v0.22.1.tgz',
                sha256: 'c32506f338bdcdaef5a17fb9f33abb6ecf9561324cfd34237fd335f9283a1eab',
            },
            'linux-arm64': {
                file: 'cargo-audit-aarch64-unknown-linux-gnu-v0.22.1.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.1/cargo-audit-aarch64-unknown-linux-gnu-v0.22.1.tgz',
                sha256: '4c8df835ee484441bd2c8c6bcac28c4ce4b4058ba9e7477cb9e0012fe7769f66',
            },
            'darwin-x64': {
                file: 'cargo-audit-x86_64-apple-darwin-v0.22.1.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.1/cargo-audit-x86_64-apple-darwin-v0.22.1.tgz',
                sha256: '582d104a2a4bdb127c6bf6d056d89eede40686d11f52e4bc1765132ec99d2fca',
            },
            'darwin-arm64': {
                file: 'cargo-audit-aarch64-apple-darwin-v0.22.1.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.1/cargo-audit-aarch64-apple-darwin-v0.22.1.tgz',
                sha256: '04e76e1da25f597bea4814c44faf8aac215838b9f3646e3b6a873d87acd31b73',
            },
            'win32-x64': {
                file: 'cargo-audit-x86_64-pc-windows-msvc-v0.22.1.zip',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.1/cargo-audit-x86_64-pc-windows-msvc-v0.22.1.zip',
                sha256: '1523eedc57675eff07b230c06dcd545f3cb04e0ebf92f4009218c79000279a74',
            },
        },
        '0.22.0': {
            'linux-x64': {
                file: 'cargo-audit-x86_64-unknown-linux-musl-v0.22.0.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.0/cargo-audit-x86_64-unknown-linux-musl-v0.22.0.tgz',
                sha256: '0ea7a15f67d5007af5bd18f89be38a90ebd004f149dc36ebfab0aedba24cbb4f',
            },
            'linux-arm64': {
                file: 'cargo-audit-aarch64-unknown-linux-gnu-v0.22.0.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.0/cargo-audit-aarch64-unknown-linux-gnu-v0.22.0.tgz',
                sha256: '64ddb7e99b171a881ea2c9f4ec5efa7b988f9131949d957bcd18d17a981b5302',
            },
            'darwin-x64': {
                file: 'cargo-audit-x86_64-apple-darwin-v0.22.0.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.0/cargo-audit-x86_64-apple-darwin-v0.22.0.tgz',
                sha256: 'be2c3f86cdaf39ad88a58a151a946b2360c38cc2ec056dd6aa4cf0dbbcf9e809',
            },
            'win32-x64': {
                file: 'cargo-audit-x86_64-pc-windows-msvc-v0.22.0.zip',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.0/cargo-audit-x86_64-pc-windows-msvc-v0.22.0.zip',
                sha256: 'c4e309c9b6da7dd63a0c191b39ce4c2d48eb7c5cd538dbfdc180c26f02baa777',
            },
        },
        '0.21.2': {
            'linux-x64': {
                file: 'cargo-audit-x86_64-unknown-linux-musl-v0.21.2.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.21.2/cargo-audit-x86_64-unknown-linux-musl-v0.21.2.tgz',
                sha256: '422912aa851458bc9bf37a458b75890cb5a4e2a7e5216dcee7df91507fc594d9',
            },
            'linux-arm64': {
                file: 'cargo-audit-aarch64-unknown-linux-gnu-v0.21.2.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.21.2/cargo-audit-aarch64-unknown-linux-gnu-v0.21.2.tgz',
                sha256: 'f29959b2792bb0864db5db1d2facf16c2f8bc3be323ca57cee9609147cd6f64d',
            },
            'darwin-x64': {
                file: 'cargo-audit-x86_64-apple-darwin-v0.21.2.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.21.2/cargo-audit-x86_64-apple-darwin-v0.21.2.tgz',
                sha256: '35bb991a09591ace872c86210931875dca013a53400eddb75ff2883e00b8eb67',
            },
            'win32-x64': {
                file: 'cargo-audit-x86_64-pc-windows-msvc-v0.21.2.zip',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.21.2/cargo-audit-x86_64-pc-windows-msvc-v0.21.2.zip',
                sha256: '9499b234149962c03f2e4d089ecc756c598d8fee6531f76c719a47feaff7468e',
            },
        },
    },
    'cargo-nextest': {
        '0.9.143': {
            'linux-x64': {
                file: 'cargo-nextest-0.9.143-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.143/cargo-nextest-0.9.143-x86_64-unknown-linux-musl.tar.gz',
                sha256: '6d891c18105ec2d33f6e441a4f92b7ccab47ba263e22055c8bb66884243f3389',
            },
            'linux-arm64': {
                file: 'cargo-nextest-0.9.143-aarch64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.143/cargo-nextest-0.9.143-aarch64-unknown-linux-musl.tar.gz',
                sha256: '0560ce0ce017f368c54b5db86588370fc03b470985490fa81200e62a657dda05',
            },
            'darwin-x64': {
                file: 'cargo-nextest-0.9.143-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.143/cargo-nextest-0.9.143-universal-apple-darwin.tar.gz',
                sha256: '4830d430411148d17602a75cc880bfb4dc8dac153dea59a48a2ef4cc93577f07',
            },
            'darwin-arm64': {
                file: 'cargo-nextest-0.9.143-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.143/cargo-nextest-0.9.143-universal-apple-darwin.tar.gz',
                sha256: '4830d430411148d17602a75cc880bfb4dc8dac153dea59a48a2ef4cc93577f07',
            },
            'win32-x64': {
                file: 'cargo-nextest-0.9.143-x86_64-pc-windows-msvc.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.143/cargo-nextest-0.9.143-x86_64-pc-windows-msvc.tar.gz',
                sha256: 'c42a1dbde532da06dc9b4a43d44fd0ce668b836c2ab7388410f10ff9834476a2',
            },
        },
        '0.9.142': {
            'linux-x64': {
                file: 'cargo-nextest-0.9.142-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.142/cargo-nextest-0.9.142-x86_64-unknown-linux-musl.tar.gz',
                sha256: '92295e2b10c42590cc3aeacafe4567f8296a0903786afdbd525237690094de18',
            },
            'linux-arm64': {
                file: 'cargo-nextest-0.9.142-aarch64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.142/cargo-nextest-0.9.142-aarch64-unknown-linux-musl.tar.gz',
                sha256: 'a24f797388edf66dee8cc40d5d4622f561976b70d779326b3adbef1ef374ae39',
            },
            'darwin-x64': {
                file: 'cargo-nextest-0.9.142-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.142/cargo-nextest-0.9.142-universal-apple-darwin.tar.gz',
                sha256: '7a829c9e440512495e4695cd373ab07a8bef2aa4e9db131fcf7b70e1a1659523',
            },
            'darwin-arm64': {
                file: 'cargo-nextest-0.9.142-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.142/cargo-nextest-0.9.142-universal-apple-darwin.tar.gz',
                sha256: '7a829c9e440512495e4695cd373ab07a8bef2aa4e9db131fcf7b70e1a1659523',
            },
            'win32-x64': {
                file: 'cargo-nextest-0.9.142-x86_64-pc-windows-msvc.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.142/cargo-nextest-0.9.142-x86_64-pc-windows-msvc.tar.gz',
                sha256: 'd07491b05d27ba3bd5fd7fef72a20096200a8db860081c6e8ccfddcdbc04f2f6',
            },
        },
        '0.9.141': {
            'linux-x64': {
                file: 'cargo-nextest-0.9.141-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.141/cargo-nextest-0.9.141-x86_64-unknown-linux-musl.tar.gz',
                sha256: '030e10c2a2e5723f8013f7f2e793683b42a9de12d1593520dd3abe1628b6b7a8',
            },
            'linux-arm64': {
                file: 'cargo-nextest-0.9.141-aarch64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.141/cargo-nextest-0.9.141-aarch64-unknown-linux-musl.tar.gz',
                sha256: 'd9719ce9b45706834df6fc38b7fca1bf0733b9ad9a0a9fe3ffd60ea8fbd37400',
            },
            'darwin-x64': {
                file: 'cargo-nextest-0.9.141-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.141/cargo-nextest-0.9.141-universal-apple-darwin.tar.gz',
                sha256: 'c26f26f8b2d61aa07dc8d65e0cea073781e23da0c5d9e7f93dbd627d0a5a5fb9',
            },
            'darwin-arm64': {
                file: 'cargo-nextest-0.9.141-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.141/cargo-nextest-0.9.141-universal-apple-darwin.tar.gz',
                sha256: 'c26f26f8b2d61aa07dc8d65e0cea073781e23da0c5d9e7f93dbd627d0a5a5fb9',
            },
            'win32-x64': {
                file: 'cargo-nextest-0.9.141-x86_64-pc-windows-msvc.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.141/cargo-nextest-0.9.141-x86_64-pc-windows-msvc.tar.gz',
                sha256: '83917f801d65f4af44c45a3abfa20e0f338fee37dfcf7df0a35c367f2ebba0cb',
            },
        },
        '0.9.140': {
            'linux-x64': {
                file: 'cargo-nextest-0.9.140-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.140/cargo-nextest-0.9.140-x86_64-unknown-linux-musl.tar.gz',
                sha256: 'bc2a998567816eef7b087b920036f49fb89aa2a8a603f6a3d84098be160b62c5',
            },
            'linux-arm64': {
                file: 'cargo-nextest-0.9.140-aarch64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.140/cargo-nextest-0.9.140-aarch64-unknown-linux-musl.tar.gz',
                sha256: '81fe08bda065ae74fa9092c444d797c31e12c245080bfb9f4dc207e21def4b98',
            },
            'darwin-x64': {
                file: 'cargo-nextest-0.9.140-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.140/cargo-nextest-0.9.140-universal-apple-darwin.tar.gz',
                sha256: '58e0a722f9444078fab447783f322acf15a2a771ba785b3fbbe8bacda31c3df9',
            },
            'darwin-arm64': {
                file: 'cargo-nextest-0.9.140-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.140/cargo-nextest-0.9.140-universal-apple-darwin.tar.gz',
                sha256: '58e0a722f9444078fab447783f322acf15a2a771ba785b3fbbe8bacda31c3df9',
            },
            'win32-x64': {
                file: 'cargo-nextest-0.9.140-x86_64-pc-windows-msvc.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.140/cargo-nextest-0.9.140-x86_64-pc-windows-msvc.tar.gz',
                sha256: 'b75c287b89df1fbfe033a98df058a94cd1f5119dab6ff56e4916e5a1597c7ac9',
            },
        },
        '0.9.123': {
            'linux-x64': {
                file: 'cargo-nextest-0.9.123-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.123/cargo-nextest-0.9.123-x86_64-unknown-linux-musl.tar.gz',
                sha256: 'c815b05f54c945f2704e777871bfb6b90a9eb68e5cdbda5bfa2663d38f4aaef7',
            },
            'linux-arm64': {
                file: 'cargo-nextest-0.9.123-aarch64-unknown-linux-gnu.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.123/cargo-nextest-0.9.123-aarch64-unknown-linux-gnu.tar.gz',
                sha256: '91ab98eedb817a52f4d4ae31e4c354e630ce1cc7d81c534b37b4d1edd42451c8',
            },
            'darwin-x64': {
                file: 'cargo-nextest-0.9.123-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.123/cargo-nextest-0.9.123-universal-apple-darwin.tar.gz',
                sha256: 'da12a18f487581b1a13f42344e87ebe87bf3074e100e211eafb89f539a54090a',
            },
            'darwin-arm64': {
                file: 'cargo-nextest-0.9.123-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.123/cargo-nextest-0.9.123-universal-apple-darwin.tar.gz',
                sha256: 'da12a18f487581b1a13f42344e87ebe87bf3074e100e211eafb89f539a54090a',
            },
            'win32-x64': {
                file: 'cargo-nextest-0.9.123-x86_64-pc-windows-msvc.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.123/cargo-nextest-0.9.123-x86_64-pc-windows-msvc.tar.gz',
                sha256: '3a692f5962b1cb10cd4d6f929e3c2ae468fa238d9365b3823e98d3b6889ff8f2',
            },
        },
    },
    'cargo-tarpaulin': {
        '0.37.2': {
            'linux-x64': {
                file: 'cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.2/cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
                sha256: '837dc54d21da101e96e888c6f6680d25f3c06554b0614880ea385cdf68cd5173',
            },
            'linux-arm64': {
                file: 'cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.2/cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
                sha256: 'f94bfd24784134d03b61872d0f52f192325a9a2b0511d09fab37acb84e65a603',
            },
            'darwin-x64': {
                file: 'cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.2/cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
                sha256: 'ce1acc986b42ae8d94725d0889529807a213e7bb0cd1b8b8bdf08f6b2e7ee110',
            },
            'darwin-arm64': {
                file: 'cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.2/cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
                sha256: 'd7c19e5d1c45d0a2c6ae22ce7a59e747999e583095806ec02b92bfea66f15eaa',
            },
            'win32-x64': {
                file: 'cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.2/cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
                sha256: '1aec8ee50c532ae432ef510c24839b4206757317cb802e0b810c52abfb5ba9dd',
            },
        },
        '0.37.1': {
            'linux-x64': {
                file: 'cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.1/cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
                sha256: '566cf089b157f547aaf7fcd0ff9cad9951abef39f55d146da2596f4b523b6a5f',
            },
            'linux-arm64': {
                file: 'cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.1/cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
                sha256: '82de9090cba572a3cbb69321c8eef7065d5dc55dbe16ed8ef8223c989cda71f1',
            },
            'darwin-x64': {
                file: 'cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.1/cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
                sha256: '459c78e8bc5ea9a675c82e1cdc3eaad4e9dd5e76f17c75e6660efe5ec56e9f7e',
            },
            'darwin-arm64': {
                file: 'cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.1/cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
                sha256: 'ce7980d8ac630d36cd72fbfad0faa71adab6133ba318572117636c0ff7265311',
            },
            'win32-x64': {
                file: 'cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.1/cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
                sha256: '9f7b6eaed8c6366c163abd5927a8f057ef81fab7df721b02a8e0a8623a68352f',
            },
        },
        '0.37.0': {
            'linux-x64': {
                file: 'cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.0/cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
                sha256: 'c7a5f7d273154e15047684aea0482d1bf37998edc7a1bc0dd9ade0a446b9cfd8',
            },
            'linux-arm64': {
                file: 'cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.0/cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
                sha256: '00f0f0c3a64b86ca48ebb13ddccb25b85676fb30ed3d5156e4db7e9aa1bf3837',
            },
            'darwin-x64': {
                file: 'cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.0/cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
                sha256: 'ebc03b4d2729a6c5148c455b1f8e3904c63e10abf815ff2c02f967ad4811a21a',
            },
            'darwin-arm64': {
                file: 'cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.0/cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
                sha256: 'a44f2b8a7e3eca54bb2beaaeb71fca93b40b4a97ce9bcabadcee8f61289fea0e',
            },
            'win32-x64': {
                file: 'cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.0/cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
                sha256: '0bf42f8c064716f12e96553e70d7724110d6c6e97b332a37d1ce77f3ad2aae27',
            },
        },
        '0.36.0': {
            'linux-x64': {
                file: 'cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.36.0/cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
                sha256: '61ffa2a1268b013bdd422c28394f37533d0349b4bbb604b3d5a3cc9a4d808bbd',
            },
            'linux-arm64': {
                file: 'cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.36.0/cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
                sha256: 'c65628d3180cbe33683d1971d10b6723b1b496dc90a0292aeccdfddd731191a1',
            },
            'darwin-x64': {
                file: 'cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.36.0/cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
                sha256: '6423a6be52879fe94bb82b7cd2ce71d31e0a280dd12a435026de995d601a33a7',
            },
            'darwin-arm64': {
                file: 'cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.36.0/cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
                sha256: 'b6674ed02a076b03b30e42cfd650f1d470d37803a36ab7f64caf0ab46eec5ec4',
            },
            'win32-x64': {
                file: 'cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.36.0/cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
                sha256: '6d83385a668c0080043cb2288c4278a2a79650684d7a33c124e25602a24eb1e7',
            },
        },
    },
};

;// CONCATENATED MODULE: ./src/tools/table.ts
// The one table of cargo tools the pipeline installs: how each tool's prebuilt release archive is
// named per platform. The published sha256 of known versions is in archives.generated.ts (generated by
// scripts/gen-tools.mjs); pinned default versions are the inputs' defaults (src/inputs/specs.ts).
//
// A download is only ever attempted for an archive whose sha256 is known, either from
// archives.generated.ts or from the checksum file named by RUST_PIPELINE_TOOL_CHECKSUMS (see checksums.ts,
// which takes precedence: a mirror may serve archives of its own). Without one the installer
// builds the tool with `cargo install --locked` instead: an unverified binary is never run.

/** The platforms every shipped default version has a verified archive for. */
const PLATFORMS = (/* unused pure expression or super */ null && (['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64']));
const TOOL_NAMES = ['cargo-audit', 'cargo-tarpaulin', 'cargo-nextest', 'cargo-deny', 'cargo-auditable'];
const TOOL_TABLE = {
    'cargo-audit': {
        crate: 'cargo-audit',
        bin: 'cargo-audit',
        subcommand: 'audit',
        releaseBase: 'https://github.com/rustsec/rustsec/releases/download',
        tag: (v) => `cargo-audit/v${v}`,
        assets: {
            'linux-x64': (v) => `cargo-audit-x86_64-unknown-linux-musl-v${v}.tgz`,
            'linux-arm64': (v) => `cargo-audit-aarch64-unknown-linux-gnu-v${v}.tgz`,
            'darwin-x64': (v) => `cargo-audit-x86_64-apple-darwin-v${v}.tgz`,
            'darwin-arm64': (v) => `cargo-audit-aarch64-apple-darwin-v${v}.tgz`,
            'win32-x64': (v) => `cargo-audit-x86_64-pc-windows-msvc-v${v}.zip`,
        },
    },
    'cargo-tarpaulin': {
        crate: 'cargo-tarpaulin',
        bin: 'cargo-tarpaulin',
        subcommand: 'tarpaulin',
        releaseBase: 'https://github.com/xd009642/tarpaulin/releases/download',
        tag: (v) => v,
        assets: {
            'linux-x64': () => 'cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
            'linux-arm64': () => 'cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
            'darwin-x64': () => 'cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
            'darwin-arm64': () => 'cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
            'win32-x64': () => 'cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
        },
    },
    'cargo-nextest': {
        crate: 'cargo-nextest',
        bin: 'cargo-nextest',
        subcommand: 'nextest',
        releaseBase: 'https://github.com/nextest-rs/nextest/releases/download',
        tag: (v) => `cargo-nextest-${v}`,
        assets: {
            'linux-x64': (v) => `cargo-nextest-${v}-x86_64-unknown-linux-musl.tar.gz`,
            'linux-arm64': (v) => `cargo-nextest-${v}-aarch64-unknown-linux-musl.tar.gz`,
            'darwin-x64': (v) => `cargo-nextest-${v}-universal-apple-darwin.tar.gz`,
            'darwin-arm64': (v) => `cargo-nextest-${v}-universal-apple-darwin.tar.gz`,
            'win32-x64': (v) => `cargo-nextest-${v}-x86_64-pc-windows-msvc.tar.gz`,
        },
    },
    'cargo-deny': {
        crate: 'cargo-deny',
        bin: 'cargo-deny',
        subcommand: 'deny',
        releaseBase: 'https://github.com/EmbarkStudios/cargo-deny/releases/download',
        tag: (v) => v,
        assets: {
            'linux-x64': (v) => `cargo-deny-${v}-x86_64-unknown-linux-musl.tar.gz`,
            'linux-arm64': (v) => `cargo-deny-${v}-aarch64-unknown-linux-musl.tar.gz`,
            'darwin-x64': (v) => `cargo-deny-${v}-x86_64-apple-darwin.tar.gz`,
            'darwin-arm64': (v) => `cargo-deny-${v}-aarch64-apple-darwin.tar.gz`,
            'win32-x64': (v) => `cargo-deny-${v}-x86_64-pc-windows-msvc.tar.gz`,
        },
    },
    'cargo-auditable': {
        crate: 'cargo-auditable',
        bin: 'cargo-auditable',
        subcommand: 'auditable',
        releaseBase: 'https://github.com/rust-secure-code/cargo-auditable/releases/download',
        tag: (v) => `v${v}`,
        // Its releases are .tar.xz archives, which the installer does not unpack: cargo install always.
        assets: {},
    },
};
function currentPlatform(platform = process.platform, arch = process.arch) {
    return `${platform}-${arch}`;
}
/** The release archive of a tool version for a platform; undefined when none is published for it. */
function assetFor(tool, version, platform, mirror) {
    const spec = TOOL_TABLE[tool];
    const known = RELEASE_ARCHIVES[tool]?.[version]?.[platform];
    const name = spec.assets[platform];
    const file = known?.file ?? name?.(version);
    if (!file)
        return undefined;
    const mirrorPath = `${tool}/${version}/${file}`;
    const url = mirror
        ? `${mirror.replace(/\/+$/, '')}/${mirrorPath}`
        : (known?.url ?? `${spec.releaseBase}/${spec.tag(version)}/${file}`);
    return { file, mirrorPath, url, ...(known ? { sha256: known.sha256 } : {}) };
}

;// CONCATENATED MODULE: ./src/cache/confine.ts
// What post may touch. The state main leaves is a file the repository's code could rewrite while
// it runs, and the workspace's files (a .cargo/config naming another target-dir) are that code's
// too: post works out the places the cache may hold from its own environment and inputs, and
// accepts a path from the state only when it is one of them. Deleting is allowed below the target
// dir and CARGO_HOME's cached folders only, never through a symlink, never in CARGO_HOME/bin.




function trustedPlaces(env, inputs) {
    return {
        workspace: (0,external_node_path_.resolve)((0,src_paths/* workspaceDir */.zf)(env)),
        cargoHome: (0,src_paths/* cargoHomeOf */.nN)(env),
        toolDir: (0,src_paths/* toolDirOf */.pr)(env),
        ...(env.CARGO_TARGET_DIR ? { envTargetDir: (0,external_node_path_.resolve)(inputs.workingDirectory, env.CARGO_TARGET_DIR) } : {}),
        extraDirs: inputs.cache.directories,
    };
}
/** The parts of CARGO_HOME the main entry carries (credentials, bin and config never). */
function cachedCargoHomeParts(cargoHome) {
    return [(0,external_node_path_.join)(cargoHome, 'registry', 'index'), (0,external_node_path_.join)(cargoHome, 'registry', 'cache'), (0,external_node_path_.join)(cargoHome, 'git', 'db')];
}
/** The tool directories the main entry carries. */
function cachedToolDirs(toolDir) {
    return TOOL_NAMES.map((t) => (0,external_node_path_.join)(toolDir, t));
}
/**
 * A target dir named by the state, if post may use it: CARGO_TARGET_DIR, or a folder strictly
 * inside the workspace and outside its .git (where cargo metadata puts it by default).
 */
function confineTargetDir(dir, places) {
    const p = (0,external_node_path_.resolve)(dir);
    if (places.envTargetDir && p === places.envTargetDir)
        return p;
    if (p === places.workspace || !(0,src_paths/* isInside */.FK)(p, places.workspace) || (0,src_paths/* isInside */.FK)(p, (0,external_node_path_.join)(places.workspace, '.git')))
        return undefined;
    // Where it really leads must be inside the workspace too (no symlinked target dir to elsewhere).
    return (0,src_paths/* isInside */.FK)((0,src_paths/* realPathOf */.dN)(p), (0,src_paths/* realPathOf */.dN)(places.workspace)) ? p : undefined;
}
/** Every path the main entry may hold, given its (confined) target dirs. */
function allowedEntryPaths(places, targetDirs) {
    return new Set([
        ...cachedCargoHomeParts(places.cargoHome),
        ...targetDirs,
        ...cachedToolDirs(places.toolDir),
        ...places.extraDirs,
    ]);
}
/** The folders post may delete in (the target dirs and CARGO_HOME's cached folders). Never CARGO_HOME/bin. */
function deletableRoots(places, targetDirs) {
    return [...targetDirs, ...cachedCargoHomeParts(places.cargoHome), places.toolDir];
}
/**
 * Whether `path` may be deleted: strictly below one of `roots`, with no symlink on the way from the
 * root to it (the folder it is in resolves to a place inside the root's real path). The path itself
 * may be a symlink: removing it removes the link, never what it points at.
 */
function mayDelete(path, roots) {
    const p = (0,external_node_path_.resolve)(path);
    const root = roots.find((r) => p !== r && (0,src_paths/* isInside */.FK)(p, r));
    if (!root)
        return false;
    return (0,src_paths/* isInside */.FK)((0,src_paths/* realPathOf */.dN)((0,external_node_path_.dirname)(p)), (0,src_paths/* realPathOf */.dN)(root));
}
/** The key prefixes our entries use; a key from the state must start with one (and be a plain key). */
function looksLikeOurKey(key, prefix) {
    return typeof key === 'string' && key.length <= 512 && key.startsWith(`${prefix}-`) && /^[A-Za-z0-9._+-]+$/.test(key);
}
/**
 * Symlinks under `root` that lead outside it (or outside every one of `inside`, the entry's cached
 * places), found without following any. Cargo makes none; left in the entry, one would be restored
 * on the next runner as a door out of the cached places (to /etc, ~/.ssh, …).
 */
function outwardLinks(root, inside = [root]) {
    const realRoots = inside.map(src_paths/* realPathOf */.dN);
    const out = [];
    (0,src_paths/* walkTree */.Ir)(root, (p, st) => {
        if (!st.isSymbolicLink())
            return st.isDirectory();
        const to = (0,src_paths/* realPathOf */.dN)((0,external_node_path_.resolve)((0,external_node_path_.dirname)(p), (0,external_node_fs_.readlinkSync)(p)));
        if (!realRoots.some((r) => (0,src_paths/* isInside */.FK)(to, r)))
            out.push(p);
    }, { follow: false });
    return out;
}

;// CONCATENATED MODULE: ./src/cache/prune.ts
// What to leave out of a cache entry: whatever is cheap to rebuild or will not be reused.
//
// planPrune only reads the disk and returns a plan (paths with a reason and a size); the action
// deletes those paths before saving (the job is over), the local CLI cache leaves them out of the
// archive instead (the developer's own target/ stays as it is).
//
// In each profile directory of target/ (debug, release, <triple>/debug, …), cargo keeps one
// "unit" per compiled thing: .fingerprint/<package>-<hash>/, its outputs deps/*-<hash>.* and,
// for build scripts, build/<package>-<hash>/. A unit goes when it belongs to a workspace
// package (rebuilt anyway), when its package version is no longer in any Cargo.lock, when its
// package left the lockfiles altogether, or when it was built by a compiler this run did not use;
// and, where the run's unit ledger (src/cargo/units.ts) lists what its cargo commands used in a
// profile directory, when this run did not use it (another feature set, a version that moved on).
// The incremental state this run used is kept: the benchmark shows it pays for its restore time.
// Installed tools keep only the versions this run pins: an upgrade of a pinned version would
// otherwise carry every older binary along in the entry for ever.
// Registry sources (registry/src) are not part of the entry at all: cargo unpacks them again from
// registry/cache, keeping the files' timestamps, so compiled dependencies stay fresh.



/** Total size of a file or directory tree (symlinks not followed), without the paths in `skip`. */
function diskUsage(path, skip) {
    if (skip?.has(path))
        return 0;
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        return 0;
    }
    if (!st.isDirectory())
        return st.size;
    let total = 0;
    for (const name of safeList(path))
        total += diskUsage((0,external_node_path_.join)(path, name), skip);
    return total;
}
/**
 * The size of `paths` before the plan's items are pruned. The plan measured its items when it was
 * made: only the rest is walked, so that no file is measured twice.
 */
function sizeBeforePrune(paths, plan) {
    const pruned = new Set(plan.items.map((i) => i.path));
    return plan.bytes + paths.reduce((s, p) => s + diskUsage(p, pruned), 0);
}
function safeList(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
}
// lstat everywhere: a symlink is never followed, so nothing outside the target dir and CARGO_HOME
// is ever read as part of them, planned for removal or measured.
function isDir(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function mtimeMs(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).mtimeMs;
    }
    catch {
        return 0;
    }
}
function safeRead(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return '';
    }
}
/** Profile directories of a target dir: those holding a .fingerprint folder, one or two levels down. */
function profileDirs(targetDir) {
    const out = [];
    for (const a of safeList(targetDir)) {
        const p = (0,external_node_path_.join)(targetDir, a);
        if (!isDir(p))
            continue;
        if (isDir((0,external_node_path_.join)(p, '.fingerprint')))
            out.push(p);
        else
            for (const b of safeList(p))
                if (isDir((0,external_node_path_.join)(p, b, '.fingerprint')))
                    out.push((0,external_node_path_.join)(p, b));
    }
    return out.sort();
}
const UNIT_DIR = /^(.+)-([0-9a-f]{16})$/;
/** u64 as cargo prints it in JSON → the little-endian hex cargo writes into fingerprint files. */
function u64ToFingerprintHex(decimal) {
    const hex = BigInt(decimal).toString(16).padStart(16, '0');
    return (hex.match(/../g) ?? []).reverse().join('');
}
/** Package version from a dep-info file: the `<name>-<version>/` directory its sources live in. */
function versionFromDepInfo(text, name) {
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`[\\\\/]${esc}-(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?)[\\\\/]`).exec(text);
    return m?.[1];
}
function readUnit(profile, dirName, runStartMs, depInfo) {
    const m = UNIT_DIR.exec(dirName);
    if (!m)
        return undefined;
    const dir = (0,external_node_path_.join)(profile, '.fingerprint', dirName);
    const unit = { dir, name: m[1], hash: m[2], fresh: false };
    for (const f of safeList(dir)) {
        const p = (0,external_node_path_.join)(dir, f);
        if (f.endsWith('.json')) {
            const text = safeRead(p);
            unit.rustc ??= /"rustc":(\d+)/.exec(text)?.[1];
            if (f.startsWith('run-build-script')) {
                const dep = /"deps":\[\[\d+,"[^"]*",(?:true|false),(\d+)\]/.exec(text);
                if (dep)
                    unit.runsScript = u64ToFingerprintHex(dep[1]);
            }
            if (mtimeMs(p) >= runStartMs)
                unit.fresh = true;
        }
        else if (f.startsWith('build-script-') && !f.startsWith('build-script-build-script-build.')) {
            // build-script-<kind>: the 16-hex fingerprint of the script's compile.
            const text = safeRead(p).trim();
            if (/^[0-9a-f]{16}$/.test(text))
                unit.publishes = text;
        }
    }
    const d = depInfo.get(unit.hash);
    if (d)
        unit.version = versionFromDepInfo(d, unit.name);
    if (!unit.version) {
        for (const f of safeList((0,external_node_path_.join)(profile, 'build', dirName))) {
            if (f.endsWith('.d')) {
                unit.version = versionFromDepInfo(safeRead((0,external_node_path_.join)(profile, 'build', dirName, f)), unit.name);
                if (unit.version)
                    break;
            }
        }
    }
    return unit;
}
/** Loose files and folders of a profile directory: incremental state this run did not use, examples, outputs. */
function planProfileFiles(profile, runStartMs, add) {
    for (const name of safeList(profile)) {
        const p = (0,external_node_path_.join)(profile, name);
        if (name === 'incremental') {
            // Incremental state of the workspace's crates that this run used (rustc added a session to
            // it) is kept: it measurably speeds up the next build of changed sources. The rest is stale.
            for (const dir of safeList(p)) {
                const d = (0,external_node_path_.join)(p, dir);
                if (mtimeMs(d) < runStartMs)
                    add(d, 'incremental');
            }
        }
        else if (name === 'examples')
            add(p, 'workspace outputs');
        else if (!isDir(p) && name !== '.cargo-lock')
            add(p, 'workspace outputs');
    }
}
/** The units of a profile directory (from .fingerprint/), with their versions, and deps/ files by hash. */
function readProfileUnits(profile, runStartMs) {
    // deps files by unit hash, and the first dep-info text of each hash (for versions).
    const depsByHash = new Map();
    const depInfo = new Map();
    const depsDir = (0,external_node_path_.join)(profile, 'deps');
    for (const f of safeList(depsDir)) {
        const m = /-([0-9a-f]{16})(?:\.[^-]*)?$/.exec(f);
        if (!m)
            continue;
        const list = depsByHash.get(m[1]) ?? [];
        list.push((0,external_node_path_.join)(depsDir, f));
        depsByHash.set(m[1], list);
        if (f.endsWith('.d') && !depInfo.has(m[1]))
            depInfo.set(m[1], safeRead((0,external_node_path_.join)(depsDir, f)));
    }
    const units = safeList((0,external_node_path_.join)(profile, '.fingerprint'))
        .map((d) => readUnit(profile, d, runStartMs, depInfo))
        .filter((u) => u !== undefined);
    // A build-script run has the version of the script compile it runs.
    const byPublished = new Map(units.filter((u) => u.publishes).map((u) => [u.publishes, u]));
    for (const u of units)
        if (!u.version && u.runsScript)
            u.version = byPublished.get(u.runsScript)?.version;
    return { units, depsByHash };
}
/** Why a unit leaves the entry, if it does. */
function unitReason(u, r) {
    if (r.members.has(u.name))
        return 'workspace crates';
    if (r.locked.size > 0 && u.version && !r.locked.has(`${u.name}@${u.version}`))
        return r.lockedNames.has(u.name) ? 'stale versions' : 'removed dependencies';
    if (r.locked.size > 0 && !u.version && !r.lockedNames.has(u.name))
        return 'removed dependencies';
    if (r.current.size > 0 && u.rustc && !r.current.has(u.rustc))
        return 'old toolchains';
    if (r.used && !r.used.has(u.hash))
        return 'unused units';
    return undefined;
}
/** deps/ files and build/ folders of units this run did not use that have no .fingerprint folder left. */
function planOrphans(profile, p, used, add) {
    const known = new Set(p.units.map((u) => u.hash));
    for (const [hash, files] of p.depsByHash) {
        if (!known.has(hash) && !used.has(hash))
            for (const f of files)
                add(f, 'unused units');
    }
    for (const name of safeList((0,external_node_path_.join)(profile, 'build'))) {
        const m = UNIT_DIR.exec(name);
        if (m && !known.has(m[2]) && !used.has(m[2]))
            add((0,external_node_path_.join)(profile, 'build', name), 'unused units');
    }
}
function planProfile(profile, o, members, add) {
    planProfileFiles(profile, o.runStartMs, add);
    const p = readProfileUnits(profile, o.runStartMs);
    const used = o.used?.get((0,external_node_path_.resolve)(profile));
    const rules = {
        members,
        locked: o.locked,
        lockedNames: new Set([...o.locked].map((nv) => nv.slice(0, nv.lastIndexOf('@')))),
        current: new Set(p.units.filter((u) => u.rustc && (u.fresh || members.has(u.name))).map((u) => u.rustc)),
        ...(used ? { used } : {}),
    };
    for (const u of p.units) {
        const reason = unitReason(u, rules);
        if (!reason)
            continue;
        add(u.dir, reason);
        const build = (0,external_node_path_.join)(profile, 'build', `${u.name}-${u.hash}`);
        if (isDir(build))
            add(build, reason);
        for (const f of p.depsByHash.get(u.hash) ?? [])
            add(f, reason);
    }
    if (used)
        planOrphans(profile, p, used, add);
}
function planPrune(o) {
    const items = [];
    const seen = new Set();
    const add = (path, reason) => {
        if (seen.has(path))
            return;
        seen.add(path);
        items.push({ path, reason, bytes: diskUsage(path) });
    };
    const members = new Set(o.members);
    for (const target of o.targetDirs) {
        for (const name of ['doc', 'package', 'rust-pipeline', 'tmp']) {
            const p = (0,external_node_path_.join)(target, name);
            if (isDir(p))
                add(p, 'docs and packages');
        }
        for (const profile of profileDirs(target))
            planProfile(profile, o, members, add);
    }
    const registry = (0,external_node_path_.join)(o.cargoHome, 'registry');
    if (o.locked.size > 0) {
        for (const index of safeList((0,external_node_path_.join)(registry, 'cache'))) {
            const dir = (0,external_node_path_.join)(registry, 'cache', index);
            for (const f of safeList(dir)) {
                const m = /^(.+)-(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\.crate$/.exec(f);
                if (m && !o.locked.has(`${m[1]}@${m[2]}`))
                    add((0,external_node_path_.join)(dir, f), 'unused crate files');
            }
        }
    }
    if (o.tools) {
        for (const [tool, version] of Object.entries(o.tools.keep)) {
            const dir = (0,external_node_path_.join)(o.tools.dir, tool);
            for (const v of safeList(dir))
                if (v !== version)
                    add((0,external_node_path_.join)(dir, v), 'old tool versions');
        }
    }
    return { items, bytes: items.reduce((s, i) => s + i.bytes, 0) };
}
function present(path) {
    try {
        (0,external_node_fs_.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Deletes what the plan lists, but only inside `roots` (the target dirs and CARGO_HOME's cached
 * folders) and never through a symlink: a symlinked item is removed as a link, its target untouched.
 */
function applyPrune(plan, roots) {
    const out = { freedBytes: 0, refused: [] };
    for (const item of plan.items) {
        if (!present(item.path))
            continue;
        if (!mayDelete(item.path, roots)) {
            out.refused.push(item.path);
            continue;
        }
        try {
            // rmSync does not follow symlinks: it unlinks them, inside a tree as at its top.
            (0,external_node_fs_.rmSync)(item.path, { recursive: true, force: true });
            out.freedBytes += item.bytes;
        }
        catch {
            /* best effort: a file we cannot delete just stays in the entry */
        }
    }
    return out;
}
/** Bytes per reason, largest first, for the summary. */
function pruneTotals(plan) {
    const by = new Map();
    for (const i of plan.items) {
        const t = by.get(i.reason) ?? { count: 0, bytes: 0 };
        t.count++;
        t.bytes += i.bytes;
        by.set(i.reason, t);
    }
    return [...by.entries()].map(([reason, t]) => ({ reason, ...t })).sort((a, b) => b.bytes - a.bytes);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/exec.ts + 2 modules
var exec = __webpack_require__(3738);
// EXTERNAL MODULE: ./src/child-env.ts
var child_env = __webpack_require__(5387);
;// CONCATENATED MODULE: ./src/cache/key-match.ts
// Cache keys compared as the cache service compares them: case-insensitively (a service may hand a
// key back lower-cased, as act's does: https://github.com/nektos/act/issues/2497), as actions/cache
// does with localeCompare and sensitivity 'accent' (actions/cache src/restoreImpl.ts, isExactKeyMatch).
const printableAscii = /^[\x20-\x7e]*$/;
/**
 * Whether two cache keys name the same entry. Between printable ASCII keys (every key this action
 * makes) that is equality ignoring case, answered without the collator, whose first use loads
 * ICU's tables (several milliseconds at the start of a run).
 */
function sameKey(a, b) {
    if (a === b)
        return true;
    if (printableAscii.test(a) && printableAscii.test(b))
        return a.toLowerCase() === b.toLowerCase();
    return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}
/** Whether `key` starts with `prefix`, compared as the service compares keys. */
function keyStartsWith(key, prefix) {
    return key.length >= prefix.length && sameKey(key.slice(0, prefix.length), prefix);
}

;// CONCATENATED MODULE: ./src/cargo/commands.ts
/** Before the `--` that starts arguments for the test binaries, if any. */
function beforeSeparator(args, add) {
    const sep = args.indexOf('--');
    return sep < 0 ? [...args, add] : [...args.slice(0, sep), add, ...args.slice(sep)];
}
/**
 * The command with cargo's JSON messages on stdout (diagnostics still rendered as text on stderr),
 * so that the units it builds are known; a command already given a --message-format is left as it is.
 */
function reportingUnits(cmd) {
    const sep = cmd.args.indexOf('--');
    const own = (sep < 0 ? cmd.args : cmd.args.slice(0, sep)).some((a) => a.startsWith('--message-format'));
    if (own)
        return { ...cmd, units: 'unknown' };
    return { ...cmd, args: beforeSeparator(cmd.args, '--message-format=json-render-diagnostics'), units: 'route' };
}
/** Environment selecting a toolchain through rustup; empty when the directory's own file decides. */
function toolchainEnv(toolchain) {
    return toolchain ? { RUSTUP_TOOLCHAIN: toolchain } : {};
}
function fmtCommand() {
    return { args: ['fmt', '--all', '--', '--check'], env: {} };
}
function clippyCommand(o) {
    const args = ['clippy', '--workspace', '--all-targets'];
    if (o.locked)
        args.push('--locked');
    args.push(...o.features.args);
    if (o.json)
        args.push('--message-format=json');
    const lints = o.denyWarnings ? ['-D', 'warnings'] : [];
    if (lints.length > 0 || o.extra.length > 0)
        args.push('--', ...lints, ...o.extra);
    return { args, env: {}, units: o.json ? 'json' : 'unknown' };
}
/** `cargo test` over the whole workspace: unit, integration and doc tests; every test binary runs even when one fails. */
function testCommand(o) {
    const args = ['test', '--workspace', '--no-fail-fast'];
    if (o.locked)
        args.push('--locked');
    args.push(...o.features.args, ...o.extra);
    return reportingUnits({ args, env: {} });
}
/** `cargo nextest run` (nextest does not run doc tests: docTestCommand follows it). */
function nextestCommand(o) {
    const args = ['nextest', 'run', '--workspace', '--no-fail-fast'];
    if (o.locked)
        args.push('--locked');
    // A hash shard of a small suite may hold no test at all: that shard passes.
    if (o.partition)
        args.push('--partition', `hash:${o.partition.index}/${o.partition.count}`, '--no-tests=pass');
    args.push(...o.features.args, ...o.extra);
    // Plain status lines for the parser and the log, whatever the terminal.
    return { args, env: { NEXTEST_HIDE_PROGRESS_BAR: '1' }, units: 'unknown' };
}
/** Doc tests only, for the nextest runner. */
function docTestCommand(o) {
    const args = ['test', '--doc', '--workspace', '--no-fail-fast'];
    if (o.locked)
        args.push('--locked');
    args.push(...o.features.args);
    return reportingUnits({ args, env: {} });
}

;// CONCATENATED MODULE: ./src/cargo/metadata.ts
// What a run asks cargo and rustc about the workspace and the compiler, asked once per run:
// `cargo metadata --format-version 1 --no-deps` per working directory and toolchain (the
// workspace root, the target directory, the member packages) and `rustc -vV` per toolchain.
//
// Answers are kept per run: in a WeakMap keyed on the object the caller passes (the run's
// StageContext, which the setup steps and every stage share), so nothing carries over from one
// run, or one test, to the next. Only answers are kept: a failed question (e.g. asked by the cache
// key before the toolchain was installed) is asked again by the next caller.





function metadataCommand() {
    return { args: ['metadata', '--format-version', '1', '--no-deps'], env: {} };
}
/** Reads `cargo metadata --format-version 1` output; packages are narrowed to the workspace members. Throws on JSON that is not metadata. */
function parseCargoMetadata(json) {
    const doc = JSON.parse(json);
    if (!Array.isArray(doc.packages) || typeof doc.target_directory !== 'string')
        throw new Error('not cargo metadata: no packages or target_directory');
    // With --no-deps every package is a member; older documents may lack the list.
    const members = new Set(doc.workspace_members ?? doc.packages.map((p) => p.id));
    return {
        ...(doc.workspace_root ? { workspaceRoot: doc.workspace_root } : {}),
        targetDirectory: doc.target_directory,
        packages: doc.packages
            .filter((p) => members.has(p.id))
            .map((p) => ({
            name: p.name,
            version: p.version,
            ...(p.description ? { description: p.description } : {}),
            ...(p.license ? { license: p.license } : {}),
            ...(p.manifest_path ? { manifestPath: p.manifest_path } : {}),
            targets: (p.targets ?? []).map((t) => ({ name: t.name, kind: [...t.kind] })),
        })),
    };
}
const runs = new WeakMap();
/** The answers asked (or known) so far in the run of `deps`. */
function answersOf(deps) {
    let asked = runs.get(deps);
    if (!asked)
        runs.set(deps, (asked = new Map()));
    return asked;
}
/** Asks once per run and key; a failure is forgotten once it is known, so the next caller asks again. */
function ask(deps, key, question) {
    const asked = answersOf(deps);
    const known = asked.get(key);
    if (known)
        return known;
    const pending = question();
    asked.set(key, pending);
    const forget = () => {
        if (asked.get(key) === pending)
            asked.delete(key);
    };
    pending.then((a) => a.ok || forget(), forget);
    return pending;
}
/** Keeps an answer known without asking (remembered from an earlier run): the run's callers get it as if asked. */
function knowAnswer(deps, key, value) {
    const asked = answersOf(deps);
    if (!asked.has(key))
        asked.set(key, Promise.resolve({ ok: true, value }));
}
/** This run's `cargo metadata` answer for deps.cwd and `toolchain`, known without asking cargo. */
function knownCargoMetadata(deps, toolchain, value) {
    knowAnswer(deps, `metadata|${deps.cwd}|${toolchain ?? ''}`, value);
}
/** This run's `rustc -vV` of `toolchain`, known without asking rustc. */
function knownRustcVersion(deps, toolchain, text) {
    knowAnswer(deps, `rustc|${toolchain ?? ''}`, text);
}
function failure(program, res) {
    if (res.spawnError)
        return `${program} could not be started: ${res.spawnError}`;
    if (res.killed)
        return `${program} was stopped (${res.killed})`;
    return `${program} exited with code ${res.code}`;
}
/** `cargo metadata --format-version 1 --no-deps` in deps.cwd with `toolchain`, once per run. */
function cargoMetadata(deps, toolchain, opts = {}) {
    return ask(deps, `metadata|${deps.cwd}|${toolchain ?? ''}`, async () => {
        const c = metadataCommand();
        const res = await deps.exec('cargo', c.args, {
            cwd: deps.cwd,
            env: { ...deps.env, ...toolchainEnv(toolchain) },
            echo: opts.echo ?? 'none',
            keepBytes: exec/* WHOLE_OUTPUT_BYTES */.QB,
            ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
        });
        if (res.code !== 0)
            return { ok: false, res, why: failure('cargo metadata', res) };
        if (res.stdoutDropped)
            return { ok: false, res, why: `cargo metadata printed more than ${formatBytes(exec/* WHOLE_OUTPUT_BYTES */.QB)}` };
        try {
            return { ok: true, value: parseCargoMetadata(res.stdout) };
        }
        catch (e) {
            return { ok: false, res, why: `cargo metadata printed something else than metadata: ${e.message}` };
        }
    });
}
/** The full `rustc -vV` text of `toolchain`, once per run. */
function rustcVersion(deps, toolchain, opts = {}) {
    return ask(deps, `rustc|${toolchain ?? ''}`, async () => {
        const res = await deps.exec('rustc', ['-vV'], {
            cwd: deps.cwd,
            env: { ...deps.env, ...toolchainEnv(toolchain) },
            echo: opts.echo ?? 'none',
            ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
        });
        return res.code === 0 ? { ok: true, value: res.stdout } : { ok: false, res, why: failure('rustc -vV', res) };
    });
}
/** The workspace root of deps.cwd (from cargo metadata); deps.cwd itself when cargo cannot say. */
async function workspaceRoot(deps, toolchain) {
    const meta = await cargoMetadata(deps, toolchain);
    return (meta.ok && meta.value.workspaceRoot) || deps.cwd;
}
/**
 * Whether the workspace has a Cargo.lock, i.e. whether cargo should run with --locked. Cargo uses
 * the workspace root's lockfile, also when the working directory is a member.
 */
async function workspaceHasLockfile(deps, toolchain) {
    return existsSync(join(await workspaceRoot(deps, toolchain), 'Cargo.lock'));
}

;// CONCATENATED MODULE: ./src/cargo/rustup.ts
function toolchainListCommand() {
    return { cmd: 'rustup', args: ['toolchain', 'list'] };
}
// Toolchain names reach rustup after `--` or as `--toolchain=<name>`, never where rustup could read
// them as an option (a toolchain file saying channel = "--force" stays a name).
function toolchainInstallCommand(toolchain, components = [], profile = 'minimal') {
    const args = ['toolchain', 'install', `--profile=${profile}`, '--no-self-update'];
    if (components.length)
        args.push(`--component=${components.join(',')}`);
    args.push('--', toolchain);
    return { cmd: 'rustup', args };
}
function componentListCommand(toolchain) {
    return { cmd: 'rustup', args: ['component', 'list', '--installed', `--toolchain=${toolchain}`] };
}
function componentAddCommand(toolchain, components) {
    return { cmd: 'rustup', args: ['component', 'add', `--toolchain=${toolchain}`, '--', ...components] };
}
function targetListCommand(toolchain) {
    return { cmd: 'rustup', args: ['target', 'list', '--installed', `--toolchain=${toolchain}`] };
}
function targetAddCommand(toolchain, targets) {
    return { cmd: 'rustup', args: ['target', 'add', `--toolchain=${toolchain}`, '--', ...targets] };
}
/** Target triples from `rustup target list --installed`, one a line. */
function parseInstalledTargets(stdout) {
    return stdout
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(l));
}
/** Names from `rustup toolchain list`, e.g. "stable-x86_64-unknown-linux-gnu" (markers like "(default)" dropped). */
function parseToolchainList(stdout) {
    return stdout
        .split(/\r?\n/)
        .map((l) => l.trim().split(/\s+/)[0] ?? '')
        .filter((n) => n !== '' && n !== 'no' && !n.startsWith('info:'));
}
const TRIPLE_TAIL = /^[a-z][a-z0-9_]*(-[a-z0-9_]+){1,3}$/;
/**
 * The installed toolchain a requested name refers to: the same name, or the name followed by the
 * host triple ("stable" → "stable-x86_64-unknown-linux-gnu"). "1.95" does not match "1.95.0-…"
 * (rustup treats them as different toolchains) and "nightly" does not match a dated nightly.
 */
function findInstalled(installed, requested) {
    return installed.find((n) => n === requested || (n.startsWith(`${requested}-`) && TRIPLE_TAIL.test(n.slice(requested.length + 1))));
}
/** Component names from `rustup component list --installed`, without the target triple ("clippy", "rustfmt"). */
function parseInstalledComponents(stdout) {
    return stdout
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => l.replace(/-(x86_64|aarch64|i686|armv7|arm|riscv64gc|powerpc64le|s390x|loongarch64)-[\w-]+$/, ''));
}
/**
 * The useful part of a failed rustup run: its error line and the last two causes, without info
 * lines or a stack backtrace; the last lines when there is no error line.
 */
function rustupError(output) {
    const lines = output.split(/\r?\n/);
    const bt = lines.findIndex((l) => /^\s*stack backtrace:/i.test(l));
    const relevant = (bt >= 0 ? lines.slice(0, bt) : lines)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('info: '));
    const error = relevant.find((l) => l.startsWith('error:'));
    const causes = relevant.filter((l) => /^\d+: /.test(l)).slice(-2);
    return error ? [error, ...causes].join('\n') : relevant.slice(-3).join('\n');
}

;// CONCATENATED MODULE: ./src/cargo/rustup-home.ts
// What rustup has installed, read from RUSTUP_HOME without starting rustup.





function rustupHome(env) {
    return env.RUSTUP_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.rustup');
}
function rustupOnPath(env) {
    return (0,src_paths/* findOnPath */.aY)(process.platform === 'win32' ? 'rustup.exe' : 'rustup', env.PATH) !== undefined;
}
/**
 * The installed toolchains, read from RUSTUP_HOME/toolchains: what `rustup toolchain list`
 * prints, without starting rustup. Undefined when rustup is not on PATH or the folder cannot be
 * read (then rustup is asked).
 */
function installedOnDisk(env) {
    if (!rustupOnPath(env))
        return undefined;
    try {
        return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(rustupHome(env), 'toolchains'), { withFileTypes: true })
            .filter((d) => (d.isDirectory() || d.isSymbolicLink()) && !d.name.startsWith('.'))
            .map((d) => d.name)
            .sort();
    }
    catch {
        return undefined;
    }
}
/** True when `toolchain` is known to be installed (from RUSTUP_HOME, without asking rustup). */
function toolchainOnDisk(env, toolchain) {
    if (toolchain === undefined)
        return false;
    const installed = installedOnDisk(env);
    return installed !== undefined && findInstalled(installed, toolchain) !== undefined;
}

;// CONCATENATED MODULE: ./src/cache/key-answers.ts
// The cache key's two questions to the toolchain (`rustc -vV`, and the target dir and members from
// `cargo metadata`), remembered between runs where the tool dir lasts: the CLI's cache directory,
// $CARGO_HOME/rust-pipeline on a self-hosted runner. A remembered answer is used only while what it was given
// for is unchanged, checked without starting a process:
//   - rustc -vV: the toolchain's rustc binary, by real path, size, modification time and inode
//     (rustup replaces the files when it updates a toolchain);
//   - the metadata: the working directory, the toolchain's cargo binary (as above), the key's
//     environment variables and CARGO_TARGET_DIR, CARGO_BUILD_TARGET_DIR and CARGO_HOME, and the
//     exact bytes of every manifest, lockfile and cargo config the key reads (which are what cargo
//     reads to answer).
// Anything else asks the toolchain as before. Each question is two process starts through the
// rustup proxies, which is most of a warm run's key.





/** Answers kept per question: the newest, so the file stays small on a machine with many checkouts. */
const KEEP = 32;
const FILE = 'key-answers.json';
/** The file's layout; a file of another layout is read as empty. */
const VERSION = 2;
function empty() {
    return { version: VERSION, rustc: {}, metadata: {} };
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Whether a stored metadata entry has the shape the key and the stages read (the file is only ours by convention). */
function wellFormed(e) {
    if (!isObject(e) || typeof e.fingerprint !== 'string' || !isObject(e.answer))
        return false;
    const a = e.answer;
    return (typeof a.targetDirectory === 'string' &&
        Array.isArray(a.packages) &&
        a.packages.every((p) => isObject(p) && typeof p.name === 'string' && Array.isArray(p.targets)));
}
function load(dir) {
    try {
        const s = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, FILE), 'utf8'));
        if (!isObject(s) || s.version !== VERSION || !isObject(s.rustc) || !isObject(s.metadata))
            return empty();
        const rustc = Object.entries(s.rustc).filter((e) => typeof e[1] === 'string');
        const metadata = Object.entries(s.metadata).filter((e) => wellFormed(e[1]));
        return { version: VERSION, rustc: Object.fromEntries(rustc), metadata: Object.fromEntries(metadata) };
    }
    catch {
        return empty();
    }
}
/** The identity of one of a rustup toolchain's binaries; undefined when it cannot be told from disk. */
function toolchainBinaryIdentity(env, toolchain, binary) {
    const installed = installedOnDisk(env);
    const dir = installed && findInstalled(installed, toolchain);
    if (!dir)
        return undefined;
    try {
        const path = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(rustupHome(env), 'toolchains', dir, 'bin', binary));
        const st = (0,external_node_fs_.statSync)(path);
        return `${toolchain}|${path}|${st.size}|${st.mtimeMs}|${st.ino}`;
    }
    catch {
        return undefined;
    }
}
/** The fingerprint a metadata answer is kept under; undefined when the toolchain's cargo cannot be told from disk. */
function metadataFingerprint(f) {
    const cargo = toolchainBinaryIdentity(f.env, f.toolchain, 'cargo');
    if (!cargo)
        return undefined;
    // Where the target dir is comes from these too; the key leaves them out (they do not change what is built).
    const places = ['CARGO_TARGET_DIR', 'CARGO_BUILD_TARGET_DIR', 'CARGO_HOME'].map((n) => f.env[n] ?? null);
    const h = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([f.cwd, cargo, places, Object.entries(f.keyEnv).sort()]));
    for (const file of f.files) {
        h.update(`\0${file}\0`);
        try {
            h.update((0,external_node_fs_.readFileSync)(file));
        }
        catch {
            h.update('(unreadable)');
        }
    }
    return h.digest('hex');
}
/** Keeps the newest KEEP entries of a record (insertion order: a re-set key moves to the end). */
function newest(r) {
    return Object.fromEntries(Object.entries(r).slice(-KEEP));
}
/** The remembered answers of one tool dir: read once, written back once if anything was learnt. */
class KeyAnswers {
    dir;
    stored;
    changed = false;
    constructor(dir) {
        this.dir = dir;
        this.stored = load(dir);
    }
    rustc(identity) {
        return identity === undefined ? undefined : this.stored.rustc[identity];
    }
    learnRustc(identity, version) {
        if (identity === undefined || this.stored.rustc[identity] === version)
            return;
        delete this.stored.rustc[identity];
        this.stored.rustc[identity] = version;
        this.changed = true;
    }
    /** The answer last given for `cwd`, to be checked against a fingerprint (metadata). */
    metadataFor(cwd) {
        return this.stored.metadata[cwd];
    }
    learnMetadata(cwd, fingerprint, answer) {
        if (fingerprint === undefined)
            return;
        const had = this.stored.metadata[cwd];
        if (had?.fingerprint === fingerprint && JSON.stringify(had.answer) === JSON.stringify(answer))
            return;
        delete this.stored.metadata[cwd];
        this.stored.metadata[cwd] = { fingerprint, answer };
        this.changed = true;
    }
    /** Writes what was learnt (atomically: another run may read it meanwhile). Best effort. */
    save() {
        if (!this.changed)
            return;
        const stored = {
            version: VERSION,
            rustc: newest(this.stored.rustc),
            metadata: newest(this.stored.metadata),
        };
        const tmp = (0,external_node_path_.join)(this.dir, `${FILE}.${process.pid}`);
        try {
            (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true });
            (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(stored));
            (0,external_node_fs_.renameSync)(tmp, (0,external_node_path_.join)(this.dir, FILE));
            this.changed = false;
        }
        catch {
            /* a read-only tool dir: the next run asks again */
        }
    }
}

;// CONCATENATED MODULE: ./src/cache/plan.ts
// Works out, for one run, the cache key, the restore keys and the paths the entry carries.
// Shared by the action (service backend) and the CLI (local directory backend).









/** Runner OS as GitHub names it (RUNNER_OS), else from the platform. */
function runnerOs(env) {
    return (env.RUNNER_OS ??
        { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }[(0,external_node_os_.platform)()] ??
        (0,external_node_os_.platform)());
}
/** Runner architecture as GitHub names it (RUNNER_ARCH), else from the platform. */
function runnerArch(env) {
    return (env.RUNNER_ARCH ??
        { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' }[(0,external_node_os_.arch)()] ??
        (0,external_node_os_.arch)());
}
const slashed = (p) => p.split(external_node_path_.sep).join('/');
/**
 * The entry's paths as they are handed to the cache library, which scopes an entry by a hash of
 * this list: below the workspace relative to it (`target`), below the home directory from `~`
 * (`~/.cargo/registry/cache`), anything else absolute. Two checkouts at different places, with
 * CARGO_HOME at the same place relative to them, then name the same entry. The library's glob
 * allows no `..`, hence `~` rather than `../../.cargo`; the key's layout part (entryLayout)
 * keeps apart checkouts whose CARGO_HOME lies elsewhere relative to them.
 */
function libraryPaths(paths, workspace, home) {
    return paths.map((p) => {
        if ((0,src_paths/* isInside */.FK)(p, workspace))
            return slashed((0,external_node_path_.relative)(workspace, p)) || '.';
        if ((0,external_node_path_.isAbsolute)(home) && (0,src_paths/* isInside */.FK)(p, home) && (0,external_node_path_.relative)(home, p) !== '')
            return `~/${slashed((0,external_node_path_.relative)(home, p))}`;
        return p;
    });
}
/**
 * Where the entry's paths outside the workspace lie relative to it (`../../.cargo/registry/cache`).
 * The library stores every file relative to the workspace and restores it there, so entries may
 * only be shared between checkouts where these agree: the key carries a hash of them. A path on
 * another drive (Windows) stays absolute.
 */
function entryLayout(paths, workspace) {
    return paths.filter((p) => !(0,src_paths/* isInside */.FK)(p, workspace)).map((p) => slashed((0,external_node_path_.relative)(workspace, p)));
}
function expandHome(p, env) {
    return p === '~' || p.startsWith('~/') ? (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), p.slice(1)) : p;
}
// The key is worked out before the stages ensure their toolchains: each question has a time bound
// here, and an unanswered one is asked again by the stage that needs it (cargo/metadata keeps
// only answers).
const KEY_QUESTION_TIMEOUT_MS = 60_000;
function metadataOf(answer) {
    if (!answer)
        return { members: [] };
    return { targetDirectory: answer.targetDirectory, members: answer.packages.map((p) => p.name).sort(), answer };
}
async function workspaceMetadata(ctx) {
    const meta = await cargoMetadata(ctx, ctx.toolchain, { timeoutMs: KEY_QUESTION_TIMEOUT_MS });
    return metadataOf(meta.ok ? meta.value : undefined);
}
/** The toolchains whose `rustc -vV` goes into the key: the matrix's, and the main one (fmt, clippy, build) when the matrix is msrv only. */
function keyToolchains(ctx) {
    return [...new Set([...ctx.toolchains, ctx.toolchain])];
}
/** The remembered `rustc -vV` of `toolchain` while its rustc is unchanged (key-answers.ts), else the answer now. */
async function rustcAnswer(ctx, answers, toolchain) {
    const identity = toolchainBinaryIdentity(ctx.env, toolchain, 'rustc');
    const remembered = answers.rustc(identity);
    if (remembered !== undefined) {
        knownRustcVersion(ctx, toolchain, remembered);
        return { toolchain, version: remembered.trim() };
    }
    // A toolchain that cannot answer is keyed by its name.
    const res = await rustcVersion(ctx, toolchain, { timeoutMs: KEY_QUESTION_TIMEOUT_MS });
    if (!res.ok)
        return { toolchain, version: `unresolved ${toolchain}` };
    answers.learnRustc(identity, res.value);
    return { toolchain, version: res.value.trim() };
}
/**
 * The metadata answer last given here, with the key files found for it, while its fingerprint
 * holds; the stages get it too (they ask the same question).
 */
function rememberedMetadata(ctx, answers, cargoHome, keyEnv) {
    const had = answers.metadataFor(ctx.cwd);
    if (!had)
        return undefined;
    const targetDir = (0,src_paths/* targetDirOf */.c_)(ctx.cwd, ctx.env, had.answer.targetDirectory);
    const files = findKeyFiles(ctx.cwd, ctx.repoRoot, cargoHome, [targetDir]);
    const fingerprint = metadataFingerprint({ env: ctx.env, toolchain: ctx.toolchain, cwd: ctx.cwd, keyEnv, files });
    if (fingerprint !== had.fingerprint)
        return undefined;
    knownCargoMetadata(ctx, ctx.toolchain, had.answer);
    return { meta: metadataOf(had.answer), files };
}
/** Whether an answer may be remembered: every member's manifest is among the fingerprinted files. */
function rememberable(meta, files) {
    const fingerprinted = new Set(files);
    return (meta.answer !== undefined && meta.answer.packages.every((p) => p.manifestPath && fingerprinted.has(p.manifestPath)));
}
/**
 * The key's questions to cargo and rustc, and the key files. Answers remembered from an earlier
 * run are used while what they were given for is unchanged (key-answers.ts). With every
 * toolchain installed the rest are asked side by side (each is mostly a rustup proxy starting);
 * when one is missing, asking could start rustup installing it, so then they are asked one after
 * another, as before.
 */
async function keyQuestions(ctx, cargoHome, keyEnv) {
    const answers = new KeyAnswers(ctx.toolDir);
    const toolchains = keyToolchains(ctx);
    const remembered = rememberedMetadata(ctx, answers, cargoHome, keyEnv);
    const askMeta = () => (remembered ? Promise.resolve(remembered.meta) : workspaceMetadata(ctx));
    let meta;
    let rustc;
    if (toolchains.every((t) => toolchainOnDisk(ctx.env, t))) {
        [meta, ...rustc] = await Promise.all([askMeta(), ...toolchains.map((t) => rustcAnswer(ctx, answers, t))]);
    }
    else {
        meta = await askMeta();
        rustc = [];
        for (const t of toolchains)
            rustc.push(await rustcAnswer(ctx, answers, t));
    }
    const files = remembered?.files ??
        findKeyFiles(ctx.cwd, ctx.repoRoot, cargoHome, [(0,src_paths/* targetDirOf */.c_)(ctx.cwd, ctx.env, meta.targetDirectory)]);
    if (!remembered && rememberable(meta, files)) {
        const fingerprint = metadataFingerprint({ env: ctx.env, toolchain: ctx.toolchain, cwd: ctx.cwd, keyEnv, files });
        answers.learnMetadata(ctx.cwd, fingerprint, meta.answer);
    }
    answers.save();
    return { meta, rustc, files };
}
/** Every path of the entry, absolute, in a fixed order (the library scopes entries by this list). */
function entryPaths(ctx, o, cargoHome, targetDir) {
    const extra = ctx.inputs.cache.directories.map((d) => {
        const p = expandHome(d, ctx.env);
        return (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(ctx.cwd, p);
    });
    const paths = [
        ...(o.withCargoHome
            ? [(0,external_node_path_.join)(cargoHome, 'registry', 'index'), (0,external_node_path_.join)(cargoHome, 'registry', 'cache'), (0,external_node_path_.join)(cargoHome, 'git', 'db')]
            : []),
        targetDir,
        // The tools, one directory each; the advisory database beside them has a daily entry of its own.
        ...(o.toolDir ? TOOL_NAMES.map((t) => (0,external_node_path_.join)(o.toolDir, t)) : []),
        ...extra,
    ];
    return [...new Set(paths)];
}
async function planCache(ctx, o) {
    const cargoHome = (0,src_paths/* cargoHomeOf */.nN)(ctx.env);
    const env = relevantEnv(ctx.env);
    const { meta, rustc, files } = await keyQuestions(ctx, cargoHome, env);
    const targetDir = (0,src_paths/* targetDirOf */.c_)(ctx.cwd, ctx.env, meta.targetDirectory);
    const keyFiles = readKeyFiles(files, ctx.repoRoot, cargoHome);
    const paths = entryPaths(ctx, o, cargoHome, targetDir);
    const keys = cacheKeys({
        scope: o.scope,
        suffix: ctx.inputs.cache.keySuffix,
        os: o.os,
        arch: o.arch,
        layout: entryLayout(paths, ctx.repoRoot),
        rustc,
        env,
        files: keyFiles,
    });
    return {
        key: keys.key,
        restoreKeys: keys.restoreKeys,
        paths,
        cargoHome,
        targetDirs: [targetDir],
        members: meta.members,
        lockfiles: files.filter((f) => (0,external_node_path_.basename)(f) === 'Cargo.lock'),
        keyFiles: keyFiles.map((f) => f.path),
        envNames: Object.keys(env).sort(),
        rustc: rustc.map((r) => `${r.toolchain}: ${r.version.split('\n')[0]}`),
    };
}
/** Every registry/git package version the workspace's lockfiles pin. */
function lockedSet(lockfiles) {
    const out = new Set();
    for (const f of lockfiles) {
        if (!(0,external_node_fs_.existsSync)(f))
            continue;
        for (const p of lockedPackages((0,external_node_fs_.readFileSync)(f, 'utf8')))
            out.add(p);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/cache/service.ts
// Talks to the GitHub Actions cache service through @actions/cache, run in a worker process
// (dist/cache-worker) that is stopped, with the tar it started, when its time is up.








/** Where the bundled worker lives: next to the running entry point's folder (dist/main → dist/cache-worker). */
function workerScript() {
    return (0,external_node_path_.resolve)((0,external_node_path_.dirname)(process.argv[1] ?? '.'), '..', 'cache-worker', 'index.js');
}
/**
 * Reads one line of the worker's output: workflow commands are handled here (masks registered,
 * warnings and errors collected as warnings: a cache problem never fails a run), the rest is
 * logged as it is.
 */
function handleWorkerLine(line, log, out) {
    const cmd = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
    const sizeLine = /^Cache Size: ~\d+ MB \((\d+) B\)/.exec(line);
    const offered = /^Cache hit for(?: restore-key)?: (\S+)$/.exec(line);
    if (offered)
        out.offeredKey = offered[1];
    if (sizeLine) {
        out.sizeBytes = Number(sizeLine[1]);
        out.extracting = true;
    }
    if (!cmd) {
        if (line.trim() !== '')
            log.info(line);
        return;
    }
    const [, name, message] = cmd;
    const text = (message ?? '').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
    if (name === 'add-mask')
        log.secret(text);
    else if (name === 'warning' || name === 'error') {
        out.warnings.push(text);
        log.warning(`cache: ${text}`);
    }
    else if (name === 'debug') {
        const size = /^File Size: (\d+)$/.exec(text);
        if (size)
            out.sizeBytes = Number(size[1]);
    }
}
/**
 * The workers' folders (request, result, and the library's archive: its RUNNER_TEMP) still in use.
 * Removed when the worker ends, and at the latest when this process exits (a signal's deadline exit
 * included), so that a stopped save leaves no archive behind.
 */
const liveDirs = new Set();
let exitCleanup = false;
function removeLiveDirs() {
    for (const d of liveDirs)
        (0,external_node_fs_.rmSync)(d, { recursive: true, force: true });
    liveDirs.clear();
}
function workerDir(tempDir) {
    (0,external_node_fs_.mkdirSync)(tempDir, { recursive: true });
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tempDir, 'cache-'));
    liveDirs.add(dir);
    if (!exitCleanup) {
        exitCleanup = true;
        process.on('exit', removeLiveDirs);
    }
    return dir;
}
/**
 * Starts a worker now and hands it its request later: node's start and the library's load (a few
 * hundred milliseconds) then overlap with whatever works out the request (the cache key). The
 * worker reads its request file once its stdin ends; the exec's time bound starts then too.
 */
function startWorker(o) {
    return launchWorker(o);
}
/** Runs one operation in a worker started for it (the request is written before it starts). */
function runWorker(req, o) {
    return launchWorker(o, req).run(req);
}
/**
 * The worker's environment: the one child that gets the cache service's credentials (o.env is a
 * child's environment), with the library's archive in the worker's own folder and its download
 * segment timeout, in whole minutes, no longer than ours.
 */
function workerEnv(o, workspace, dir) {
    return {
        ...(0,child_env/* cacheWorkerEnv */.WL)(o.env, { credentials: process.env }),
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: dir,
        SEGMENT_DOWNLOAD_TIMEOUT_MINS: String(Math.max(1, Math.floor(o.timeoutMs / 60_000))),
    };
}
/** The worker's result file, or why there is none. */
function readResult(resultFile, res, out) {
    try {
        return { ...out, ...JSON.parse((0,external_node_fs_.readFileSync)(resultFile, 'utf8')) };
    }
    catch {
        const why = res.spawnError ?? (res.stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${res.code}`);
        return { ...out, error: `the cache worker stopped without a result: ${why}` };
    }
}
/** A worker's scheduling priority: lowered (StartedWorker.inBackground) once it runs, or as soon as it starts. */
function workerPriority() {
    let pid;
    let background = false;
    const apply = () => {
        try {
            if (background && pid !== undefined)
                (0,external_node_os_.setPriority)(pid, 10);
        }
        catch {
            /* not allowed here, or already ended: it keeps the usual priority */
        }
    };
    return {
        spawned: (p) => ((pid = p), apply()),
        lower: () => ((background = true), apply()),
    };
}
/** A worker with its request file written now (`known`) or when run() is called. */
function launchWorker(o, known) {
    const dir = workerDir(o.tempDir);
    const resultFile = (0,external_node_path_.join)(dir, 'result.json');
    const requestFile = (0,external_node_path_.join)(dir, 'request.json');
    // The library stores files relative to the workspace and scopes entries by the path list as
    // given: relative paths (plan.ts libraryPaths), resolved from the workspace (the worker's working
    // directory), keep entries independent of where the checkout is.
    const workspace = (0,src_paths/* workspaceDir */.zf)(o.env);
    const writeRequest = (req) => {
        const paths = req.workspaceRelative
            ? libraryPaths(req.paths, workspace, o.env.HOME ?? o.env.USERPROFILE ?? (0,external_node_os_.homedir)())
            : req.paths;
        (0,external_node_fs_.writeFileSync)(requestFile, JSON.stringify({ ...req, paths, resultFile }));
    };
    if (known)
        writeRequest(known);
    // Without a known request, stdin stays open until run() (or cancel()) has one written.
    let send = () => undefined;
    const input = known ? '' : new Promise((r) => (send = r));
    const out = { available: true, warnings: [], ms: 0 };
    const priority = workerPriority();
    const running = o.exec(process.execPath, [o.script ?? workerScript(), requestFile], {
        cwd: workspace,
        env: workerEnv(o, workspace, dir),
        echo: 'none',
        timeoutMs: o.timeoutMs,
        input,
        onStdoutLine: (line) => handleWorkerLine(line, o.log, out),
        onSpawn: priority.spawned,
    });
    const done = () => {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        liveDirs.delete(dir);
    };
    return {
        async run(req) {
            try {
                if (!known)
                    writeRequest(req);
                const sent = Date.now();
                send('');
                const res = await running;
                // A worker started ahead of its request is timed from the request on.
                out.ms = known ? res.ms : Math.min(res.ms, Date.now() - sent);
                if (res.killed === 'timeout')
                    return { ...out, timedOut: true };
                return readResult(resultFile, res, out);
            }
            finally {
                send('');
                done();
            }
        },
        inBackground: priority.lower,
        async cancel() {
            send('');
            try {
                await running;
            }
            finally {
                done();
            }
        },
    };
}
/** Removes the paths a restore created when it was stopped halfway through extracting. */
function undoPartialRestore(paths, existedBefore) {
    const removed = [];
    for (const p of paths) {
        if (!existedBefore.has(p) && (0,external_node_fs_.existsSync)(p)) {
            (0,external_node_fs_.rmSync)(p, { recursive: true, force: true });
            removed.push(p);
        }
    }
    return removed;
}
// GitHub cache entries are immutable: a key, once saved, cannot be saved again, and the action
// cannot delete one (that takes the REST API and a token with actions: write). An entry of the
// primary key that does not extract (a corrupt archive) is therefore replaced by a newer entry
// under "<key>-r<run>-<attempt>", and every restore asks for replacements first: the service
// returns the newest entry whose key starts with the prefix, before the primary key itself.
/** The prefix of the replacement entries of `key`. */
function replacementPrefix(key) {
    return `${key}-r`;
}
/** A new replacement key for `key`, unique per run attempt. */
function replacementKey(key, env) {
    const run = /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : String(Date.now());
    const attempt = /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') ? env.GITHUB_RUN_ATTEMPT : '1';
    return `${replacementPrefix(key)}${run}-${attempt}`;
}
/** Whether `matched` is the entry of `key`: the key itself or one of its replacements. */
function isEntryOf(key, matched) {
    return matched !== undefined && (sameKey(matched, key) || keyStartsWith(matched, replacementPrefix(key)));
}
/** The keys a restore sends: replacements first (primary and first restore key), then the key, then the fallbacks. */
function restoreLookup(key, restoreKeys) {
    const prefix = replacementPrefix(key);
    return { key: prefix, restoreKeys: [...new Set([prefix, key, ...restoreKeys])] };
}
/**
 * Restores an entry in the worker (one started for it, or `worker`, started earlier with the same
 * options). A restore that fails or is stopped once extraction began
 * restores nothing: the paths it created (that did not exist before) are removed, so that
 * half-written files do not look fresh to cargo.
 */
async function restoreEntry(req, o, worker) {
    const existedBefore = new Set(req.paths.filter((p) => (0,external_node_fs_.existsSync)(p)));
    const request = {
        op: 'restore',
        paths: req.paths,
        ...restoreLookup(req.key, req.restoreKeys),
        ...(req.workspaceRelative ? { workspaceRelative: true } : {}),
    };
    const out = await (worker ? worker.run(request) : runWorker(request, o));
    const failed = !out.matchedKey && out.extracting === true;
    const removed = failed ? undoPartialRestore(req.paths, existedBefore) : [];
    const undone = removed.length ? `; the partly restored ${removed.join(', ')} removed` : '';
    if (out.timedOut)
        return { ...out, problem: `restore stopped after ${o.timeoutMs / 1000} s (cache-restore-timeout)${undone}` };
    const brokenKey = failed && isEntryOf(req.key, out.offeredKey) ? out.offeredKey : undefined;
    const why = out.error ?? (out.warnings.length > 0 && !out.matchedKey ? out.warnings.join('; ') : undefined);
    if (why === undefined)
        return out;
    const replaced = brokenKey ? `; the entry ${brokenKey} does not extract: post saves a replacement` : '';
    return { ...out, problem: `${why}${undone}${replaced}`, ...(brokenKey ? { brokenKey } : {}) };
}
/**
 * How the post step runs the worker: in a child's environment (as main runs every child process;
 * runWorker adds the cache credentials), with its requests under RUNNER_TEMP (where main puts them too).
 */
function postWorkerOptions(log, timeoutMs, env = process.env) {
    return {
        exec: exec/* exec */.m0,
        log,
        env: (0,child_env/* childEnv */.gf)(env),
        tempDir: (0,external_node_path_.join)((0,src_paths/* actionTempDir */.O4)(env), 'cache'),
        timeoutMs,
    };
}
/** Why a lookup gave no usable answer (none in time, a failure, a warning and no match); undefined when it answered. */
function lookupProblem(lookup, timeoutMs) {
    if (lookup.timedOut)
        return `no answer within ${timeoutMs / 1000} s`;
    if (lookup.error)
        return lookup.error;
    if (!lookup.matchedKey && lookup.warnings.length > 0)
        return lookup.warnings.join('; ');
    return undefined;
}
/** "not saved: …" for a save that stored nothing (`stoppedAfter` names its time bound); undefined when it saved. */
function notSaved(save, stoppedAfter) {
    if (save.timedOut)
        return `not saved: stopped after ${stoppedAfter}`;
    if (save.error)
        return `not saved: ${save.error}`;
    if (save.cacheId === undefined || save.cacheId < 0)
        return `not saved${save.warnings.length ? `: ${save.warnings.join('; ')}` : ' (see the log)'}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/cache/report.ts
// The cache's sections of the summary (restore in main or the CLI, save in post or at the CLI's end).






/** How a restore matched: the key itself or a replacement of it is exact (see service.ts). */
function hitOf(key, matched) {
    return matched === undefined || matched === '' ? 'none' : isEntryOf(key, matched) ? 'exact' : 'partial';
}
const HIT_TEXT = {
    exact: '✅ exact hit',
    partial: '🟡 partial hit (restore key)',
    none: '⚪ miss',
};
/** What the restore matched: the key itself is said once, in the key line; only another entry is named. */
function restoredText(plan, f) {
    if (f.heldHere) {
        const service = f.hit === 'exact' ? 'the service has it' : 'the service does not have it';
        return `already in the target dir from an earlier run here, nothing downloaded (${service})`;
    }
    if (f.hit === 'none' || f.matchedKey === undefined || f.matchedKey === plan.key)
        return HIT_TEXT[f.hit];
    return `${HIT_TEXT[f.hit]}: \`${f.matchedKey}\``;
}
function restoreBlocks(plan, f) {
    const rows = [
        ['key', `\`${plan.key}\``],
        ['restored', restoredText(plan, f)],
        ['entry size', f.sizeBytes !== undefined ? formatBytes(f.sizeBytes) : '–'],
        [f.heldHere ? 'lookup time' : 'restore time', (0,profiler/* formatMs */._V)(f.ms)],
        ['backend', f.backend],
    ];
    if (f.problem)
        rows.push(['problem', f.problem]);
    if (f.save)
        rows.push(['save', f.save]);
    const details = [
        `restore keys:\n${plan.restoreKeys.map((k) => `  ${k}`).join('\n')}`,
        `compilers:\n${plan.rustc.map((r) => `  ${r}`).join('\n')}`,
        `files in the key:\n${plan.keyFiles.map((k) => `  ${k}`).join('\n') || '  (none)'}`,
        `environment in the key: ${plan.envNames.join(', ') || '(none)'}`,
        `paths:\n${plan.paths.map((p) => `  ${p}`).join('\n')}`,
    ].join('\n');
    return [
        { kind: 'heading', text: 'Cache', level: 3 },
        { kind: 'facts', rows },
        { kind: 'details', summary: 'How the key was built', body: details },
    ];
}
function saveBlocks(f) {
    const rows = [['result', f.outcome]];
    if (f.decision)
        rows.push(['decision', f.decision]);
    if (f.sizeBytes !== undefined)
        rows.push(['entry size', formatBytes(f.sizeBytes)]);
    if (f.ms !== undefined)
        rows.push(['save time', (0,profiler/* formatMs */._V)(f.ms)]);
    if (f.pruneMs !== undefined)
        rows.push(['prune time', (0,profiler/* formatMs */._V)(f.pruneMs)]);
    if (f.beforeBytes !== undefined && f.prune) {
        rows.push(['files before pruning', formatBytes(f.beforeBytes)]);
        rows.push(['files after pruning', formatBytes(Math.max(0, f.beforeBytes - f.prune.bytes))]);
    }
    const blocks = [
        { kind: 'heading', text: 'Cache save', level: 3 },
        { kind: 'facts', rows },
    ];
    if (f.prune && f.prune.items.length > 0) {
        blocks.push({
            kind: 'table',
            header: ['pruned', 'paths', 'size'],
            align: ['left', 'right', 'right'],
            rows: pruneTotals(f.prune).map((t) => [t.reason, String(t.count), formatBytes(t.bytes)]),
        });
    }
    return blocks;
}
/** Adds blocks to the job summary (post); a summary that cannot be written is a warning naming `what`. */
async function appendToJobSummary(blocks, what, log) {
    try {
        await (0,actions/* appendSummary */.fe)(toMarkdown(blocks));
    }
    catch (e) {
        log.warning(`Could not add ${what} to the job summary: ${e.message}`);
    }
}

;// CONCATENATED MODULE: ./src/cache/advisory-db-entry.ts
// The RustSec advisory database's own cache entry, keyed by the UTC day:
//
//   rust-pipeline-advisory-db-v1-<os>-<YYYY-MM-DD>     restore key: rust-pipeline-advisory-db-v1-<os>-
//
// It holds only <toolDir>/advisory-db and its fetch record <toolDir>/advisory-db.fetched, and
// lives beside the main entry (which leaves both out), because the two change at different
// rates: the main entry changes with the lockfile and the compilers, the database every day.
// Within the main entry, a database fetched today would never be saved after an exact hit of
// the main key, and every later run that day would fetch again.
//
// main restores it (when the audit stage runs on the cached database) beside the main entry, in
// a worker process of its own, bounded by cache-restore-timeout; post saves it under the key of
// the day it was fetched, unless that entry is the one restored. Every problem is a warning.








/** Bumped when the layout of the database entry changes. */
const ADVISORY_DB_KEY_PREFIX = 'rust-pipeline-advisory-db-v1';
/** The daily key of the database fetched (or wanted) on `day`, and the restore key for older days. */
function advisoryDbKeys(os, day) {
    const base = `${ADVISORY_DB_KEY_PREFIX}-${keyPart(os)}-`;
    return { key: `${base}${utcDay(day)}`, restoreKeys: [base] };
}
/** The paths of the entry, in a fixed order (the service scopes entries by this list). */
function advisoryDbEntryPaths(toolDir) {
    return [advisoryDbPath(toolDir), markerPath(toolDir)];
}
/** Whether this run has a database entry: the audit stage runs, on the cached database (no audit-db). */
function usesAdvisoryDbEntry(inputs) {
    return inputs.stages.includes('audit') && !inputs.audit.db;
}
function checkAdvisoryDbState(value) {
    const v = (0,src_state/* isRecord */.u4)(value);
    const day = (0,src_state/* isString */.Kg)(v.day);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
        throw new Error(`day ${JSON.stringify(day)} is not a date`);
    const state = {
        key: (0,src_state/* isString */.Kg)(v.key),
        day,
        hit: (0,src_state/* oneOfValues */.au)(['exact', 'partial', 'none'])(v.hit),
    };
    if (v.matchedKey !== undefined)
        state.matchedKey = (0,src_state/* isString */.Kg)(v.matchedKey);
    if (v.brokenKey !== undefined)
        state.brokenKey = (0,src_state/* isString */.Kg)(v.brokenKey);
    return state;
}
const advisoryDbState = (0,src_state/* stateSlot */.OT)('advisory-db-cache', checkAdvisoryDbState);
/**
 * The CLI keeps its tools and the database in the cache directory itself, so there is nothing to
 * archive: the same daily key names the day the copy there was fetched, and only a copy of
 * today's key is used without a fetch.
 */
function localAdvisoryDbStatus(toolDir, os, today) {
    const key = advisoryDbKeys(os, today).key;
    const plan = planAdvisoryDb(toolDir, undefined, today);
    const copyKey = plan.fetchedAt ? advisoryDbKeys(os, plan.fetchedAt).key : undefined;
    const what = plan.why === 'fetched today'
        ? `the copy in the cache directory is today's (\`${copyKey}\`): no fetch`
        : plan.why === 'stale'
            ? `the copy in the cache directory is ${copyKey ? `\`${copyKey}\`` : 'of unknown age'}: the audit fetches it`
            : 'no copy in the cache directory yet: the audit fetches it';
    return {
        blocks: [{ kind: 'text', text: `**Advisory database** (daily key \`${key}\`): ${what}` }],
        data: { key, path: plan.path, copyKey: copyKey ?? null, fresh: plan.why === 'fetched today' },
    };
}
function prefixed(log) {
    return { ...log, info: (m) => log.info(`advisory database cache: ${m}`) };
}
/**
 * Restores the database entry for today (or the newest older one). Skipped when a copy fetched
 * today is already in place (a runner that keeps CARGO_HOME).
 */
async function restoreAdvisoryDb(ctx, o) {
    const today = now(ctx.env);
    const keys = advisoryDbKeys(o.os, today);
    const paths = advisoryDbEntryPaths(ctx.toolDir);
    const base = { key: keys.key, day: utcDay(today), hit: 'none' };
    if (advisory_db_checkout_planAdvisoryDb(ctx.toolDir, undefined, today).why === 'fetched today') {
        return {
            state: base,
            paths,
            restoreKeys: keys.restoreKeys,
            ms: 0,
            skipped: 'a copy fetched today is already in place',
            warnings: [],
        };
    }
    const out = await restoreEntry({ paths, key: keys.key, restoreKeys: keys.restoreKeys }, { exec: ctx.exec, log: prefixed(ctx.log), env: ctx.env, tempDir: o.tempDir, timeoutMs: o.timeoutMs });
    if (!out.available)
        return { state: base, paths, restoreKeys: keys.restoreKeys, ms: out.ms, skipped: 'no cache service', warnings: [] };
    const { matchedKey: matched, problem } = out;
    const warnings = [];
    if (out.timedOut)
        warnings.push(`Advisory database cache restore took longer than ${o.timeoutMs / 1000} s (input cache-restore-timeout) and was stopped; the audit fetches the database instead.`);
    else if (out.error)
        warnings.push(`Advisory database cache restore failed: ${out.error}. The audit fetches the database instead.`);
    const state = {
        ...base,
        hit: hitOf(keys.key, matched),
        ...(matched ? { matchedKey: matched } : {}),
        ...(out.brokenKey ? { brokenKey: out.brokenKey } : {}),
    };
    return {
        state,
        paths,
        restoreKeys: keys.restoreKeys,
        ...(out.sizeBytes !== undefined ? { sizeBytes: out.sizeBytes } : {}),
        ms: out.ms,
        ...(problem ? { problem } : {}),
        warnings,
    };
}
const advisory_db_entry_HIT_TEXT = {
    exact: '✅ exact hit',
    partial: '🟡 older day (restore key)',
    none: '⚪ miss',
};
/** One line for the Cache section of the summary. */
function advisoryDbRestoreBlocks(r) {
    const s = r.state;
    const what = r.skipped
        ? `not restored (${r.skipped})`
        : s.hit === 'none'
            ? `${advisory_db_entry_HIT_TEXT.none} for \`${s.key}\`${r.problem ? ` (${r.problem})` : ''}`
            : `${advisory_db_entry_HIT_TEXT[s.hit]}: \`${s.matchedKey}\`${r.sizeBytes !== undefined ? `, ${formatBytes(r.sizeBytes)}` : ''}, ${(0,profiler/* formatMs */._V)(r.ms)}`;
    return [{ kind: 'text', text: `**Advisory database cache** (daily key \`${s.key}\`): ${what}` }];
}
/** The JSON-report form of the restore. */
function advisoryDbRestoreData(r) {
    return {
        key: r.state.key,
        restoreKeys: r.restoreKeys,
        hit: r.state.hit,
        matchedKey: r.state.matchedKey ?? null,
        sizeBytes: r.sizeBytes ?? null,
        restoreMs: Math.round(r.ms),
        paths: r.paths,
        skipped: r.skipped ?? null,
        problem: r.problem ?? null,
    };
}
/**
 * Whether post saves the database, and under which key: the key of the day it was fetched, when
 * it was fetched on the day main restored (or later), and that entry was not the one restored.
 */
function advisoryDbSaveDecision(state, os, fetchedAt) {
    if (!fetchedAt)
        return { save: false, why: 'not saved: the database was not fetched (no fetch record)' };
    const day = utcDay(fetchedAt);
    if (day < state.day)
        return { save: false, why: `not saved: the database was last fetched on ${day}, not today` };
    const key = advisoryDbKeys(os, fetchedAt).key;
    if (isEntryOf(key, state.matchedKey))
        return { save: false, why: `not saved: the entry \`${state.matchedKey}\` was restored, the database is unchanged` };
    return { save: true, key };
}

;// CONCATENATED MODULE: ./src/cache/save-policy.ts
/** Events that run in the base (default) branch's cache scope while testing code from elsewhere. */
const BASE_SCOPE_EVENTS = ['pull_request_target', 'workflow_run', 'issue_comment'];
/** Events `auto` saves on: the code under test is the ref's own. "local" is the CLI. */
const TRUSTED_EVENTS = ['push', 'schedule', 'workflow_dispatch', 'merge_group', 'local'];
const no = (why) => ({ save: false, why: `not saved: ${why}` });
/** The part of the decision that is known before the stages run (everything but the result). */
function eventDecision(f) {
    if (f.policy === 'never')
        return no('cache-save is never');
    if (f.writer === false)
        return no('this matrix cell is not the writer of the shared entry (another cell of its OS and toolchain saves it)');
    if (f.hit === 'exact')
        return no('the cache has the exact key already');
    const event = f.event || 'unknown';
    if (BASE_SCOPE_EVENTS.includes(event) && f.policy !== 'always')
        return no(`${event} runs share the base branch's cache scope (only cache-save: always saves there${f.policy === 'true' ? '; true is not enough' : ''})`);
    if (f.policy === 'always' || f.policy === 'true')
        return { save: true, why: `cache-save is ${f.policy}` };
    if (event === 'pull_request') {
        return f.hit === 'none'
            ? { save: true, why: 'pull_request with nothing restored' }
            : no('pull_request runs save only when nothing was restored (a partial hit from the base branch is enough)');
    }
    if (TRUSTED_EVENTS.includes(event))
        return { save: true, why: `${event === 'local' ? 'a local run' : event} event` };
    return no(`cache-save auto saves on ${TRUSTED_EVENTS.filter((e) => e !== 'local').join(', ')} and pull_request, not on ${event} (set cache-save: true to save there)`);
}
/** The whole decision, once the run's result is known. */
function saveDecision(f) {
    const byEvent = eventDecision(f);
    if (!byEvent.save)
        return byEvent;
    if (f.result !== 'success' && !f.onFailure)
        return no(`the run's result is ${f.result || 'unknown'} and cache-on-failure is false`);
    return byEvent;
}

;// CONCATENATED MODULE: ./src/cache/marker.ts
// The marker a restore or a save leaves in each target dir (<target>/rust-pipeline/cache-entry.json,
// never archived: target/rust-pipeline is pruned), naming the cache entry the target dir holds.
// When the entry a run would restore is that one and every path of the entry is still there,
// extracting it could add nothing the workspace lacks: the restore skips it (the CLI's local
// cache, and the action on a runner that keeps its workspace between jobs).


/** Where a target dir's marker lives: beside the CLI's report, in a folder the archive leaves out. */
function marker_markerPath(targetDir) {
    return (0,external_node_path_.join)(targetDir, 'rust-pipeline', 'cache-entry.json');
}
function topLevelItems(targetDir) {
    try {
        return (0,external_node_fs_.readdirSync)(targetDir)
            .filter((n) => n !== 'rust-pipeline')
            .sort();
    }
    catch {
        return [];
    }
}
/** Marks each target dir as holding `held`. Best effort: a marker not written only costs an extraction. */
function writeMarkers(targetDirs, paths, held) {
    const existing = paths.filter((p) => (0,external_node_fs_.existsSync)(p));
    for (const t of targetDirs) {
        try {
            const marker = { ...held, paths: existing, items: topLevelItems(t) };
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(marker_markerPath(t)), { recursive: true });
            (0,external_node_fs_.writeFileSync)(marker_markerPath(t), JSON.stringify(marker, null, 2));
        }
        catch {
            /* a read-only or vanished target dir: the next restore extracts */
        }
    }
}
/**
 * Whether the workspace already holds everything `held` would restore: each target dir's marker
 * names this very entry (same cache, key and stamp), and the paths and top-level items it saw are
 * still in place.
 */
function holdsEntry(targetDirs, held) {
    return (targetDirs.length > 0 &&
        targetDirs.every((t) => {
            let m;
            try {
                m = JSON.parse((0,external_node_fs_.readFileSync)(marker_markerPath(t), 'utf8'));
            }
            catch {
                return false;
            }
            return (m.source === held.source &&
                m.key === held.key &&
                m.stamp === held.stamp &&
                Array.isArray(m.paths) &&
                m.paths.every((p) => typeof p === 'string' && (0,external_node_fs_.existsSync)(p)) &&
                Array.isArray(m.items) &&
                m.items.every((n) => typeof n === 'string' && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(t, n))));
        }));
}

;// CONCATENATED MODULE: ./src/cache/restore.ts
// The shared cache in the action: restored in main before anything builds (here), pruned and saved
// in post (save.ts). Every problem is a warning: the run's result is what it would be without a cache.











/** The marker's name for the service's entry of `key` (marker.ts): the service says no version or date. */
function serviceHeld(key) {
    return { source: 'GitHub Actions cache', key, stamp: '' };
}
function checkCacheState(value) {
    const v = (0,src_state/* isRecord */.u4)(value);
    const state = {
        key: (0,src_state/* isString */.Kg)(v.key),
        paths: (0,src_state/* isStringList */.e6)(v.paths),
        hit: (0,src_state/* oneOfValues */.au)(['exact', 'partial', 'none'])(v.hit),
        runStartMs: typeof v.runStartMs === 'number' && Number.isFinite(v.runStartMs) ? v.runStartMs : 0,
        targetDirs: (0,src_state/* isStringList */.e6)(v.targetDirs),
        members: (0,src_state/* isStringList */.e6)(v.members),
        lockfiles: (0,src_state/* isStringList */.e6)(v.lockfiles),
    };
    if (v.matchedKey !== undefined)
        state.matchedKey = (0,src_state/* isString */.Kg)(v.matchedKey);
    if (v.brokenKey !== undefined)
        state.brokenKey = (0,src_state/* isString */.Kg)(v.brokenKey);
    return state;
}
const cacheState = (0,src_state/* stateSlot */.OT)('cache', checkCacheState);
const cacheRestoreStep = {
    name: 'cache restore',
    async run(ctx) {
        const c = ctx.inputs.cache;
        if (!c.enabled)
            return cacheOffResult('`cache: false`');
        // The advisory database's daily entry is restored beside the main one, in its own worker,
        // under the same time bound.
        const os = runnerOs(ctx.env);
        const daily = usesAdvisoryDbEntry(ctx.inputs)
            ? restoreAdvisoryDb(ctx, {
                os,
                timeoutMs: c.restoreTimeoutSeconds * 1000,
                tempDir: (0,external_node_path_.join)(ctx.tempDir, 'cache'),
            }).catch((e) => e)
            : undefined;
        const main = await restoreMainEntry(ctx, os);
        const db = await daily;
        if (db instanceof Error) {
            const warning = `Advisory database cache not restored: ${db.message}`;
            return withDb(main, { warnings: [warning] });
        }
        if (!db || db.skipped === 'no cache service')
            return main;
        advisoryDbState.save(db.state, ctx.saveState);
        return withDb(main, {
            blocks: advisoryDbRestoreBlocks(db),
            warnings: db.warnings,
            data: { advisoryDb: advisoryDbRestoreData(db) },
        });
    },
};
/** The main entry's result with the database entry's after it (after its later answer, when it has one). */
function withDb(main, db) {
    const add = (m) => ({
        ...m,
        blocks: [...(m.blocks ?? []), ...(db.blocks ?? [])],
        warnings: [...(m.warnings ?? []), ...(db.warnings ?? [])],
        data: { ...m.data, ...db.data },
    });
    if (!main.later)
        return add(main);
    return { ...main, later: main.later.then((m) => add(m ?? {})) };
}
async function restoreMainEntry(ctx, os) {
    const c = ctx.inputs.cache;
    const runStartMs = Date.now();
    const options = {
        exec: ctx.exec,
        log: ctx.log,
        env: ctx.env,
        tempDir: (0,external_node_path_.join)(ctx.tempDir, 'cache'),
        timeoutMs: c.restoreTimeoutSeconds * 1000,
    };
    // The worker starts now and loads the cache library while cargo and rustc answer the key's
    // questions; its time bound starts once it has the request.
    const worker = startWorker(options);
    const planned = await planOrProblem(ctx, os);
    if (!planned.ok) {
        await worker.cancel();
        return planned.result;
    }
    const plan = planned.value;
    ctx.log.info(`Cache key: ${plan.key}`);
    if (holdsEntry(plan.targetDirs, serviceHeld(plan.key)))
        return heldHere(ctx, plan, worker, runStartMs);
    const outcome = await restoreEntry({ paths: plan.paths, key: plan.key, restoreKeys: plan.restoreKeys, workspaceRelative: true }, options, worker);
    if (!outcome.available)
        return serviceUnavailable(ctx, plan);
    const hit = hitOf(plan.key, outcome.matchedKey);
    saveCacheState(ctx, plan, hit, outcome, runStartMs);
    if (hit === 'exact' && !outcome.problem)
        writeMarkers(plan.targetDirs, plan.paths, serviceHeld(plan.key));
    return restoredResult(ctx, plan, outcome, hit);
}
/** What post reads: the key, the paths, what was restored, and what it needs to prune. */
function saveCacheState(ctx, plan, hit, outcome, runStartMs) {
    cacheState.save({
        key: plan.key,
        paths: plan.paths,
        hit,
        ...(outcome.matchedKey ? { matchedKey: outcome.matchedKey } : {}),
        ...(outcome.brokenKey ? { brokenKey: outcome.brokenKey } : {}),
        runStartMs,
        targetDirs: plan.targetDirs,
        members: plan.members,
        lockfiles: plan.lockfiles,
    }, ctx.saveState);
}
/**
 * The target dir already holds the key's entry: this workspace restored or saved it in an earlier
 * run, on a runner that keeps its workspace between jobs (marker.ts). Nothing is downloaded and the
 * stages start at once; the key is still looked up, beside them, so that the outputs say whether
 * the service has the entry and post saves it when the service no longer does.
 */
function heldHere(ctx, plan, worker, runStartMs) {
    ctx.log.info(`Cache: ${plan.targetDirs.join(', ')} already holds this entry (restored or saved here before): nothing to download; the key is looked up beside the stages.`);
    const timeoutMs = ctx.inputs.cache.restoreTimeoutSeconds * 1000;
    // No stage waits for the answer: the stages get the CPU first.
    worker.inBackground();
    const lookup = worker.run({
        op: 'lookup',
        paths: plan.paths,
        key: plan.key,
        restoreKeys: [],
        workspaceRelative: true,
    });
    const later = lookup.then((found) => {
        if (!found.available)
            return serviceUnavailable(ctx, plan);
        const problem = lookupProblem(found, timeoutMs);
        const hit = problem === undefined ? hitOf(plan.key, found.matchedKey) : 'none';
        saveCacheState(ctx, plan, hit, found, runStartMs);
        return restoredResult(ctx, plan, { ...found, ...(problem ? { problem } : {}) }, hit, true);
    });
    return { data: { enabled: true, heldHere: true }, later };
}
/** The cache plan, or the setup result that says why there is none. */
async function planOrProblem(ctx, os) {
    try {
        return (0,context.ok)(await ctx.profiler.measure('cache key', () => planCache(ctx, {
            scope: ctx.inputs.cache.sharedKey || ctx.env.GITHUB_JOB || 'job',
            os,
            arch: runnerArch(ctx.env),
            toolDir: ctx.toolDir,
            withCargoHome: true,
        })));
    }
    catch (e) {
        return (0,context/* stop */.ds)({
            outputs: cacheOutputs('none', ''),
            warnings: [
                `Cache: could not work out the cache key (${e.message}); the run continues without the cache.`,
            ],
            data: { enabled: true, error: e.message },
        });
    }
}
function serviceUnavailable(ctx, plan) {
    ctx.log.info('The GitHub Actions cache service is not available here (no ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL): running without the cache.');
    return {
        outputs: cacheOutputs('none', plan.key),
        blocks: [
            {
                kind: 'text',
                text: '**Cache:** the Actions cache service is not available in this environment; the run went without it.',
            },
        ],
        data: { enabled: true, available: false, key: plan.key },
    };
}
/** Outputs, summary blocks, warnings and report data of a restore that reached the service. */
function restoredResult(ctx, plan, outcome, hit, heldHere = false) {
    const seconds = ctx.inputs.cache.restoreTimeoutSeconds;
    const { matchedKey: matched, problem } = outcome;
    const warnings = [];
    if (heldHere) {
        if (problem)
            warnings.push(`Cache lookup failed: ${problem}. The run used the target dir as it was.`);
    }
    else if (outcome.timedOut)
        warnings.push(`Cache restore took longer than ${seconds} s (input cache-restore-timeout) and was stopped; the run continues without the cache.`);
    else if (outcome.error)
        warnings.push(`Cache restore failed: ${outcome.error}. The run continues without the cache.`);
    const save = plannedSave(ctx, hit);
    return {
        outputs: cacheOutputs(hit, plan.key),
        blocks: restoreBlocks(plan, {
            backend: 'GitHub Actions cache',
            hit,
            matchedKey: matched,
            sizeBytes: outcome.sizeBytes,
            ms: outcome.ms,
            problem,
            save: save.text,
            heldHere,
        }),
        warnings,
        data: {
            enabled: true,
            available: true,
            key: plan.key,
            restoreKeys: plan.restoreKeys,
            hit,
            matchedKey: matched ?? null,
            sizeBytes: outcome.sizeBytes ?? null,
            restoreMs: Math.round(outcome.ms),
            paths: plan.paths,
            problem: problem ?? null,
            brokenKey: outcome.brokenKey ?? null,
            heldHere,
            save: save.data,
        },
    };
}
/**
 * The save decision as far as it is known before the stages run (cache-save, the event, the
 * cell, what was restored), for the summary and the JSON report; post decides again at its end.
 */
function plannedSave(ctx, hit) {
    const c = ctx.inputs.cache;
    const d = eventDecision({ policy: c.save, event: ctx.event.name, hit, writer: ctx.inputs.cell?.cacheWriter });
    const when = c.onFailure ? 'in post' : 'in post if the run passes (cache-on-failure is false)';
    return {
        text: d.save ? `saved ${when}: ${d.why}` : d.why,
        data: { policy: c.save, event: ctx.event.name, planned: d.save, why: d.why },
    };
}

;// CONCATENATED MODULE: ./src/cache/save.ts
// The post step's saves: the main entry (pruned first) and the advisory database's daily entry,
// through one routine. Post trusts nothing it can work out itself: the inputs, the event and the
// places come from its own environment; from the state main left it takes only keys that look
// like ours and paths that are among the places (confine.ts). Every problem is a warning.




















/** The longest the main entry's save may take before it is abandoned (the job is over; only the cache is lost). */
const SAVE_TIMEOUT_MS = 20 * 60_000;
/** The longest the "is this key saved already?" question may take. */
const LOOKUP_TIMEOUT_MS = 60_000;
/** The longest the (small) database entry's lookup or save may take. */
const ADVISORY_DB_SAVE_TIMEOUT_MS = 5 * 60_000;
/**
 * Looks the key up (another job may have saved it meanwhile), then saves. With a broken entry, the
 * lookup asks for replacements only (the broken entry itself is known to be there).
 */
async function saveEntry(e, o, lookupTimeoutMs, env) {
    // The save's worker starts beside the lookup's, loading the library while the lookup runs; it
    // ends unused when nothing is to be saved.
    const saver = startWorker(o);
    let used = false;
    try {
        return await lookupThenSave(e, o, lookupTimeoutMs, env, (req) => {
            used = true;
            return saver.run(req);
        });
    }
    finally {
        if (!used)
            await saver.cancel();
    }
}
async function lookupThenSave(e, o, lookupTimeoutMs, env, runSave) {
    const probe = e.broken ? replacementPrefix(e.key) : e.key;
    const lookup = await runWorker({
        op: 'lookup',
        paths: e.paths,
        key: probe,
        restoreKeys: e.broken ? [probe] : [],
        workspaceRelative: e.workspaceRelative,
    }, { ...o, timeoutMs: lookupTimeoutMs });
    const why = lookupProblem(lookup, lookupTimeoutMs);
    if (why !== undefined) {
        o.log.warning(`${e.label} not saved: the cache service did not answer (${why}).`);
        return { key: e.key, saved: false, outcome: `not saved: the cache service did not answer (${why})` };
    }
    // With a broken entry, only a replacement newer than it counts as saved meanwhile.
    if (lookup.matchedKey !== undefined &&
        keyStartsWith(lookup.matchedKey, probe) &&
        !(e.broken !== undefined && sameKey(lookup.matchedKey, e.broken))) {
        o.log.info(`${e.label} not saved: \`${lookup.matchedKey}\` was saved meanwhile (another job).`);
        return { key: e.key, saved: false, outcome: `not saved: another job saved \`${lookup.matchedKey}\` first` };
    }
    o.log.info(`${e.label} lookup before saving: ${(0,profiler/* formatMs */._V)(lookup.ms)}`);
    if (!e.paths.some((p) => (0,external_node_fs_.existsSync)(p))) {
        o.log.info(`${e.label} not saved: none of its paths exist.`);
        return { key: e.key, saved: false, outcome: 'not saved: none of its paths exist' };
    }
    e.prepare?.();
    const key = e.broken ? replacementKey(e.key, env) : e.key;
    const save = await runSave({
        op: 'save',
        paths: e.paths,
        key,
        restoreKeys: [],
        workspaceRelative: e.workspaceRelative,
    });
    const refused = notSaved(save, `${(0,profiler/* formatMs */._V)(o.timeoutMs)}`);
    const outcome = refused ?? (e.broken ? `saved as \`${key}\`, replacing the entry that did not extract` : 'saved');
    if (save.timedOut || save.error)
        o.log.warning(`${e.label} ${outcome}.`);
    else
        o.log.info(`${e.label} ${outcome}: ${key}`);
    return { key, saved: refused === undefined, outcome, save };
}
/** `inputs`: what the post entry point read from its own environment (post.ts). */
function postContext(inputs, env = process.env, log = actions/* actionsLogger */.MV) {
    return { env, inputs, places: trustedPlaces(env, inputs), log };
}
/** Loads a state slot; a value that fails its check is a warning and counts as absent. */
function loadOrWarn(slot, log) {
    try {
        return slot.load();
    }
    catch (e) {
        log.warning(`Cache not saved: ${e.message}.`);
        return undefined;
    }
}
/** Either the state's paths, each one a place post trusts, or what it refused. */
function confineCacheState(state, places) {
    const refused = [];
    if (!looksLikeOurKey(state.key, KEY_PREFIX))
        refused.push(`the key ${state.key}`);
    const targetDirs = state.targetDirs.map((d) => confineTargetDir(d, places));
    state.targetDirs.forEach((d, i) => targetDirs[i] === undefined && refused.push(d));
    const allowed = allowedEntryPaths(places, state.targetDirs);
    for (const p of state.paths)
        if (!allowed.has(p) || refused.includes(p))
            refused.push(p);
    // Lockfiles are only read (which versions are current); still, only the workspace's.
    const lockfiles = state.lockfiles.filter((f) => (0,external_node_path_.basename)(f) === 'Cargo.lock' && (0,src_paths/* isInside */.FK)(f, places.workspace));
    if (refused.length > 0)
        return { ok: false, refused: [...new Set(refused)] };
    return { ok: true, targetDirs: targetDirs, lockfiles };
}
/** Whether post saves the main entry: cache-save, the event, what main restored, the run's result. */
function mainEntryDecision(pc, state) {
    return saveDecision({
        policy: pc.inputs.cache.save,
        event: pc.env.GITHUB_EVENT_NAME ?? '',
        hit: state.brokenKey ? 'none' : state.hit,
        result: loadOrWarn(src_state/* resultState */.lG, pc.log) ?? 'unknown',
        onFailure: pc.inputs.cache.onFailure,
        writer: pc.inputs.cell?.cacheWriter,
    });
}
/** The main entry's save in post. */
async function saveCacheInPost(pc) {
    const { log } = pc;
    const state = loadOrWarn(cacheState, log);
    if (!state)
        return;
    const summary = (figures) => appendToJobSummary(saveBlocks(figures), 'the cache save', log);
    const decision = mainEntryDecision(pc, state);
    // The key is not repeated here: main's Cache section has it (and the state is not trusted text).
    if (!decision.save) {
        log.info(`Cache ${decision.why}.`);
        return summary({ outcome: decision.why });
    }
    const confined = confineCacheState(state, pc.places);
    if (!confined.ok) {
        const why = 'not saved: the state main left names what the cache may not hold or delete; nothing was pruned or uploaded';
        const named = confined.refused.slice(0, 5).map((r) => JSON.stringify(r.slice(0, 300)));
        log.warning(`Cache ${why}: ${named.join(', ')}${confined.refused.length > 5 ? ', …' : ''}.`);
        return summary({ outcome: why });
    }
    let prune;
    let pruneMs = 0;
    let beforeBytes = 0;
    const result = await saveEntry({
        label: 'Cache',
        key: state.key,
        paths: state.paths,
        workspaceRelative: true,
        ...(state.brokenKey ? { broken: state.brokenKey } : {}),
        prepare: () => {
            const started = Date.now();
            prune = pruneForSave(pc, state, confined);
            beforeBytes = sizeBeforePrune(state.paths, prune);
            pruneMs = Date.now() - started;
        },
    }, postWorkerOptions(log, SAVE_TIMEOUT_MS, pc.env), LOOKUP_TIMEOUT_MS, pc.env);
    const saved = result.saved;
    // The next run here finds the entry in place and downloads nothing (restore.ts heldHere).
    if (saved)
        writeMarkers(confined.targetDirs, state.paths, serviceHeld(state.key));
    await summary({
        outcome: result.outcome,
        decision: decision.why,
        ...(result.save ? { ms: result.save.ms, sizeBytes: saved ? result.save.sizeBytes : undefined } : {}),
        ...(prune ? { pruneMs, beforeBytes, prune } : {}),
    });
}
/** Plans and applies the prune inside the confined places; refused items are a warning. */
function pruneForSave(pc, state, confined) {
    removeOutwardLinks(pc, state.paths);
    const plan = planPrune({
        targetDirs: confined.targetDirs,
        cargoHome: pc.places.cargoHome,
        members: state.members,
        locked: lockedSet(confined.lockfiles),
        runStartMs: state.runStartMs,
        ...usedUnits(pc.env),
        tools: { dir: pc.places.toolDir, keep: pc.inputs.tools.versions },
    });
    const applied = applyPrune(plan, deletableRoots(pc.places, confined.targetDirs));
    if (applied.refused.length > 0)
        pc.log.warning(`Cache: left ${applied.refused.length} path(s) alone that lie outside the target dir and CARGO_HOME's cached folders or behind a symlink: ${applied.refused.slice(0, 5).join(', ')}`);
    pc.log.info(`Cache pruned ${plan.items.length} paths (${formatBytes(plan.bytes)})`);
    return plan;
}
/**
 * The units this run's cargo commands used, from the ledger main left in its temp dir (the same
 * folder main uses, recomputed here); nothing when the run could not list them all. The ledger
 * only narrows which units inside the confined target dirs are kept: it names no path.
 */
function usedUnits(env) {
    const used = readUsedUnits((0,src_paths/* actionTempDir */.O4)(env));
    return used ? { used } : {};
}
/**
 * Removes (as links) the symlinks in every cached place (target dirs, CARGO_HOME's cached folders,
 * the tool dir, cache-directories) that lead outside the cached places; a warning names them.
 * `places` are the entry's paths, already confined (confineCacheState).
 */
function removeOutwardLinks(pc, places) {
    const links = places.flatMap((p) => outwardLinks(p, places)).filter((l) => mayDelete(l, places));
    for (const l of links)
        (0,external_node_fs_.rmSync)(l, { force: true });
    if (links.length > 0)
        pc.log.warning(`Cache: removed ${links.length} symlink(s) in the cached places that lead outside them, not what they point at: ${links.slice(0, 5).join(', ')}`);
}
/** The advisory database entry's save in post. */
async function saveAdvisoryDbInPost(pc, options) {
    const log = pc.log;
    const text = (t) => appendToJobSummary([{ kind: 'text', text: `**Advisory database cache:** ${t}` }], 'the advisory database cache', log);
    const state = loadOrWarn(advisoryDbState, log);
    if (!state)
        return;
    if (!looksLikeOurKey(state.key, ADVISORY_DB_KEY_PREFIX)) {
        log.warning(`Advisory database cache not saved: the saved key ${JSON.stringify(state.key)} is not one of ours.`);
        return;
    }
    const toolDir = (0,src_paths/* toolDirOf */.pr)(pc.env);
    const policy = saveDecision({
        policy: pc.inputs.cache.save,
        event: pc.env.GITHUB_EVENT_NAME ?? '',
        // Something restored counts for the event rules (pull_request); whether an exact hit is still
        // current is the daily decision's question (a fetch after midnight makes a new day's entry).
        hit: state.brokenKey || state.hit === 'none' ? 'none' : 'partial',
        // The database does not depend on the run's result.
        result: 'success',
        onFailure: true,
    });
    const decision = policy.save ? advisoryDbSaveDecision(state, runnerOs(pc.env), lastFetched(toolDir)) : policy;
    if (!decision.save) {
        log.info(`Advisory database cache ${decision.why}.`);
        return text(decision.why);
    }
    const o = { ...postWorkerOptions(prefixed(log), ADVISORY_DB_SAVE_TIMEOUT_MS, pc.env), ...options };
    const r = await saveEntry({
        label: 'Advisory database cache',
        key: decision.key,
        paths: advisoryDbEntryPaths(toolDir),
        ...(state.brokenKey && isEntryOf(decision.key, state.brokenKey) ? { broken: state.brokenKey } : {}),
    }, o, o.timeoutMs, pc.env);
    if (!r.saved)
        return text(r.outcome);
    const figures = `(${r.save?.sizeBytes !== undefined ? `${formatBytes(r.save.sizeBytes)}, ` : ''}${(0,profiler/* formatMs */._V)(r.save?.ms ?? 0)})`;
    return text(`${r.outcome === 'saved' ? `saved \`${r.key}\`` : r.outcome} ${figures}; ${policy.why}`);
}
const cacheSaveTask = {
    name: 'cache save',
    run: async (inputs) => {
        const pc = postContext(inputs);
        // Post re-reads the inputs: with the cache off nothing is saved, whatever the state holds.
        if (!pc.inputs.cache.enabled) {
            pc.log.info('Cache not saved: the cache is off (cache: false).');
            return;
        }
        // The small daily database entry first: it does not depend on the run's result.
        await saveAdvisoryDbInPost(pc);
        await saveCacheInPost(pc);
    },
};


/***/ })

};
