export const id = 585;
export const ids = [585];
export const modules = {

/***/ 4585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseInputs: () => (/* binding */ parseInputs)
});

// UNUSED EXPORTS: parseCacheSave

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/paths.ts + 1 modules
var paths = __webpack_require__(4889);
;// CONCATENATED MODULE: ./src/inputs/errors.ts
let surface = 'action';
/** Sets how messages name inputs, for the whole process; the entry point calls it before anything else. */
function setInputSurface(to) {
    surface = to;
}
/** An input as the user wrote it: `Input "stages"` in the action, `Option --stages` in the CLI. */
function inputRef(name) {
    return surface === 'cli' ? `Option --${name}` : `Input "${name}"`;
}
/** The one sentence for a bad value: names the input, quotes the value, says what is allowed. */
function inputProblem(name, value, allowed) {
    return `${inputRef(name)} has an invalid value ${JSON.stringify(value)}: ${allowed}`;
}
/** An input the user got wrong: names the input, quotes the value, says what is allowed. */
class InputError extends Error {
    input;
    value;
    allowed;
    constructor(input, value, allowed) {
        super(inputProblem(input, value, allowed));
        this.input = input;
        this.value = value;
        this.allowed = allowed;
        this.name = 'InputError';
    }
}

;// CONCATENATED MODULE: ./src/inputs/cache-directories.ts
// The cache-directories input: extra paths to cache, refused when they are, lie in or hold a
// credential location, lie outside the workspace and the home directory, or are glob patterns.



/** Credential locations, relative to the home directory: never cached, nor any folder holding one. */
const HOME_CREDENTIALS = [
    '.ssh',
    '.gnupg',
    '.docker',
    '.aws',
    '.azure',
    '.kube',
    '.netrc',
    '.git-credentials',
    '.npmrc',
    '.pypirc',
    (0,external_node_path_.join)('.config', 'gh'),
    (0,external_node_path_.join)('.config', 'gcloud'),
    (0,external_node_path_.join)('.config', 'git', 'credentials'),
    (0,external_node_path_.join)('.cargo', 'credentials'),
    (0,external_node_path_.join)('.cargo', 'credentials.toml'),
];
/** Every credential location for this home, CARGO_HOME and checkout (actions/checkout keeps its token in .git). */
function credentialLocations(home, cargoHome, workspace) {
    return [
        ...HOME_CREDENTIALS.map((p) => (0,external_node_path_.join)(home, p)),
        (0,external_node_path_.join)(cargoHome, 'credentials'),
        (0,external_node_path_.join)(cargoHome, 'credentials.toml'),
        (0,external_node_path_.join)(workspace, '.git'),
    ];
}
/** ~, ~/…, $HOME, ${HOME} at the start of an entry → the home directory. */
function expandHome(entry, home) {
    const m = /^(?:~|\$HOME|\$\{HOME\})(?=$|[\\/])(.*)$/.exec(entry);
    return m ? (0,external_node_path_.join)(home, m[1] ?? '') : entry;
}
/**
 * Resolves `cache-directories` entries to absolute paths (relative ones against the working
 * directory) and refuses any that is, lies in, or holds a credential location, that lies outside
 * both the workspace and the home directory, that is the home directory itself, or that is a glob
 * pattern (@actions/cache would expand it, past these checks).
 */
function resolveCacheDirectories(entries, where) {
    const home = (0,paths/* homeOf */.lt)(where.env);
    const credentials = credentialLocations(home, (0,paths/* cargoHomeOf */.nN)(where.env), where.workspace);
    // Each place as written and where its symlinks lead.
    const both = (p) => [...new Set([p, (0,paths/* realPathOf */.dN)(p)])];
    const homes = both(home);
    const roots = [...both(where.workspace), ...homes];
    const creds = credentials.flatMap(both);
    return entries.map((entry) => {
        const expanded = expandHome(entry, home);
        if (/[*?[\]{}]/.test(expanded) || expanded.startsWith('!'))
            throw cacheDirError(entry, 'glob patterns are not allowed');
        const path = (0,external_node_path_.resolve)(where.workingDirectory, expanded);
        for (const p of both(path)) {
            const hit = creds.find((c) => (0,paths/* isInside */.FK)(p, c) || (0,paths/* isInside */.FK)(c, p));
            if (hit)
                throw cacheDirError(entry, `${p} ${(0,paths/* isInside */.FK)(p, hit) ? 'is' : 'holds'} the credential location ${hit}`);
            if (homes.some((h) => (0,paths/* isInside */.FK)(h, p)))
                throw cacheDirError(entry, `${p} holds the whole home directory`);
            if (!roots.some((r) => (0,paths/* isInside */.FK)(p, r)))
                throw cacheDirError(entry, `${p} is outside the workspace and the home directory`);
        }
        return path;
    });
}
function cacheDirError(entry, why) {
    return new InputError('cache-directories', entry, `${why}; allowed: paths inside the workspace or the home directory that hold no credentials.`);
}

;// CONCATENATED MODULE: ./src/inputs/feature-sets.ts
// Feature sets: the labels of the feature-sets input and the cargo arguments each one stands for.

const FEATURE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_\-/.]*$/;
/**
 * Parses a feature-sets list (or a cell's one feature set): default, all, none, or features joined
 * by "+", each becoming the cargo arguments that select it.
 */
function parseFeatureSets(name, value) {
    const sets = [];
    for (const entry of value
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        const label = entry.replace(/\s*\+\s*/g, '+');
        if (label === 'default')
            sets.push({ label, args: [] });
        else if (label === 'all')
            sets.push({ label, args: ['--all-features'] });
        else if (label === 'none')
            sets.push({ label, args: ['--no-default-features'] });
        else {
            const parts = label.split('+');
            const noDefault = parts[0] === 'none';
            const features = noDefault ? parts.slice(1) : parts;
            const bad = features.find((f) => !FEATURE_NAME.test(f) || f === 'all' || f === 'none' || f === 'default');
            if (bad !== undefined || features.length === 0) {
                throw new InputError(name, value, `feature set ${JSON.stringify(entry)} is not understood; allowed: default, all, none, or feature names joined by "+" (optionally starting with "none+").`);
            }
            sets.push({ label, args: [...(noDefault ? ['--no-default-features'] : []), '--features', features.join(',')] });
        }
    }
    if (sets.length === 0)
        throw new InputError(name, value, 'give at least one feature set, e.g. "default".');
    const seen = new Set();
    for (const s of sets) {
        if (seen.has(s.label))
            throw new InputError(name, value, `feature set "${s.label}" is listed twice.`);
        seen.add(s.label);
    }
    return sets;
}

;// CONCATENATED MODULE: ./src/inputs/patterns.ts
// What a valid value looks like, for the inputs whose checks share a shape.
/** A runner label, e.g. ubuntu-latest. */
const RUNNER_LABEL = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** rustup's channels, and the names resolved before a run: msrv (Cargo.toml's rust-version), stable-N. */
const TOOLCHAIN = /^(msrv|stable-\d{1,3}|(stable|beta|nightly|\d+\.\d+(\.\d+)?)(-\d{4}-\d{2}-\d{2})?(-[a-z0-9_]+(-[a-z0-9_]+){1,3})?)$/;
const TRIPLE = /^[a-z0-9_]+(-[a-z0-9_.]+){1,3}$/;
const IMAGE = /^[a-z0-9]+([._-][a-z0-9]+)*(:\d+)?(\/[a-z0-9]+([._-]{1,2}[a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const KEY_VALUE = /^[A-Za-z_][A-Za-z0-9_.-]*=/;
const VERSION = /^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/;

// EXTERNAL MODULE: ./src/inputs/specs.ts
var specs = __webpack_require__(8793);
;// CONCATENATED MODULE: ./src/inputs/types.ts
/** The readable name of a planned cell (the planner, the merge and the cell schema name cells alike): "ubuntu-latest / stable / all (2/3)". */
function cellName(c) {
    const shard = c.partition ? ` (${c.partition.index}/${c.partition.count})` : '';
    return `${c.os} / ${c.toolchain} / ${c.features}${shard}`;
}

;// CONCATENATED MODULE: ./src/inputs/matrix-cell.ts
// The schema of one planned matrix cell: the cell input, and each entry of the matrix input.





const CELL_HELP = 'allowed: one entry of the planned matrix as JSON, e.g. ${{ toJSON(matrix) }}';
/**
 * Validates one matrix entry (the cell input, or an entry of the matrix input). Fields GitHub adds
 * to toJSON(matrix), or that a workflow adds to an include entry, are ignored.
 */
function parseCellObject(input, raw, doc) {
    const where = input === 'cell' ? '' : ` in entry ${JSON.stringify(doc)}`;
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
        throw new InputError(input, raw, `expected a JSON object${where}; ${CELL_HELP}.`);
    }
    const o = doc;
    const text = (key) => {
        const v = o[key];
        if (typeof v !== 'string' || v.trim() === '')
            throw new InputError(input, raw, `the field "${key}" is missing or not a string${where}; ${CELL_HELP}.`);
        return v.trim();
    };
    const os = text('os');
    const toolchain = text('toolchain');
    const features = text('features');
    if (!RUNNER_LABEL.test(os))
        throw new InputError(input, raw, `"${os}" is not a runner label${where}.`);
    if (!TOOLCHAIN.test(toolchain))
        throw new InputError(input, raw, `"${toolchain}" is not a toolchain name${where}.`);
    if (parseFeatureSets(input, features).length !== 1) {
        throw new InputError(input, raw, `"${features}" is more than one feature set${where}; a cell has one.`);
    }
    const partition = parsePartition(input, raw, o.partition, where);
    const writer = o.cacheWriter;
    if (writer !== undefined && typeof writer !== 'boolean')
        throw new InputError(input, raw, `the field "cacheWriter" must be true or false${where}.`);
    const target = o.target;
    if (target !== undefined && (typeof target !== 'string' || !TRIPLE.test(target)))
        throw new InputError(input, raw, `the field "target" must be a target triple such as x86_64-unknown-linux-musl${where}.`);
    const cell = { os, toolchain, features: features.replace(/\s*\+\s*/g, '+'), ...(partition ? { partition } : {}) };
    const name = typeof o.name === 'string' && o.name.trim() !== '' ? o.name.trim() : cellName(cell);
    return { name, ...cell, cacheWriter: writer === true, ...(target !== undefined ? { target } : {}) };
}
function parsePartition(input, raw, p, where) {
    if (p === undefined || p === null)
        return undefined;
    const { index, count } = (typeof p === 'object' ? p : {});
    const whole = (n) => typeof n === 'number' && Number.isInteger(n);
    if (!whole(index) || !whole(count) || index < 1 || index > count || count > specs/* MAX_PARTITIONS */.zR) {
        throw new InputError(input, raw, `the field "partition" must be {"index": k, "count": N} with 1 ≤ k ≤ N ≤ ${specs/* MAX_PARTITIONS */.zR}${where}.`);
    }
    return count > 1 ? { index, count } : undefined;
}
function parseJson(input, raw) {
    try {
        return JSON.parse(raw);
    }
    catch (e) {
        throw new InputError(input, raw, `not valid JSON (${e.message}); ${CELL_HELP}.`);
    }
}
/** The planned matrix (`{"include": [...]}` as mode: plan sets it, or a bare list of entries). */
function parsePlannedMatrix(raw) {
    const doc = parseJson('matrix', raw);
    const list = Array.isArray(doc) ? doc : doc?.include;
    if (!Array.isArray(list)) {
        throw new InputError('matrix', raw, 'allowed: the matrix output of a mode: plan step, {"include": [...]}.');
    }
    return list.map((entry) => parseCellObject('matrix', raw, entry));
}

;// CONCATENATED MODULE: ./src/inputs/parse-matrix.ts
// The scale-out inputs: mode, the runner labels and shards of a plan, the cell a job runs, and the
// reports and planned matrix of a merge.





/** The matrix inputs, and the cell this job runs when the cell input is set. */
function parseMatrixInputs(r, baseDir, testRunner) {
    const mode = r.oneOf('mode', specs/* MODES */.FN);
    const os = r.list('os');
    for (const label of os) {
        if (!RUNNER_LABEL.test(label))
            throw new InputError('os', r.str('os'), `"${label}" is not a runner label; allowed: labels like ubuntu-latest.`);
    }
    if (new Set(os).size !== os.length)
        throw new InputError('os', r.str('os'), 'a runner label is listed twice.');
    const partitions = r.int('partitions', 1, specs/* MAX_PARTITIONS */.zR);
    if (partitions > 1 && testRunner !== 'nextest') {
        throw new InputError('partitions', r.str('partitions'), 'allowed: 1 with test-runner: cargo; shards need test-runner: nextest (cargo test cannot split a test run).');
    }
    const rawCell = r.optional('cell');
    const cell = rawCell === undefined ? undefined : parseCellObject('cell', rawCell, parseJson('cell', rawCell));
    if (cell?.partition && testRunner !== 'nextest') {
        throw new InputError('cell', rawCell, `the cell is shard ${cell.partition.index}/${cell.partition.count} but test-runner is "${testRunner}"; allowed: shards with test-runner: nextest (as in the plan step).`);
    }
    const reports = r.optional('reports');
    if (mode === 'merge' && reports === undefined) {
        throw new InputError('reports', '', 'mode: merge needs the folder or glob of the cell jobs\' JSON reports, e.g. "reports" (where actions/download-artifact put them).');
    }
    const rawMatrix = r.optional('matrix');
    return {
        matrix: {
            mode,
            os,
            partitions,
            ...(reports !== undefined ? { reports: (0,external_node_path_.isAbsolute)(reports) ? reports : (0,external_node_path_.resolve)(baseDir, reports) } : {}),
            ...(rawMatrix !== undefined ? { planned: parsePlannedMatrix(rawMatrix) } : {}),
        },
        ...(cell ? { cell } : {}),
    };
}

// EXTERNAL MODULE: ./src/inputs/registry-host.ts
var registry_host = __webpack_require__(8041);
;// CONCATENATED MODULE: ./src/inputs/parse-release.ts
// The release inputs: the build stage's targets, binary and archive files, the docker stage's
// images, tags, registry and smoke test, and the GitHub Release.




/** The build of a release cell: its one target (as target, and as targets where that list exists). */
function cellBuild(build, target) {
    return { ...build, target, ...('targets' in build ? { targets: [target] } : {}) };
}
/** github-release and github-token; outside Actions the token's default expression is not a token. */
function parseGithubRelease(r) {
    const token = r.optional('github-token');
    return {
        setting: r.tristate('github-release'),
        ...(token !== undefined && !token.startsWith('${{') ? { token } : {}),
    };
}
/** Items of a comma/newline list where an empty item (`a,,b`) is an error rather than dropped. */
function strictList(r, name, what) {
    const raw = r.str(name);
    if (raw === '')
        return [];
    const items = raw.split(/[,\n]/).map((s) => s.trim());
    if (items.some((i) => i === ''))
        throw new InputError(name, raw, `an entry is empty; allowed: ${what}.`);
    return items;
}
function parseTargets(r) {
    const allowed = 'target triples such as x86_64-unknown-linux-musl, aarch64-unknown-linux-gnu, separated by commas or newlines';
    const targets = strictList(r, 'targets', allowed);
    const bad = targets.find((t) => !TRIPLE.test(t));
    if (bad !== undefined)
        throw new InputError('targets', bad, `not a target triple; allowed: ${allowed}.`);
    const dup = targets.find((t, i) => targets.indexOf(t) !== i);
    if (dup !== undefined)
        throw new InputError('targets', r.str('targets'), `${dup} is listed twice.`);
    const target = r.optional('target');
    if (target !== undefined && !TRIPLE.test(target)) {
        throw new InputError('target', target, 'allowed: a target triple such as x86_64-unknown-linux-musl, or empty for the host.');
    }
    if (target !== undefined && targets.length > 0)
        throw new InputError('targets', r.str('targets'), `set either target (${target}) or targets, not both.`);
    return target !== undefined ? [target] : targets;
}
function parseArchiveFiles(r) {
    const files = strictList(r, 'archive-files', "paths relative to the package's directory");
    const bad = files.find((f) => (0,external_node_path_.isAbsolute)(f) || f.split(/[\\/]/).includes('..'));
    if (bad !== undefined)
        throw new InputError('archive-files', bad, 'allowed: a path inside the package\'s directory (relative, no "..").');
    return files.length ? files : undefined;
}
function parseBuild(r) {
    const targets = parseTargets(r);
    const bin = r.optional('bin');
    if (bin !== undefined && !/^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(bin)) {
        throw new InputError('bin', bin, 'allowed: the name of a [[bin]] target (letters, digits, "_" and "-").');
    }
    const archiveFiles = parseArchiveFiles(r);
    return {
        ...(targets[0] !== undefined ? { target: targets[0] } : {}),
        targets,
        static: r.tristate('static'),
        profile: r.oneOf('profile', ['release', 'size']),
        bin,
        ...(archiveFiles ? { archiveFiles } : {}),
        auditable: r.bool('auditable'),
    };
}
function parseDocker(r, resolvePath) {
    const images = r.listMatching('docker-image', IMAGE, (image) => `"${image}" is not an image name; allowed: lower-case names like ghcr.io/acme/svc or localhost:5000/app, without a tag.`);
    const { tags, replaceTags } = parseDockerTags(r);
    for (const name of ['docker-build-args', 'docker-labels']) {
        for (const line of r.lines(name)) {
            if (!KEY_VALUE.test(line))
                throw new InputError(name, line, 'allowed: one KEY=VALUE per line.');
        }
    }
    return {
        images,
        dockerfile: resolvePath(r.optional('dockerfile')),
        context: resolvePath(r.optional('docker-context')),
        buildArgs: r.lines('docker-build-args'),
        labels: r.lines('docker-labels'),
        platforms: r.listMatching('docker-platforms', /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/, (p) => `"${p}" is not a platform; allowed: os/arch[/variant], e.g. linux/amd64.`),
        tags,
        replaceTags,
        push: r.tristate('push'),
        registry: dockerRegistry(r),
        username: r.optional('docker-username'),
        password: r.optional('docker-password'),
        pushRetries: r.int('push-retries', 0, 10),
        smoke: parseSmoke(r),
    };
}
function parseSmoke(r) {
    const healthPath = r.str('health-path');
    if (!/^\/[\x21-\x7e]*$/.test(healthPath))
        throw new InputError('health-path', healthPath, 'allowed: a path starting with "/", without spaces, e.g. /health.');
    const port = r.optional('health-port');
    return {
        mode: r.oneOf('smoke-test', ['auto', 'none', 'http', 'command']),
        healthPath,
        ...(port !== undefined ? { healthPort: r.int('health-port', 1, 65535) } : {}),
        healthTimeoutSeconds: r.int('health-timeout', 1, 600),
        stopTimeoutSeconds: r.int('stop-timeout', 0, 300),
        args: r.words('smoke-args'),
    };
}
/** docker-tags: extra tags, or with a leading "!" the only tags. */
function parseDockerTags(r) {
    const rawTags = r.list('docker-tags');
    const replaceTags = rawTags.length > 0 && rawTags[0].startsWith('!');
    const tags = rawTags.map((t, i) => (i === 0 && replaceTags ? t.slice(1).trim() : t)).filter(Boolean);
    for (const tag of tags) {
        if (!TAG.test(tag))
            throw new InputError('docker-tags', r.str('docker-tags'), `"${tag}" is not a valid tag; allowed: letters, digits, "_", "." and "-", at most 128, not starting with "." or "-".`);
    }
    return { tags, replaceTags };
}
function dockerRegistry(r) {
    const v = r.optional('docker-registry');
    if (v !== undefined && !(0,registry_host/* isRegistryHost */.E)(v))
        throw new InputError('docker-registry', v, 'allowed: a registry host, optionally with a port (ghcr.io, registry.example.com:5000, 127.0.0.1:5000), without https:// or a path; or empty to derive it from docker-image.');
    return v;
}

;// CONCATENATED MODULE: ./src/inputs/reader.ts
// Raw input values: how one is read (empty means the default), and how it reads as a boolean, a
// tristate, a number, a list or shell-like words. Each bad value is an InputError.


/** The inputs of one source, read and checked one at a time. */
class Reader {
    source;
    constructor(source) {
        this.source = source;
    }
    str(name) {
        const raw = (this.source(name) ?? '').trim();
        return raw === '' ? (0,specs/* inputSpec */.mm)(name).default : raw;
    }
    optional(name) {
        const v = this.str(name);
        return v === '' ? undefined : v;
    }
    bool(name) {
        const v = this.str(name);
        if (/^(true|yes|on|1)$/i.test(v))
            return true;
        if (/^(false|no|off|0)$/i.test(v))
            return false;
        throw new InputError(name, v, 'allowed: true or false.');
    }
    tristate(name) {
        const v = this.str(name).toLowerCase();
        if (v === 'auto')
            return 'auto';
        if (/^(true|yes|on|1)$/.test(v))
            return 'true';
        if (/^(false|no|off|0)$/.test(v))
            return 'false';
        throw new InputError(name, this.str(name), 'allowed: true, false or auto.');
    }
    oneOf(name, allowed) {
        const v = this.str(name);
        const hit = allowed.find((a) => a === v.toLowerCase());
        if (!hit)
            throw new InputError(name, v, `allowed: ${allowed.join(', ')}.`);
        return hit;
    }
    int(name, min, max) {
        const v = this.str(name);
        if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
            throw new InputError(name, v, `allowed: a whole number from ${min} to ${max}.`);
        }
        return Number(v);
    }
    percent(name) {
        const v = this.optional(name);
        if (v === undefined)
            return undefined;
        const n = Number(v.replace(/%$/, ''));
        if (!/^\d+(\.\d+)?%?$/.test(v) || n > 100) {
            throw new InputError(name, v, 'allowed: a percentage from 0 to 100, or empty.');
        }
        return n;
    }
    /** Comma- or newline-separated list, trimmed, empties dropped. */
    list(name) {
        return splitList(this.str(name));
    }
    /** A list whose every item must match `pattern`; the error quotes the whole input and names the bad item. */
    listMatching(name, pattern, problem) {
        const items = this.list(name);
        const bad = items.find((item) => !pattern.test(item));
        if (bad !== undefined)
            throw new InputError(name, this.str(name), problem(bad));
        return items;
    }
    /** One entry per line (for KEY=VALUE inputs whose values may contain commas). */
    lines(name) {
        return this.str(name)
            .split(/\r?\n/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
    }
    words(name) {
        try {
            return splitArgs(this.str(name));
        }
        catch (e) {
            throw new InputError(name, this.str(name), e.message);
        }
    }
}
/** A comma- or newline-separated list, trimmed, empties dropped. */
function splitList(value) {
    return value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/**
 * Splits an argument string the way a POSIX shell would split words (quotes and backslashes),
 * without expanding anything: `$HOME`, `;`, `|` and backticks stay literal text.
 */
function splitArgs(value) {
    const args = [];
    let cur = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else if (c === '\\' && quote === '"' && i + 1 < value.length && '"\\'.includes(value[i + 1]))
                cur += value[++i];
            else
                cur += c;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            inWord = true;
        }
        else if (c === '\\' && i + 1 < value.length) {
            cur += value[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                args.push(cur);
            cur = '';
            inWord = false;
        }
        else {
            cur += c;
            inWord = true;
        }
    }
    if (quote)
        throw new Error(`unterminated ${quote} quote; quote each argument fully.`);
    if (inWord)
        args.push(cur);
    return args;
}

;// CONCATENATED MODULE: ./src/inputs/parse.ts
// parseInputs: every input read, checked and turned into one Inputs. The release and scale-out
// inputs are parsed by parse-release.ts and parse-matrix.ts.









/**
 * Parses and validates every input. `baseDir` is what relative paths are resolved against
 * (GITHUB_WORKSPACE in the action, the current directory in the CLI); `env` says where the home
 * directory and CARGO_HOME are.
 */
function parseInputs(source, baseDir, env = process.env) {
    const r = new Reader(source);
    const wd = r.str('working-directory');
    const workingDirectory = (0,external_node_path_.isAbsolute)(wd) ? wd : (0,external_node_path_.resolve)(baseDir, wd);
    const testRunner = r.oneOf('test-runner', ['cargo', 'nextest']);
    // A cell run tests only its own toolchain and feature set, and the other stages use them too.
    const { matrix, cell } = parseMatrixInputs(r, baseDir, testRunner);
    const toolchains = r.listMatching('toolchains', TOOLCHAIN, (t) => `"${t}" is not a toolchain name; allowed: stable, beta, nightly, a version like 1.80 or 1.80.1, optionally with a -YYYY-MM-DD date, msrv (the rust-version in Cargo.toml), or stable-N (N releases before stable, e.g. stable-2).`);
    const featureSets = parseFeatureSets('feature-sets', r.str('feature-sets'));
    const resolvePath = (p) => p === undefined ? undefined : (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(workingDirectory, p);
    return {
        stages: parseStages(r),
        matrix,
        workingDirectory,
        toolchains: cell ? [cell.toolchain] : toolchains,
        featureSets: cell ? parseFeatureSets('cell', cell.features) : featureSets,
        parallel: r.bool('parallel'),
        failFast: r.bool('fail-fast'),
        testRunner,
        testArgs: r.words('test-args'),
        ...(cell ? { cell } : {}),
        clippyArgs: r.words('clippy-args'),
        clippyDenyWarnings: r.bool('clippy-deny-warnings'),
        maxAnnotations: r.int('max-annotations', 0, 1000),
        cache: {
            enabled: r.bool('cache'),
            sharedKey: r.str('shared-key'),
            keySuffix: r.str('cache-key-suffix'),
            onFailure: r.bool('cache-on-failure'),
            save: parseCacheSave(r.str('cache-save')),
            directories: resolveCacheDirectories(r.list('cache-directories'), {
                workspace: (0,external_node_path_.resolve)(baseDir),
                workingDirectory,
                env,
            }),
            restoreTimeoutSeconds: r.int('cache-restore-timeout', 1, 3600),
        },
        coverage: {
            failUnder: r.percent('coverage-fail-under'),
            dir: r.str('coverage-dir'),
            args: r.words('tarpaulin-args'),
        },
        audit: {
            db: resolvePath(r.optional('audit-db')),
            ignore: r.listMatching('audit-ignore', /^(RUSTSEC|CVE|GHSA)-[\w-]+$/, (id) => `"${id}" is not an advisory id; allowed: ids like RUSTSEC-2020-0071.`),
            denyWarnings: r.bool('audit-deny-warnings'),
        },
        tools: parseTools(r),
        // A release matrix's cell builds its own target.
        build: cell?.target ? cellBuild(parseBuild(r), cell.target) : parseBuild(r),
        deny: { config: resolvePath(r.optional('deny-config')), checks: parseDenyChecks(r) },
        docker: parseDocker(r, resolvePath),
        githubRelease: parseGithubRelease(r),
    };
}
function parseStages(r) {
    const stageList = r.list('stages').map((s) => s.toLowerCase());
    if (stageList.length === 0)
        throw new InputError('stages', r.str('stages'), `allowed: ${specs/* STAGES */.an.join(', ')}.`);
    for (const s of stageList) {
        if (!specs/* STAGES */.an.includes(s)) {
            throw new InputError('stages', r.str('stages'), `unknown stage "${s}"; allowed: ${specs/* STAGES */.an.join(', ')}.`);
        }
    }
    if (stageList.includes('publish') && !stageList.includes('build'))
        throw new InputError('stages', r.str('stages'), 'the publish stage publishes what the build stage makes: list build too.');
    return specs/* STAGES */.an.filter((s) => stageList.includes(s));
}
function parseTools(r) {
    const mirror = r.optional('tool-mirror');
    if (mirror !== undefined && !/^(https?|file):\/\/\S+$/.test(mirror)) {
        throw new InputError('tool-mirror', mirror, 'allowed: an http(s):// or file:// URL, or empty.');
    }
    const toolVersion = (name) => {
        const v = r.str(name);
        if (!VERSION.test(v))
            throw new InputError(name, v, 'allowed: a version like 1.2.3.');
        return v;
    };
    return {
        mirror,
        versions: {
            'cargo-audit': toolVersion('cargo-audit-version'),
            'cargo-tarpaulin': toolVersion('cargo-tarpaulin-version'),
            'cargo-nextest': toolVersion('cargo-nextest-version'),
            'cargo-deny': toolVersion('cargo-deny-version'),
            'cargo-auditable': toolVersion('cargo-auditable-version'),
        },
    };
}
function parseDenyChecks(r) {
    const given = r.list('deny-checks');
    for (const c of given) {
        if (!specs/* DENY_CHECKS */.xo.includes(c)) {
            throw new InputError('deny-checks', r.str('deny-checks'), `unknown check "${c}"; allowed: ${specs/* DENY_CHECKS */.xo.join(', ')}.`);
        }
    }
    if (given.length === 0)
        throw new InputError('deny-checks', r.str('deny-checks'), `allowed: ${specs/* DENY_CHECKS */.xo.join(', ')}.`);
    return specs/* DENY_CHECKS */.xo.filter((c) => given.includes(c));
}
function parseCacheSave(value) {
    const v = value.trim().toLowerCase();
    if (v === 'auto' || v === 'always' || v === 'never' || v === 'true')
        return v;
    if (v === 'false')
        return 'never';
    throw new InputError('cache-save', value, 'allowed: auto, always, never, true or false.');
}


/***/ })

};
