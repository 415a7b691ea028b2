export const id = 414;
export const ids = [414];
export const modules = {

/***/ 2496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports getInput, saveState, appendSummary, actionsLogger, OUTPUT_LIMIT_BYTES, setOutputs, fail, ANNOTATION_MESSAGE_CHARS, ANNOTATION_TITLE_CHARS, cutChars, annotate, githubEvent, eventPayloadFacts */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _log_sink_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(977);
// Adapters from the pipeline to the Actions runner: logger, annotations, the event context.
// Every workflow command we issue goes through ownCommands (outside the spans in which the
// repository's output is inert); plain log lines go inside them (see log-sink.ts).





const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `::command key=value,…::message` on stdout; properties without a value are left out. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    process.stdout.write(`::${command}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
}
/** Appends `name<<delimiter` … to the runner's GITHUB_<command> file (a value can hold any text). */
function issueFileCommand(command, name, value) {
    const file = process.env[`GITHUB_${command}`];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!existsSync(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}
function annotation(level, message, p = {}) {
    issueCommand(level, { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }, message);
}
/** An input's value from INPUT_<NAME>, trimmed; '' when not given (core.getInput). */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** Hands a value to the post step (core.saveState). */
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        issueFileCommand('STATE', name, value);
    else
        issueCommand('save-state', { name }, value);
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', name, value);
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
}
/** Appends Markdown (and a line end) to the job summary (core.summary.addRaw(text, true).write()). */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        accessSync(file, constants.R_OK | constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await appendFile(file, `${markdown}${EOL}`, { encoding: 'utf8' });
}
const actionsLogger = {
    // A log line may quote the repository's output (a test name, a compiler message): inert like it.
    info: (m) => void _log_sink_js__WEBPACK_IMPORTED_MODULE_4__/* .guardedStdout */ .GW.write(`${m}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`),
    warning: (m) => (0,_log_sink_js__WEBPACK_IMPORTED_MODULE_4__/* .ownCommands */ .hO)(() => annotation('warning', m)),
    group: async (name, fn) => {
        (0,_log_sink_js__WEBPACK_IMPORTED_MODULE_4__/* .ownCommands */ .hO)(() => issueCommand('group', {}, name));
        try {
            return await fn();
        }
        finally {
            (0,_log_sink_js__WEBPACK_IMPORTED_MODULE_4__/* .ownCommands */ .hO)(() => issueCommand('endgroup', {}, ''));
        }
    },
    secret: (v) => (0,_log_sink_js__WEBPACK_IMPORTED_MODULE_4__/* .ownCommands */ .hO)(() => issueCommand('add-mask', {}, v)),
};
/** GitHub's limit for one output value (1 MB; 50 MB for all of a job's outputs). */
const OUTPUT_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/**
 * Sets the step's outputs (a file under Actions; a command only without one). A value over
 * GitHub's limit is not set: the problems returned say which and where to read it instead.
 */
function setOutputs(outputs) {
    const problems = [];
    ownCommands(() => {
        for (const [name, value] of Object.entries(outputs)) {
            const bytes = Buffer.byteLength(value);
            if (bytes <= OUTPUT_LIMIT_BYTES)
                setOutput(name, value);
            else
                problems.push(`Output ${name} is ${bytes} bytes, over GitHub's limit of ${OUTPUT_LIMIT_BYTES} bytes per output: it was not set. The JSON report (output report) has it.`);
        }
    });
    return problems;
}
/** Fails the step with `message` (an error annotation). */
function fail(message) {
    process.exitCode = 1;
    ownCommands(() => annotation('error', message));
}
/**
 * What GitHub keeps of an annotation: the runner cuts a message at 4096 characters
 * (`_maxIssueMessageLength` in actions/runner's ExecutionContext.cs), the check-run API a title at 255.
 */
const ANNOTATION_MESSAGE_CHARS = 4096;
const ANNOTATION_TITLE_CHARS = 255;
/** `s` cut to `max` characters, saying so at the end. */
function cutChars(s, max) {
    if (s.length <= max)
        return s;
    const noteOf = (left) => ` … [${left} more characters in the log and the JSON report]`;
    const kept = s.slice(0, max - noteOf(s.length).length).replace(/[\uD800-\uDBFF]$/, '');
    return kept + noteOf(s.length - kept.length);
}
function annotate(f) {
    const props = {
        ...(f.title ? { title: cutChars(f.title, ANNOTATION_TITLE_CHARS) } : {}),
        ...(f.file ? { file: f.file } : {}),
        ...(f.line ? { startLine: f.line, endLine: f.endLine ?? f.line } : {}),
        // GitHub ignores columns on multi-line annotations.
        ...(f.column && (f.endLine ?? f.line) === f.line
            ? { startColumn: f.column, endColumn: f.endColumn ?? f.column }
            : {}),
    };
    ownCommands(() => {
        const message = cutChars(f.message, ANNOTATION_MESSAGE_CHARS);
        annotation(f.level === 'error' || f.level === 'warning' ? f.level : 'notice', message, props);
    });
}
function githubEvent(env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        name: env.GITHUB_EVENT_NAME ?? '',
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        repositoryUrl: env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}` : '',
        ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
        ...eventPayloadFacts(readPayload(env.GITHUB_EVENT_PATH)),
    };
}
function readPayload(path) {
    if (!path)
        return undefined;
    try {
        return JSON.parse(readFileSync(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** The payload's action and, for a release event, its release (id and tag). */
function eventPayloadFacts(payload) {
    const p = (payload ?? {});
    const id = p.release?.id;
    const tag = p.release?.tag_name;
    return {
        ...(typeof p.action === 'string' ? { action: p.action } : {}),
        ...(typeof id === 'number' && typeof tag === 'string' ? { release: { id, tag } } : {}),
    };
}


/***/ }),

/***/ 5414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalCache: () => (/* binding */ LocalCache)
});

// UNUSED EXPORTS: KEEP_ENTRIES, entryVersion, findEntry, localHeld, tarCreateArgs, tarExtractArgs

// EXTERNAL MODULE: ./src/cache/off.ts
var off = __webpack_require__(5771);
// EXTERNAL MODULE: ./src/paths.ts
var src_paths = __webpack_require__(8431);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/blocks.ts
var blocks = __webpack_require__(8749);
// EXTERNAL MODULE: ./src/action-outputs.ts
var action_outputs = __webpack_require__(2162);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/state.ts
var src_state = __webpack_require__(2462);
// EXTERNAL MODULE: ./src/profiler.ts
var profiler = __webpack_require__(1038);
// EXTERNAL MODULE: ./src/tools/advisory-db-checkout.ts
var advisory_db_checkout = __webpack_require__(4172);
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

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/actions.ts
var actions = __webpack_require__(2496);
// EXTERNAL MODULE: ./src/tools/table.ts + 1 modules
var table = __webpack_require__(673);
;// CONCATENATED MODULE: ./src/cache/confine.ts
// What post may touch. The state main leaves is a file the repository's code could rewrite while
// it runs, and the workspace's files (a .cargo/config naming another target-dir) are that code's
// too: post works out the places the cache may hold from its own environment and inputs, and
// accepts a path from the state only when it is one of them. Deleting is allowed below the target
// dir and CARGO_HOME's cached folders only, never through a symlink, never in CARGO_HOME/bin.




function trustedPlaces(env, inputs) {
    return {
        workspace: resolve(workspaceDir(env)),
        cargoHome: cargoHomeOf(env),
        toolDir: toolDirOf(env),
        ...(env.CARGO_TARGET_DIR ? { envTargetDir: resolve(inputs.workingDirectory, env.CARGO_TARGET_DIR) } : {}),
        extraDirs: inputs.cache.directories,
    };
}
/** The parts of CARGO_HOME the main entry carries (credentials, bin and config never). */
function cachedCargoHomeParts(cargoHome) {
    return [join(cargoHome, 'registry', 'index'), join(cargoHome, 'registry', 'cache'), join(cargoHome, 'git', 'db')];
}
/** The tool directories the main entry carries. */
function cachedToolDirs(toolDir) {
    return TOOL_NAMES.map((t) => join(toolDir, t));
}
/**
 * A target dir named by the state, if post may use it: CARGO_TARGET_DIR, or a folder strictly
 * inside the workspace and outside its .git (where cargo metadata puts it by default).
 */
function confineTargetDir(dir, places) {
    const p = resolve(dir);
    if (places.envTargetDir && p === places.envTargetDir)
        return p;
    if (p === places.workspace || !isInside(p, places.workspace) || isInside(p, join(places.workspace, '.git')))
        return undefined;
    // Where it really leads must be inside the workspace too (no symlinked target dir to elsewhere).
    return isInside(realPathOf(p), realPathOf(places.workspace)) ? p : undefined;
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
function confine_mayDelete(path, roots) {
    const p = resolve(path);
    const root = roots.find((r) => p !== r && isInside(p, r));
    if (!root)
        return false;
    return isInside(realPathOf(dirname(p)), realPathOf(root));
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
    const realRoots = inside.map(realPathOf);
    const out = [];
    walkTree(root, (p, st) => {
        if (!st.isSymbolicLink())
            return st.isDirectory();
        const to = realPathOf(resolve(dirname(p), readlinkSync(p)));
        if (!realRoots.some((r) => isInside(to, r)))
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
        lstatSync(path);
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
            rmSync(item.path, { recursive: true, force: true });
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
var src_exec = __webpack_require__(3738);
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

// EXTERNAL MODULE: ./src/cargo/metadata.ts
var metadata = __webpack_require__(9899);
// EXTERNAL MODULE: ./src/cargo/rustup-home.ts
var rustup_home = __webpack_require__(8537);
// EXTERNAL MODULE: ./src/cargo/rustup.ts
var rustup = __webpack_require__(1525);
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
    const installed = (0,rustup_home/* installedOnDisk */.vf)(env);
    const dir = installed && (0,rustup/* findInstalled */.c9)(installed, toolchain);
    if (!dir)
        return undefined;
    try {
        const path = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)((0,rustup_home/* rustupHome */.Lt)(env), 'toolchains', dir, 'bin', binary));
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
    const meta = await (0,metadata/* cargoMetadata */.ge)(ctx, ctx.toolchain, { timeoutMs: KEY_QUESTION_TIMEOUT_MS });
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
        (0,metadata/* knownRustcVersion */.jr)(ctx, toolchain, remembered);
        return { toolchain, version: remembered.trim() };
    }
    // A toolchain that cannot answer is keyed by its name.
    const res = await (0,metadata/* rustcVersion */.eI)(ctx, toolchain, { timeoutMs: KEY_QUESTION_TIMEOUT_MS });
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
    (0,metadata/* knownCargoMetadata */.Bo)(ctx, ctx.toolchain, had.answer);
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
    if (toolchains.every((t) => (0,rustup_home/* toolchainOnDisk */.QB)(ctx.env, t))) {
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
        ...(o.toolDir ? table/* TOOL_NAMES */.K2.map((t) => (0,external_node_path_.join)(o.toolDir, t)) : []),
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
function service_isEntryOf(key, matched) {
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
    const brokenKey = failed && service_isEntryOf(req.key, out.offeredKey) ? out.offeredKey : undefined;
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
        exec,
        log,
        env: childEnv(env),
        tempDir: join(actionTempDir(env), 'cache'),
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
    return matched === undefined || matched === '' ? 'none' : service_isEntryOf(key, matched) ? 'exact' : 'partial';
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
        ['entry size', f.sizeBytes !== undefined ? (0,src_text/* formatBytes */.z3)(f.sizeBytes) : '–'],
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
        rows.push(['entry size', (0,src_text/* formatBytes */.z3)(f.sizeBytes)]);
    if (f.ms !== undefined)
        rows.push(['save time', (0,profiler/* formatMs */._V)(f.ms)]);
    if (f.pruneMs !== undefined)
        rows.push(['prune time', (0,profiler/* formatMs */._V)(f.pruneMs)]);
    if (f.beforeBytes !== undefined && f.prune) {
        rows.push(['files before pruning', (0,src_text/* formatBytes */.z3)(f.beforeBytes)]);
        rows.push(['files after pruning', (0,src_text/* formatBytes */.z3)(Math.max(0, f.beforeBytes - f.prune.bytes))]);
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
            rows: pruneTotals(f.prune).map((t) => [t.reason, String(t.count), (0,src_text/* formatBytes */.z3)(t.bytes)]),
        });
    }
    return blocks;
}
/** Adds blocks to the job summary (post); a summary that cannot be written is a warning naming `what`. */
async function appendToJobSummary(blocks, what, log) {
    try {
        await appendSummary(toMarkdown(blocks));
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
    return { key: `${base}${(0,clock/* utcDay */.dA)(day)}`, restoreKeys: [base] };
}
/** The paths of the entry, in a fixed order (the service scopes entries by this list). */
function advisoryDbEntryPaths(toolDir) {
    return [(0,advisory_db_checkout/* advisoryDbPath */.$E)(toolDir), (0,advisory_db_checkout/* markerPath */.Ar)(toolDir)];
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
    const plan = (0,advisory_db_checkout/* planAdvisoryDb */.dj)(toolDir, undefined, today);
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
    const today = (0,clock/* now */.tB)(ctx.env);
    const keys = advisoryDbKeys(o.os, today);
    const paths = advisoryDbEntryPaths(ctx.toolDir);
    const base = { key: keys.key, day: (0,clock/* utcDay */.dA)(today), hit: 'none' };
    if ((0,advisory_db_checkout/* planAdvisoryDb */.dj)(ctx.toolDir, undefined, today).why === 'fetched today') {
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
            : `${advisory_db_entry_HIT_TEXT[s.hit]}: \`${s.matchedKey}\`${r.sizeBytes !== undefined ? `, ${(0,src_text/* formatBytes */.z3)(r.sizeBytes)}` : ''}, ${(0,profiler/* formatMs */._V)(r.ms)}`;
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
function markerPath(targetDir) {
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
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(markerPath(t)), { recursive: true });
            (0,external_node_fs_.writeFileSync)(markerPath(t), JSON.stringify(marker, null, 2));
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
                m = JSON.parse((0,external_node_fs_.readFileSync)(markerPath(t), 'utf8'));
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
            return (0,off/* cacheOffResult */.l)('`cache: false`');
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
            outputs: (0,action_outputs/* cacheOutputs */.v)('none', ''),
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
        outputs: (0,action_outputs/* cacheOutputs */.v)('none', plan.key),
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
        outputs: (0,action_outputs/* cacheOutputs */.v)(hit, plan.key),
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

// EXTERNAL MODULE: ./src/cargo/units.ts
var units = __webpack_require__(8195);
;// CONCATENATED MODULE: ./src/cache/local.ts
// The CLI's cache: the same keys and the same lookup rules as the Actions cache service, over a
// local directory (default $XDG_CACHE_HOME/rust-pipeline or ~/.cache/rust-pipeline).
//
// Layout: <dir>/entries/<key>.tar.zst (or .tar.gz without zstd) and <key>.json (key, version,
// creation time, size). Restoring never overwrites a file that exists (tar --skip-old-files):
// a developer's own target/ stays as it is, a fresh clone gets warm. Saving leaves pruned paths
// out of the archive instead of deleting them, and keeps the newest KEEP_ENTRIES entries of a
// job scope.
//
// Each restore and save leaves a marker in the target dir (marker.ts) naming the entry the target
// dir holds. When the entry found is that one and every path of the entry is still there,
// extracting could add nothing (tar skips every existing file): the restore skips it, and a warm
// run costs no tar.


















/** Entries kept per scope (job or shared-key, OS, arch) after a save. */
const KEEP_ENTRIES = 3;
/** The entry's version, like the service's: the paths and the compression must match to restore. */
function entryVersion(paths, compression) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update([...paths, compression, 'local-1'].join('|'))
        .digest('hex');
}
/** A failed tar in one line: its last two lines of errors. */
function tarFailure(res) {
    return `tar failed: ${res.stderr.trim().split('\n').slice(-2).join(' ')}`;
}
function compressArgs(c) {
    // GNU tar adds -d itself when extracting through the program.
    return c === 'zstd' ? ['--use-compress-program', 'zstdmt'] : ['-z'];
}
/** tar argv that archives `paths` (absolute, kept absolute) without what `excludeFile` lists. */
function tarCreateArgs(archive, paths, excludeFile, c) {
    return [
        '--posix',
        '-c',
        '-f',
        archive,
        '-P',
        ...compressArgs(c),
        '--anchored',
        '--no-wildcards',
        '--exclude-from',
        excludeFile,
        '--',
        ...paths,
    ];
}
/** tar argv that restores an archive, leaving every existing file alone. */
function tarExtractArgs(archive, c) {
    return ['-x', '-f', archive, '-P', ...compressArgs(c), '--skip-old-files'];
}
/** GitHub's lookup rules: exact key, the key as a prefix, then each restore key as a prefix; newest first; same version only. */
function findEntry(entries, key, restoreKeys, version) {
    const usable = entries.filter((e) => e.version === version);
    const newest = (pred) => usable.filter(pred).sort((a, b) => b.createdAt - a.createdAt)[0];
    return (newest((e) => sameKey(e.key, key)) ??
        newest((e) => keyStartsWith(e.key, key)) ??
        restoreKeys.reduce((hit, rk) => hit ?? newest((e) => keyStartsWith(e.key, rk)), undefined));
}
/** The marker's name for a local entry: this cache directory, the key, its version and creation time. */
function localHeld(cacheDir, entry) {
    return { source: cacheDir, key: entry.key, stamp: `${entry.version}@${entry.createdAt}` };
}
class LocalCache {
    dir;
    plan;
    hit = 'none';
    compression = 'gzip';
    runStartMs = 0;
    facts;
    tempDir;
    exec;
    constructor(dir) {
        this.dir = dir;
    }
    get entriesDir() {
        return (0,external_node_path_.join)(this.dir, 'entries');
    }
    entries() {
        if (!(0,external_node_fs_.existsSync)(this.entriesDir))
            return [];
        const out = [];
        for (const f of (0,external_node_fs_.readdirSync)(this.entriesDir)) {
            if (!f.endsWith('.json'))
                continue;
            try {
                const e = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.entriesDir, f), 'utf8'));
                if ((0,external_node_fs_.existsSync)(this.archiveOf(e)))
                    out.push(e);
            }
            catch {
                /* a half-written entry is ignored */
            }
        }
        return out;
    }
    archiveOf(e) {
        return (0,external_node_path_.join)(this.entriesDir, `${e.key}.tar.${e.compression === 'zstd' ? 'zst' : 'gz'}`);
    }
    /** The setup step that restores before the stages run. */
    restoreStep = {
        name: 'cache restore',
        run: async (ctx) => {
            const c = ctx.inputs.cache;
            if (!c.enabled)
                return (0,off/* cacheOffResult */.l)('--cache false');
            this.exec = ctx.exec;
            this.runStartMs = Date.now();
            // The CLI's temp dir outlives runs: the unit ledger starts afresh with each.
            this.tempDir = ctx.tempDir;
            (0,units/* resetLedger */.PN)(ctx.tempDir);
            this.facts = {
                policy: c.save,
                event: ctx.event.name,
                onFailure: c.onFailure,
                writer: ctx.inputs.cell?.cacheWriter,
            };
            const os = runnerOs({});
            // zstd when tar can find it (tar runs it from PATH as well).
            this.compression = (0,src_paths/* findOnPath */.aY)('zstdmt', ctx.env.PATH) ? 'zstd' : 'gzip';
            const plan = await ctx.profiler.measure('cache key', () => planCache(ctx, { scope: c.sharedKey || 'local', os, arch: runnerArch({}), withCargoHome: true }));
            this.plan = plan;
            const started = Date.now();
            const entry = findEntry(this.entries(), plan.key, plan.restoreKeys, entryVersion(plan.paths, this.compression));
            const held = entry !== undefined && holdsEntry(plan.targetDirs, localHeld(this.dir, entry));
            const { problem, warnings } = entry && !held ? await this.extract(ctx, plan, entry) : { problem: undefined, warnings: [] };
            if (entry && !held && !problem)
                writeMarkers(plan.targetDirs, plan.paths, localHeld(this.dir, entry));
            const ms = Date.now() - started;
            if (held)
                ctx.log.info(`Cache: ${plan.targetDirs.join(', ')} already holds ${entry.key}; nothing to extract.`);
            this.hit = problem ? 'none' : hitOf(plan.key, entry?.key);
            ctx.log.info(`Cache key: ${plan.key} (${this.hit === 'none' ? 'miss' : `${this.hit} hit: ${entry?.key}`})`);
            return this.restored(ctx, { plan, entry, problem, warnings, ms, os });
        },
    };
    /** What the restore step reports: outputs, its section of the summary, warnings, its data. */
    restored(ctx, r) {
        const { plan, entry, problem, warnings, ms, os } = r;
        const save = plannedSave(ctx, this.hit);
        const db = usesAdvisoryDbEntry(ctx.inputs) ? localAdvisoryDbStatus(ctx.toolDir, os, (0,clock/* now */.tB)(ctx.env)) : undefined;
        return {
            outputs: (0,action_outputs/* cacheOutputs */.v)(this.hit, plan.key),
            blocks: [
                ...restoreBlocks(plan, {
                    backend: `local directory ${this.dir}`,
                    hit: this.hit,
                    matchedKey: entry?.key,
                    sizeBytes: entry?.sizeBytes,
                    ms,
                    problem,
                    save: save.text,
                }),
                ...(db?.blocks ?? []),
            ],
            warnings,
            data: {
                enabled: true,
                backend: 'local',
                key: plan.key,
                hit: this.hit,
                matchedKey: entry?.key ?? null,
                sizeBytes: entry?.sizeBytes ?? null,
                restoreMs: ms,
                save: save.data,
                ...(db ? { advisoryDb: db.data } : {}),
            },
        };
    }
    /** Extracts an entry; a failed or stopped extraction removes the paths it created. */
    async extract(ctx, plan, entry) {
        const seconds = ctx.inputs.cache.restoreTimeoutSeconds;
        const existedBefore = new Set(plan.paths.filter((p) => (0,external_node_fs_.existsSync)(p)));
        const res = await ctx.exec('tar', tarExtractArgs(this.archiveOf(entry), entry.compression), {
            echo: 'none',
            timeoutMs: seconds * 1000,
        });
        if (res.code === 0)
            return { warnings: [] };
        const problem = res.killed === 'timeout' ? `stopped after ${seconds} s (cache-restore-timeout)` : tarFailure(res);
        // Half-written files must not look fresh to cargo: drop what this restore created.
        undoPartialRestore(plan.paths, existedBefore);
        return {
            problem,
            warnings: [`Local cache restore from ${this.dir} failed (${problem}); the run continues without it.`],
        };
    }
    /** Saves at the end of a CLI run (the CLI has no post step). Never throws: problems are warnings. */
    async save(report, log) {
        const plan = this.plan;
        const exec = this.exec;
        if (!plan || !exec)
            return;
        try {
            if (!this.facts)
                return;
            const decision = saveDecision({ ...this.facts, hit: this.hit, result: report.result });
            if (!decision.save)
                return log.info(`Cache ${decision.why}.`);
            const started = Date.now();
            const existing = plan.paths.filter((p) => (0,external_node_fs_.existsSync)(p));
            if (existing.length === 0)
                return log.info('Cache not saved: none of its paths exist.');
            const used = this.tempDir ? (0,units/* readUsedUnits */.lh)(this.tempDir) : undefined;
            const prune = planPrune({
                targetDirs: plan.targetDirs,
                cargoHome: plan.cargoHome,
                members: plan.members,
                locked: lockedSet(plan.lockfiles),
                runStartMs: this.runStartMs,
                ...(used ? { used } : {}),
            });
            const beforeBytes = sizeBeforePrune(existing, prune);
            (0,external_node_fs_.mkdirSync)(this.entriesDir, { recursive: true });
            const entry = {
                key: plan.key,
                version: entryVersion(plan.paths, this.compression),
                createdAt: Date.now(),
                sizeBytes: 0,
                compression: this.compression,
            };
            entry.sizeBytes = await this.writeArchive(entry, existing, prune.items, exec);
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(this.entriesDir, `${entry.key}.json`), JSON.stringify(entry, null, 2));
            writeMarkers(plan.targetDirs, plan.paths, localHeld(this.dir, entry));
            this.evict(plan.restoreKeys.at(-1) ?? plan.key, log);
            log.info((0,blocks/* toText */.fE)(saveBlocks({
                outcome: `saved to ${this.dir}`,
                sizeBytes: entry.sizeBytes,
                ms: Date.now() - started,
                beforeBytes,
                prune,
            })));
        }
        catch (e) {
            log.warning(`Cache not saved to ${this.dir}: ${e.message}`);
        }
    }
    /** Writes the entry's archive (without the pruned items) atomically; returns its size in bytes. */
    async writeArchive(entry, paths, pruned, exec) {
        const archive = this.archiveOf(entry);
        const tmp = `${archive}.tmp-${process.pid}`;
        const excludeFile = `${archive}.exclude-${process.pid}`;
        (0,external_node_fs_.writeFileSync)(excludeFile, pruned.map((i) => i.path).join('\n') + '\n');
        try {
            const res = await exec('tar', tarCreateArgs(tmp, [...paths], excludeFile, this.compression), { echo: 'none' });
            // 1: some files changed while being read; the archive is still usable.
            if (res.code !== 0 && res.code !== 1)
                throw new Error(tarFailure(res));
            (0,external_node_fs_.renameSync)(tmp, archive);
        }
        finally {
            (0,external_node_fs_.rmSync)(tmp, { force: true });
            (0,external_node_fs_.rmSync)(excludeFile, { force: true });
        }
        return (0,external_node_fs_.statSync)(archive).size;
    }
    evict(scopePrefix, log) {
        const same = this.entries()
            .filter((e) => e.key.startsWith(scopePrefix))
            .sort((a, b) => b.createdAt - a.createdAt);
        for (const old of same.slice(KEEP_ENTRIES)) {
            (0,external_node_fs_.rmSync)(this.archiveOf(old), { force: true });
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(this.entriesDir, `${old.key}.json`), { force: true });
            log.info(`Cache: removed the old entry ${old.key}`);
        }
    }
}


/***/ }),

/***/ 2462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ isString),
/* harmony export */   OT: () => (/* binding */ stateSlot),
/* harmony export */   au: () => (/* binding */ oneOfValues),
/* harmony export */   c9: () => (/* binding */ dockerConfigState),
/* harmony export */   e6: () => (/* binding */ isStringList),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   zy: () => (/* binding */ dockerRegistriesState)
/* harmony export */ });
/* unused harmony exports StateError, textSlot, isBoolean, mainRanState, MAIN_STATE_SLOTS, clearMainState, resultState */
// The typed state main leaves for post (through core.saveState / STATE_* env in Actions). Each
// value has one slot: the name, the JSON it is stored as, and a check that post runs on load. The
// state file is outside the action's control while the repository's code runs, so a value that
// fails its check is refused (post then treats it as absent, with a warning from the caller).
/** Thrown by a slot's check: names the slot and what is wrong. */
class StateError extends Error {
    constructor(slot, why) {
        super(`the saved state "${slot}" is not valid (${why})`);
        this.name = 'StateError';
    }
}
const JSON_CODEC = { write: (v) => JSON.stringify(v), read: (raw) => JSON.parse(raw) };
function stateSlot(name, check, codec = JSON_CODEC) {
    return {
        name,
        save(value, write) {
            write(name, codec.write(value));
        },
        load() {
            // What core.getState reads: the runner hands main's values to post as STATE_<name>. Read here
            // directly so that stages can name their state without loading @actions/core.
            const raw = process.env[`STATE_${name}`] ?? '';
            if (raw === '')
                return undefined;
            let value;
            try {
                value = codec.read(raw);
            }
            catch {
                throw new StateError(name, 'not JSON');
            }
            try {
                return check(value);
            }
            catch (e) {
                throw new StateError(name, e.message);
            }
        },
    };
}
/** A slot holding one line of text as it is (a path, a word), not as JSON. */
function textSlot(name, check) {
    return stateSlot(name, check, { write: (v) => v, read: (raw) => raw });
}
// Checks shared by the slots (and by the modules that define their own object slots).
function isString(value) {
    if (typeof value !== 'string')
        throw new Error('not a string');
    return value;
}
function isStringList(value) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        throw new Error('not a list of strings');
    return value;
}
function isBoolean(value) {
    if (typeof value !== 'boolean')
        throw new Error('not true or false');
    return value;
}
/** The value as a plain object (not null, not a list). */
function isRecord(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new Error('not an object');
    return value;
}
function oneOfValues(allowed) {
    return (value) => {
        if (typeof value !== 'string' || !allowed.includes(value))
            throw new Error(`not one of ${allowed.join(', ')}`);
        return value;
    };
}
/** Set by main once it has run: post does nothing when main never started. */
const mainRanState = stateSlot('main-ran', isBoolean);
/**
 * Every slot main owns besides main-ran. Main writes each one empty before the stages run, so that a
 * value printed by the repository's code (a `::save-state` line) can never stand in for one main did
 * not write; a slot main uses is then written again with its value.
 */
const MAIN_STATE_SLOTS = (/* unused pure expression or super */ null && (['cache', 'advisory-db-cache', 'result', 'docker-config', 'docker-registries']));
/** Writes every slot in MAIN_STATE_SLOTS empty (read back as "not saved"). */
function clearMainState(write) {
    for (const name of MAIN_STATE_SLOTS)
        write(name, '');
}
/** The run's overall result, for post's save decision. */
const resultState = textSlot('result', oneOfValues(['success', 'failure', 'cancelled']));
/** The temporary docker config directory holding the registry login, while it exists. */
const dockerConfigState = textSlot('docker-config', isString);
/** The registries main logged in to. */
const dockerRegistriesState = stateSlot('docker-registries', isStringList);


/***/ })

};
