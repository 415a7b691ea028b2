export const id = 365;
export const ids = [365];
export const modules = {

/***/ 9365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dockerStage: () => (/* binding */ dockerStage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/release/docker-args.ts
var docker_args = __webpack_require__(2715);
// EXTERNAL MODULE: ./src/context.ts
var src_context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __webpack_require__(1318);
;// CONCATENATED MODULE: ./src/release/smoke.ts


/** The TCP ports of `docker image inspect --format '{{json .Config.ExposedPorts}}'` ("8080/tcp": {}), sorted. */
function exposedTcpPorts(json) {
    let doc;
    try {
        doc = JSON.parse(json.trim() || 'null');
    }
    catch {
        return [];
    }
    if (doc === null || typeof doc !== 'object')
        return [];
    return Object.keys(doc)
        .map((k) => /^(\d+)(?:\/tcp)?$/.exec(k)?.[1])
        .filter((p) => p !== undefined)
        .map(Number)
        .sort((a, b) => a - b);
}
/**
 * The mode for an image: `auto` is http when a port is known (health-port, or the image EXPOSEs one),
 * else none. http needs a port the image EXPOSEs: on a runner with a bridge network only exposed,
 * published ports are reachable, so an unexposed health-port would pass here and fail in production.
 */
function planSmoke(s, exposed) {
    const mode = s.mode;
    if (mode === 'none')
        return { mode: 'none', reason: 'smoke-test: none' };
    if (mode === 'command')
        return { mode: 'command', reason: 'smoke-test: command' };
    const shown = exposed.length ? exposed.map((p) => `${p}/tcp`).join(', ') : 'none';
    if (s.healthPort !== undefined && !exposed.includes(s.healthPort)) {
        return {
            mode: 'refused',
            input: 'health-port',
            message: `${(0,errors/* inputRef */.io)('health-port')} is ${s.healthPort}, but the image does not expose that port (EXPOSE: ${shown}): add "EXPOSE ${s.healthPort}" to the Dockerfile, or set health-port to an exposed port.`,
        };
    }
    const port = s.healthPort ?? exposed[0];
    if (port === undefined) {
        if (mode === 'auto')
            return {
                mode: 'none',
                reason: 'smoke-test: auto and the image exposes no port (set health-port, or smoke-test: command)',
            };
        return {
            mode: 'refused',
            input: 'smoke-test',
            message: `${(0,errors/* inputRef */.io)('smoke-test')} is http, but the image exposes no port and health-port is empty: add EXPOSE to the Dockerfile or set health-port.`,
        };
    }
    return { mode: 'http', port, reason: `smoke-test: ${mode}, GET ${s.healthPath} on port ${port}` };
}
/** `docker run -d` for the http smoke test: published on loopback only, never on every interface. */
function smokeRunArgs(o) {
    const net = o.network === 'host' ? ['--network', 'host'] : ['--publish', `127.0.0.1::${o.port}/tcp`];
    return ['run', '--detach', '--name', o.name, ...net, o.image];
}
/** `docker run` for the command smoke test: no network at all, the image run once with smoke-args. */
function smokeCommandArgs(image, name, args) {
    return ['run', '--name', name, '--network', 'none', image, ...args];
}
/** `docker port <name> <port>/tcp` prints "127.0.0.1:49153" (one line per address): the host port. */
function parsePublishedPort(output) {
    for (const line of output.split('\n')) {
        const m = /^127\.0\.0\.1:(\d+)$/.exec(line.trim());
        if (m)
            return Number(m[1]);
    }
    return undefined;
}
function parseContainerState(json) {
    try {
        const s = JSON.parse(json);
        if (typeof s.Running !== 'boolean' || typeof s.ExitCode !== 'number')
            return undefined;
        return { Running: s.Running, ExitCode: s.ExitCode, OOMKilled: s.OOMKilled === true, Error: s.Error ?? '' };
    }
    catch {
        return undefined;
    }
}
/** 128 + SIGKILL: what docker reports when it killed the container after the grace period. */
const KILLED = 137;
/**
 * How a container stopped with `docker stop -t <grace>` ended. Killed after the grace period is
 * exit 137, not OOM-killed, and docker stop taking (about) the whole grace period: the program
 * ignored SIGTERM. (A PID 1 without a SIGTERM handler ignores it: the kernel does not apply the
 * default action to a namespace's init.)
 */
function judgeStop(state, stopMs, graceSeconds) {
    if (state.Running)
        return (0,src_context/* stop */.ds)(`still running after docker stop -t ${graceSeconds}`);
    if (state.ExitCode === 0)
        return src_context/* DONE */.DH;
    if (state.OOMKilled)
        return (0,src_context/* stop */.ds)(`killed by the kernel (out of memory), exit code ${state.ExitCode}`);
    if (state.ExitCode === KILLED && stopMs >= graceSeconds * 1000 - 250)
        return (0,src_context/* stop */.ds)(`ignored SIGTERM: killed with SIGKILL after the grace period of ${graceSeconds} s (exit code 137); handle SIGTERM and exit 0`);
    return (0,src_context/* stop */.ds)(`exited with code ${state.ExitCode} on SIGTERM (a graceful shutdown exits 0)`);
}
function isReady(p) {
    return 'status' in p && p.status >= 200 && p.status < 300;
}
function describePoll(p) {
    if (!p)
        return 'no answer';
    return 'status' in p ? `last answer HTTP ${p.status}` : `last error: ${p.error}`;
}
/** A container name of our own: unique, so that parallel runs on one daemon never meet. */
function smokeContainerName(random) {
    return `rust-pipeline-smoke-${random.replace(/[^a-z0-9]/gi, '').toLowerCase()}`;
}
const seconds = (ms) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`);
const ICON = {
    passed: '✅ passed',
    failed: '❌ failed',
    skipped: '— skipped',
    'not run': '⚠️ not smoke-tested',
};
/** The smoke test's table (time to ready, shutdown time, exit code) and, on failure, the container's logs. */
function smokeBlocks(rows) {
    if (rows.length === 0)
        return [];
    const blocks = [
        {
            kind: 'table',
            header: ['platform', 'smoke test', 'time to ready', 'shutdown', 'exit code', 'detail'],
            rows: rows.map((r) => [
                r.platform,
                ICON[r.outcome],
                seconds(r.readyMs),
                seconds(r.stopMs),
                r.exitCode === undefined ? '—' : String(r.exitCode),
                r.reason,
            ]),
        },
    ];
    for (const r of rows)
        if (r.outcome === 'failed')
            blocks.push({
                kind: 'details',
                summary: `Container log of the failed smoke test (${r.platform}, last 100 lines)`,
                body: r.logs?.trim() ? r.logs : '(the container wrote nothing)',
            });
    return blocks;
}

// EXTERNAL MODULE: ./src/release/tags.ts
var tags = __webpack_require__(2788);
;// CONCATENATED MODULE: ./src/release/platforms.ts
// Image platforms and the Rust targets behind them: which platform a built binary makes, which
// binary an explicit docker-platforms entry gets, and whether this machine can run an image of it.




/** The image platform of a Linux target triple; undefined for other targets (Windows, macOS, …). */
function platformOfTarget(target) {
    const [arch, , os] = target.split('-');
    if (os !== 'linux' && !target.includes('-linux-'))
        return undefined;
    if (arch === 'x86_64')
        return 'linux/amd64';
    if (arch === 'aarch64')
        return 'linux/arm64';
    if (arch === 'armv7')
        return 'linux/arm/v7';
    return undefined;
}
/** The platform of Node's process.arch (the host), as docker names it. */
function hostPlatform(arch = process.arch) {
    if (arch === 'x64')
        return 'linux/amd64';
    if (arch === 'arm64')
        return 'linux/arm64';
    if (arch === 'arm')
        return 'linux/arm/v7';
    return `linux/${arch}`;
}
/** BuildKit's TARGETARCH / TARGETVARIANT of a platform: linux/arm/v7 → arm, v7. */
function platformParts(platform) {
    const [os = 'linux', arch = '', variant] = platform.split('/');
    return { os, arch, ...(variant ? { variant } : {}) };
}
/** A tag-safe slug of a platform: linux/amd64 → amd64, linux/arm/v7 → armv7. */
function platformSlug(platform) {
    const { arch, variant } = platformParts(platform);
    return `${arch}${variant ?? ''}`;
}
/**
 * The platform images to build: one per built Linux binary, or exactly the docker-platforms entries
 * (each needing a binary built for it). An entry without a binary stops with an error naming the input.
 */
function choosePlatforms(explicit, binaries) {
    const built = new Map();
    for (const b of binaries) {
        const platform = platformOfTarget(b.target);
        if (platform && !built.has(platform))
            built.set(platform, { platform, target: b.target, path: b.path });
    }
    if (explicit.length === 0)
        return (0,src_context.ok)([...built.values()]);
    const missing = explicit.filter((p) => !built.has(p));
    if (missing.length)
        return (0,src_context/* stop */.ds)(`${(0,errors/* inputRef */.io)('docker-platforms')} names ${missing.join(', ')}, but no binary was built for ${missing.length === 1 ? 'it' : 'them'}: the built targets are ${binaries.map((b) => b.target).join(', ') || 'none'}. Add a matching target to "targets" (x86_64-*-linux-* → linux/amd64, aarch64-*-linux-* → linux/arm64, armv7-*-linux-* → linux/arm/v7), or remove the platform.`);
    return (0,src_context.ok)(explicit.map((p) => built.get(p)));
}
const QEMU_NAME = {
    'linux/amd64': 'qemu-x86_64',
    'linux/arm64': 'qemu-aarch64',
    'linux/arm/v7': 'qemu-arm',
};
/**
 * Can containers of this platform run here: the host's own, or one with a binfmt_misc handler
 * registered and enabled (qemu-user with the F flag, as docker/setup-qemu-action installs it).
 */
function canRunPlatform(platform, host = hostPlatform(), binfmtDir = '/proc/sys/fs/binfmt_misc') {
    if (platform === host)
        return true;
    const name = QEMU_NAME[platform];
    if (!name)
        return false;
    const entry = `${binfmtDir}/${name}`;
    if (!(0,external_node_fs_.existsSync)(entry))
        return false;
    try {
        return /^enabled$/m.test((0,external_node_fs_.readFileSync)(entry, 'utf8'));
    }
    catch {
        return false;
    }
}
/** The build argument naming the platform's binary (relative to the build context) for a user's Dockerfile. */
const BINARY_ARG = 'BINARY_PATH';
/**
 * Build arguments for a user's Dockerfile: BINARY_PATH (the platform's binary, relative to the
 * context, in "/" form) when the binary lies inside the context, and for the classic builder the
 * TARGET* arguments BuildKit defines by itself (TARGETPLATFORM, TARGETOS, TARGETARCH, TARGETVARIANT).
 */
function platformBuildArgs(o) {
    const args = [];
    const rel = o.binaryPath === undefined ? undefined : (0,external_node_path_.relative)(o.context, o.binaryPath);
    if (rel !== undefined && rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel))
        args.push(`${BINARY_ARG}=${rel.split(external_node_path_.sep).join('/')}`);
    if (!o.buildx) {
        const { os, arch, variant } = platformParts(o.platform);
        args.push(`TARGETPLATFORM=${o.platform}`, `TARGETOS=${os}`, `TARGETARCH=${arch}`, `TARGETVARIANT=${variant ?? ''}`);
    }
    return args;
}

;// CONCATENATED MODULE: ./src/release/manifest.ts
// Multi-platform images without buildx: each platform image is pushed by digest under a platform
// tag, then one manifest list per tag (`docker manifest create` / `push`) names them all. Pure
// builders of those command lines, and the readers of their output.

/** The tag a platform image is pushed under before the list: 1.2.3 + linux/arm64 → 1.2.3-arm64. */
function platformTag(tag, platform) {
    return `${tag}-${platformSlug(platform)}`.slice(0, 128);
}
/**
 * `docker manifest` talks to registries itself (not through the daemon), so a plain-http registry
 * needs --insecure; like dockerd, we assume that only for loopback registries.
 */
function isLoopbackRegistry(host) {
    return /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(:\d+)?$/.test(host);
}
function manifestCreateArgs(list, images, insecure) {
    return ['manifest', 'create', ...(insecure ? ['--insecure'] : []), list, ...images];
}
function manifestPushArgs(list, insecure) {
    return ['manifest', 'push', ...(insecure ? ['--insecure'] : []), '--purge', list];
}
function manifestRmArgs(list) {
    return ['manifest', 'rm', list];
}
/** `docker manifest push` prints the list's digest ("sha256:…") as its last line. */
function parseManifestPushDigest(output) {
    const all = output.match(/sha256:[0-9a-f]{64}/g);
    return all?.[all.length - 1];
}

;// CONCATENATED MODULE: ./src/release/docker-client.ts
// A small docker client: one method per verb (probe, login, build, push, inspect, logout), each
// running docker through exec with argv from the pure builders of release/docker-args.ts. Every command
// is logged with build argument values masked; registry verbs are retried after network errors.



const PROBE_TIMEOUT_MS = 60_000;
const QUIET = { echo: 'none', timeoutMs: PROBE_TIMEOUT_MS, logged: false };
const LOGIN_TIMEOUT_MS = 5 * 60_000;
const PUSH_TIMEOUT_MS = 30 * 60_000;
class DockerClient {
    o;
    /** DOCKER_CONFIG of the temporary login, once logged in. */
    configDir;
    constructor(o) {
        this.o = o;
    }
    /** Is docker there, is its daemon reachable, and is buildx installed? */
    async probe() {
        const quiet = { echo: 'none', timeoutMs: PROBE_TIMEOUT_MS, logged: false };
        const version = await this.run(['version', '--format', '{{.Server.Version}}'], quiet);
        if (version.spawnError)
            return {
                ok: false,
                summary: 'docker missing',
                message: 'docker is not installed (the docker command was not found on PATH).',
            };
        if (version.code !== 0)
            return {
                ok: false,
                summary: 'docker daemon unreachable',
                message: `Cannot talk to the Docker daemon:\n${(0,docker_args/* dockerErrorLines */.kH)(version.stderr)}`,
            };
        return { ok: true, buildx: (await this.run(['buildx', 'version'], quiet)).code === 0 };
    }
    /** Logs in to one registry with the temporary config; the password goes to docker's stdin only. */
    login(registry, username, password, configDir) {
        return this.o.profiler.measure(`docker login ${registry}`, () => this.retried(`Login to ${registry}`, (0,docker_args/* dockerLoginArgs */.z8)(registry, username), {
            input: password,
            env: { DOCKER_CONFIG: configDir },
            echo: 'none',
            timeoutMs: LOGIN_TIMEOUT_MS,
        }));
    }
    /** Builds (buildx with --push: builds and pushes, retried as a registry verb). */
    build(args, buildx, pushes) {
        const opts = { env: { ...(0,docker_args/* dockerBuildEnv */.UQ)(buildx), ...this.configEnv() } };
        return this.o.profiler.measure('docker build', () => pushes ? this.retried('Build and push', args, opts).then((o) => o.value) : this.run(args, opts));
    }
    push(ref) {
        return this.o.profiler.measure(`docker push ${ref}`, () => this.retried(`Push of ${ref}`, (0,docker_args/* dockerPushArgs */.kV)(ref), { env: this.configEnv(), timeoutMs: PUSH_TIMEOUT_MS }));
    }
    /** The digest of a pushed reference: from push's output, else from the image's RepoDigests. */
    async pushedDigest(ref, pushOutput) {
        const digest = (0,docker_args/* parsePushDigest */.kX)(pushOutput);
        if (digest)
            return digest;
        const inspect = await this.run((0,docker_args/* repoDigestArgs */.ag)(ref), { echo: 'none', logged: false });
        return (0,docker_args/* digestForRepo */.o9)(inspect.stdout, ref.slice(0, ref.lastIndexOf(':')));
    }
    async imageSize(ref) {
        const r = await this.run((0,docker_args/* dockerImageSizeArgs */.il)(ref), { echo: 'none', logged: false });
        return r.code === 0 && /^\d+$/.test(r.stdout.trim()) ? Number(r.stdout.trim()) : undefined;
    }
    // ---- manifest lists (multi-platform images without buildx) ----
    /** Creates the local manifest list `list` from pushed images (name@digest), replacing a stale one. */
    async manifestCreate(list, images, insecure) {
        await this.run(manifestRmArgs(list), { ...QUIET, env: this.configEnv() });
        return this.run(manifestCreateArgs(list, images, insecure), { echo: 'all', env: this.configEnv() });
    }
    /** Pushes a manifest list (a registry verb: retried after network errors). */
    manifestPush(list, insecure) {
        return this.o.profiler.measure(`docker manifest push ${list}`, () => this.retried(`Push of the manifest list ${list}`, manifestPushArgs(list, insecure), {
            env: this.configEnv(),
            timeoutMs: PUSH_TIMEOUT_MS,
        }));
    }
    // ---- container verbs of the smoke test (release/smoke-run.ts): quiet, never retried ----
    /** `docker run …` (argv from release/smoke.ts); a stopped run leaves the container for removeContainer. */
    runContainer(args, timeoutMs) {
        return this.run(args, { echo: 'none', timeoutMs });
    }
    /** The TCP ports an image EXPOSEs, as JSON ("8080/tcp": {}); '' when it has none. */
    async exposedPortsJson(image) {
        const r = await this.run(['image', 'inspect', '--format', '{{json .Config.ExposedPorts}}', image], QUIET);
        return r.code === 0 ? r.stdout : '';
    }
    async containerStateJson(name) {
        const r = await this.run(['container', 'inspect', '--format', '{{json .State}}', name], QUIET);
        return r.code === 0 ? r.stdout : '';
    }
    /** `docker port`: where a published container port landed on the host. */
    async publishedPort(name, port) {
        return (await this.run(['port', name, `${port}/tcp`], QUIET)).stdout;
    }
    /** The container's last `lines` lines of output (stdout, then stderr). */
    async containerLogs(name, lines) {
        const r = await this.run(['logs', '--tail', String(lines), name], QUIET);
        return [r.stdout, r.stderr].filter((s) => s.trim() !== '').join('\n');
    }
    /** `docker stop -t <grace>`: SIGTERM, then SIGKILL after the grace period. */
    stopContainer(name, graceSeconds) {
        return this.run(['stop', '--time', String(graceSeconds), name], {
            echo: 'none',
            timeoutMs: (graceSeconds + 60) * 1000,
        });
    }
    async removeContainer(name) {
        return (await this.run(['rm', '--force', '--volumes', name], QUIET)).code === 0;
    }
    /** Does the daemon have its default bridge network (so that `run --publish` reaches 127.0.0.1)? */
    async hasBridge() {
        return ((await this.run(['network', 'inspect', '--format', '{{.Driver}}', 'bridge'], QUIET)).stdout.trim() === 'bridge');
    }
    configEnv() {
        return this.configDir ? { DOCKER_CONFIG: this.configDir } : {};
    }
    run(args, opts = {}) {
        if (opts.logged !== false)
            (0,src_context/* logCommand */.QW)(this.o.log, 'docker', (0,docker_args/* maskBuildArgs */.EC)(args));
        return this.o.exec('docker', args, {
            cwd: this.o.cwd,
            env: { ...this.o.env, ...(opts.env ?? {}) },
            echo: opts.echo ?? 'all',
            ...(opts.input !== undefined ? { input: opts.input } : {}),
            ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
        });
    }
    /** A registry operation: retried with backoff after network errors (push-retries), each retry a warning. */
    retried(what, args, opts) {
        const { retries, log, scrub } = this.o;
        return (0,docker_args/* withRetries */.LH)(retries, async () => {
            const r = await this.run(args, opts);
            return { ok: r.code === 0, value: r, output: `${r.stderr}\n${r.stdout}`, stopped: r.killed !== undefined };
        }, {
            onRetry: (n, wait, out) => log.warning(scrub(`${what} failed (attempt ${n} of ${retries + 1}): ${(0,docker_args/* dockerErrorLines */.kH)(out, 1)}. Retrying in ${Math.round(wait / 1000)} s.`)),
        });
    }
}

;// CONCATENATED MODULE: ./src/stages/docker-run.ts
// What every step of the docker stage shares: one run's inputs, docker client, references and
// data, and the failure result that never carries the password.



/** One docker stage run: what every step shares. */
class DockerRun {
    ctx;
    d;
    password;
    client;
    buildx = false;
    refs = [];
    tags = [];
    labels = [];
    registries = [];
    policy = { push: false, reason: '' };
    /** The platform images (one, or one per platform under a manifest list). */
    images = [];
    /** The smoke test of each platform image (summary rows). */
    smoke = [];
    data = {};
    constructor(ctx) {
        this.ctx = ctx;
        this.d = ctx.inputs.docker;
        this.password = this.d.password ?? '';
        if (this.password)
            ctx.log.secret(this.password);
        this.client = new DockerClient({
            exec: ctx.exec,
            log: ctx.log,
            profiler: ctx.profiler,
            cwd: ctx.cwd,
            env: ctx.env,
            retries: this.d.pushRetries,
            scrub: (s) => this.scrub(s),
        });
    }
    /** Nothing the stage reports may carry the password, even if a tool echoed it. */
    scrub(s) {
        return (0,src_text/* scrubSecrets */.Zg)(s, [this.password]);
    }
    /** Stops the stage with a failure: one finding (scrubbed), plus what the stage can still report. */
    fail(summary, message, title = 'docker', extra = {}) {
        return (0,src_context/* stop */.ds)((0,src_context/* result */.Ke)('failure', summary, {
            ...extra,
            findings: [{ level: 'error', title, message: this.scrub(message) }],
        }));
    }
    /** Once the image is built, failures still report its references (they exist locally). */
    built() {
        return { outputs: { ...this.imageOutputs(), 'image-digest': '' }, data: this.data };
    }
    /** image-tags and image-platforms; several platforms also list their platform references. */
    imageOutputs() {
        const platforms = this.images.map((i) => i.label).join(',');
        if (this.images.length > 1)
            this.data.platformRefs = this.images.flatMap((i) => i.refs);
        return { 'image-tags': this.refs.join('\n'), 'image-platforms': platforms };
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/release/smoke-run.ts
// The smoke test, run: start the image, wait until its health path answers 2xx, stop it with
// SIGTERM and read how it ended; or (command mode) run it once. The container is always removed.
// Decisions (mode, port, network, the verdict on the exit) are the pure functions of smoke.ts.







const POLL_INTERVAL_MS = 200;
const POLL_REQUEST_MS = 2000;
const LOG_LINES = 100;
/** Runs the smoke test on a local image; never throws for what the image does. */
async function smokeTest(docker, image, s) {
    const plan = planSmoke(s, exposedTcpPorts(await docker.exposedPortsJson(image)));
    if (plan.mode === 'refused')
        return { outcome: 'failed', mode: 'http', reason: plan.message, input: plan.input };
    if (plan.mode === 'none')
        return { outcome: 'skipped', mode: 'none', reason: plan.reason };
    const name = smokeContainerName((0,external_node_crypto_.randomBytes)(6).toString('hex'));
    try {
        return plan.mode === 'command'
            ? await commandSmoke(docker, image, name, s)
            : await httpSmoke(docker, image, name, plan.port, s);
    }
    finally {
        await docker.removeContainer(name);
    }
}
async function commandSmoke(docker, image, name, s) {
    const r = await docker.runContainer(smokeCommandArgs(image, name, s.args), s.healthTimeoutSeconds * 1000);
    const logs = (0,src_text/* lastLines */.w$)([r.stdout, r.stderr].filter((x) => x.trim() !== '').join('\n'), LOG_LINES);
    const base = { mode: 'command', readyMs: r.ms, exitCode: r.code };
    if (r.killed === 'timeout')
        return {
            ...base,
            outcome: 'failed',
            reason: `still running after health-timeout (${s.healthTimeoutSeconds} s)`,
            logs,
        };
    if (r.code !== 0)
        return { ...base, outcome: 'failed', reason: `the image run with smoke-args exited with code ${r.code}`, logs };
    return { ...base, outcome: 'passed', reason: `ran with ${JSON.stringify(s.args.join(' '))}, exit code 0` };
}
async function httpSmoke(docker, image, name, port, s) {
    // A daemon without a bridge (dockerd --bridge=none) publishes nothing: use the host network.
    const network = (await docker.hasBridge()) ? 'publish' : 'host';
    const fail = async (reason, extra = {}) => ({
        outcome: 'failed',
        mode: 'http',
        network,
        reason,
        logs: (0,src_text/* lastLines */.w$)(await docker.containerLogs(name, LOG_LINES), LOG_LINES),
        ...extra,
    });
    if (network === 'host' && (await answers(port)))
        return fail(`port ${port} on 127.0.0.1 is already in use, and this docker daemon has no bridge network, so the image must run on the host network with that port free`);
    const started = await docker.runContainer(smokeRunArgs({ image, name, network, port }), 120_000);
    if (started.code !== 0)
        return fail(`docker run failed: ${(0,docker_args/* dockerErrorLines */.kH)(started.stderr + started.stdout)}`);
    const hostPort = network === 'host' ? port : parsePublishedPort(await docker.publishedPort(name, port));
    if (hostPort === undefined)
        return fail(`docker did not publish port ${port} on 127.0.0.1`);
    const ready = await waitReady(docker, name, hostPort, s);
    if (!ready.ok)
        return fail(ready.result.reason, ready.result.exitCode !== undefined ? { exitCode: ready.result.exitCode } : {});
    const t0 = Date.now();
    await docker.stopContainer(name, s.stopTimeoutSeconds);
    const stopMs = Date.now() - t0;
    const state = parseContainerState(await docker.containerStateJson(name));
    if (!state)
        return fail('could not read the container state after docker stop', { readyMs: ready.value, stopMs });
    const verdict = judgeStop(state, stopMs, s.stopTimeoutSeconds);
    const timings = { readyMs: ready.value, stopMs, exitCode: state.ExitCode };
    if (!verdict.ok)
        return fail(verdict.result, timings);
    return { outcome: 'passed', mode: 'http', network, reason: `GET ${s.healthPath} answered 2xx`, ...timings };
}
/** Polls the health path until a 2xx, the container exits, or health-timeout passes. */
async function waitReady(docker, name, port, s) {
    const t0 = Date.now();
    const deadline = t0 + s.healthTimeoutSeconds * 1000;
    let last;
    for (;;) {
        const state = parseContainerState(await docker.containerStateJson(name));
        if (state && !state.Running)
            return (0,src_context/* stop */.ds)({
                reason: `crashed: the container exited with code ${state.ExitCode} before GET ${s.healthPath} answered 2xx${state.Error ? ` (${state.Error})` : ''}`,
                exitCode: state.ExitCode,
            });
        last = await poll(port, s.healthPath);
        if (isReady(last))
            return (0,src_context.ok)(Date.now() - t0);
        if (Date.now() >= deadline)
            return (0,src_context/* stop */.ds)({
                reason: `never ready: GET ${s.healthPath} on port ${port} gave no 2xx within health-timeout (${s.healthTimeoutSeconds} s); ${describePoll(last)}`,
            });
        await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
    }
}
/** One GET on 127.0.0.1 (never another address), a fresh connection each time, closed after. */
function poll(port, path) {
    return new Promise((resolve) => {
        const req = (0,external_node_http_.request)({ host: '127.0.0.1', port, path, method: 'GET', agent: false, headers: { Connection: 'close' } }, (res) => {
            res.resume();
            resolve({ status: res.statusCode ?? 0 });
        });
        req.setTimeout(POLL_REQUEST_MS, () => req.destroy(new Error(`no answer within ${POLL_REQUEST_MS} ms`)));
        req.on('error', (e) => resolve({ error: e.code ?? e.message }));
        req.end();
    });
}
/** Does anything accept connections on 127.0.0.1:port? */
function answers(port) {
    return new Promise((resolve) => {
        const sock = (0,external_node_net_.connect)({ host: '127.0.0.1', port });
        sock.setTimeout(1000, () => {
            sock.destroy();
            resolve(false);
        });
        sock.on('connect', () => {
            sock.destroy();
            resolve(true);
        });
        sock.on('error', () => resolve(false));
    });
}

;// CONCATENATED MODULE: ./src/stages/docker-image.ts
// The docker stage's images: one per platform, each built (with a generated context when there is
// no Dockerfile) and smoke-tested before anything is pushed.








const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';
/** The build stage's binaries: one per target (BuildData.binaries), else its single binary. */
function builtBinaries(bd) {
    return bd.binaries.length ? bd.binaries : [{ target: bd.target, path: bd.binaryPath, static: bd.static }];
}
/**
 * The images to build: one per platform that a binary was built for (or per docker-platforms
 * entry, each needing its binary), else one. Several platforms get platform references
 * (name:<tag>-<arch>) that are pushed by digest and joined under every tag by a manifest list.
 */
function planImages(run, source) {
    const { d } = run;
    const bd = source.bd;
    let platforms = d.platforms.map((platform) => ({ platform }));
    if (bd) {
        const chosen = choosePlatforms(d.platforms, builtBinaries(bd));
        if (!chosen.ok)
            return run.fail('platform without a binary', chosen.result, 'docker-platforms');
        platforms = chosen.value;
        const dynamic = builtBinaries(bd).find((b) => b.static === false);
        if (source.generated && dynamic)
            return run.fail('binary not static', `The generated FROM scratch image needs static binaries, but the one for ${dynamic.target} is dynamic. Set static: true, or provide a Dockerfile with a base image.`);
    }
    if (platforms.length <= 1) {
        const only = platforms[0];
        const asked = only !== undefined && (d.platforms.length > 0 || only.platform !== hostPlatform());
        return (0,src_context.ok)([
            {
                platform: asked ? only.platform : undefined,
                label: only?.platform ?? hostPlatform(),
                binaryPath: only?.path ?? bd?.binaryPath,
                refs: run.refs,
            },
        ]);
    }
    return (0,src_context.ok)(platforms.map((p) => ({
        platform: p.platform,
        label: p.platform,
        binaryPath: p.path,
        refs: d.images.map((i) => `${i}:${platformTag(run.tags[0], p.platform)}`),
    })));
}
/** Builds one platform image (not pushed: every image is smoke-tested first). */
async function buildImage(run, source, image) {
    const multi = run.images.length > 1;
    const context = imageContext(run, source, image);
    const dockerfile = source.generated ? (0,external_node_path_.join)(context, 'Dockerfile') : source.dockerfile;
    const outside = binaryOutsideContext(source, dockerfile, image.binaryPath);
    if (outside)
        return run.fail('binary outside the build context', outside, 'docker-context');
    const args = imageBuildArgs(run, source, image, { context, dockerfile });
    const res = await run.client.build(args, run.buildx, false);
    if (res.killed)
        return (0,src_context/* stop */.ds)((0,src_context/* result */.Ke)('cancelled', 'cancelled'));
    if (res.code === 0)
        return src_context/* DONE */.DH;
    const what = `docker ${run.buildx ? 'buildx build' : 'build'}${multi ? ` for ${image.label}` : ''}`;
    return run.fail(`docker build failed (exit ${res.code})${multi ? ` for ${image.label}` : ''}`, `${what} failed:\n${(0,docker_args/* dockerErrorLines */.kH)(res.stderr + '\n' + res.stdout, 15)}`, 'docker build');
}
/** The build context of one image: the source's, or a generated one (one per platform when there are several). */
function imageContext(run, source, image) {
    if (!source.generated)
        return source.context;
    const context = run.images.length > 1
        ? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(run.ctx.tempDir, `docker-context-${platformSlug(image.label)}-`))
        : source.context;
    writeGeneratedContext(run, source, context, image.binaryPath);
    return context;
}
/** `docker build` (or `docker buildx build`) of one platform image, loaded locally. */
function imageBuildArgs(run, source, image, at) {
    const { ctx, d } = run;
    const { context, dockerfile } = at;
    const multi = run.images.length > 1;
    const idFile = (0,external_node_path_.join)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(ctx.tempDir, 'docker-build-')), run.buildx ? 'metadata.json' : 'iid');
    const binaryArgs = source.generated
        ? []
        : platformBuildArgs({ context, binaryPath: image.binaryPath, platform: image.label, buildx: run.buildx });
    const args = (0,docker_args/* dockerBuildArgs */.gE)({
        buildx: run.buildx,
        dockerfile,
        context,
        refs: image.refs,
        labels: source.generated ? [] : run.labels,
        buildArgs: [...binaryArgs, ...d.buildArgs],
        platforms: image.platform ? [image.platform] : [],
        push: false,
        idFile,
        // The classic builder's cache ignores --platform: the same context for arm64 after amd64 would
        // return the amd64 image.
        noCache: multi && !run.buildx,
    });
    return args;
}
/** A generated image's context: rootfs/ with the platform's binary (and the CA bundle), and its Dockerfile. */
function writeGeneratedContext(run, source, context, binaryPath) {
    const bd = source.bd;
    const rootfs = (0,external_node_path_.join)(context, 'rootfs');
    (0,external_node_fs_.mkdirSync)(rootfs, { recursive: true });
    (0,external_node_fs_.copyFileSync)(binaryPath, (0,external_node_path_.join)(rootfs, bd.binaryName));
    if ((0,external_node_fs_.existsSync)(CA_BUNDLE)) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(rootfs, 'etc', 'ssl', 'certs'), { recursive: true });
        (0,external_node_fs_.copyFileSync)(CA_BUNDLE, (0,external_node_path_.join)(rootfs, 'etc', 'ssl', 'certs', 'ca-certificates.crt'));
    }
    const port = run.d.smoke.healthPort;
    source.generatedText = (0,docker_args/* generatedDockerfile */.ym)({
        binary: bd.binaryName,
        labels: run.labels,
        ...(port !== undefined && run.d.smoke.mode !== 'none' ? { expose: port } : {}),
    });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(context, 'Dockerfile'), source.generatedText);
}
/**
 * A Dockerfile that COPYs ${BINARY_PATH} needs the binary inside the build context; when the
 * target directory lies elsewhere (CARGO_TARGET_DIR), say so instead of a failing COPY.
 */
function binaryOutsideContext(source, dockerfile, binaryPath) {
    if (source.generated || !binaryPath)
        return undefined;
    if (!(0,external_node_fs_.readFileSync)(dockerfile, 'utf8').includes(BINARY_ARG))
        return undefined;
    const inside = platformBuildArgs({ context: source.context, binaryPath, platform: '', buildx: true });
    if (inside.length)
        return undefined;
    return `The Dockerfile ${dockerfile} copies \${${BINARY_ARG}}, but the binary ${binaryPath} lies outside the build context ${source.context}, where a Dockerfile cannot reach it: build into the context (unset CARGO_TARGET_DIR, or point it inside), or set docker-context to a directory that holds the target directory.`;
}
/** The smoke test of one platform image; images this runner cannot run are listed as not smoke-tested. */
async function smokeImage(run, image) {
    if (canRunPlatform(image.label))
        return smokeStep(run, image.refs[0], image.label);
    const mode = run.d.smoke.mode;
    if (mode === 'none')
        return src_context/* DONE */.DH;
    run.smoke.push({
        platform: image.label,
        outcome: 'not run',
        mode,
        reason: `this runner cannot run ${image.label} images (no binfmt handler for it in /proc/sys/fs/binfmt_misc; docker/setup-qemu-action registers one)`,
    });
    run.data.smoke = run.smoke;
    run.ctx.log.info(`Smoke test of ${image.label}: not run, this runner cannot run ${image.label} images.`);
    return src_context/* DONE */.DH;
}
/** Runs the smoke test on a built image; a failed stage (with the container's logs) when it failed. */
async function smokeStep(run, ref, platform) {
    const { ctx, d } = run;
    ctx.log.info(`Smoke test of ${ref} (${platform}): smoke-test: ${d.smoke.mode}.`);
    const r = await ctx.profiler.measure(`smoke test ${platform}`, () => smokeTest(run.client, ref, d.smoke));
    run.smoke.push({ platform, ...r });
    run.data.smoke = run.smoke;
    ctx.log.info(`Smoke test of ${platform}: ${r.outcome}: ${r.reason}.`);
    if (r.outcome !== 'failed')
        return src_context/* DONE */.DH;
    return run.fail(`smoke test failed (${platform})`, `The image ${ref} (${platform}) failed its smoke test (${r.mode}): ${r.reason.replace(/\.$/, '')}. Nothing was pushed.`, r.input ?? 'smoke test', { ...run.built(), blocks: smokeBlocks(run.smoke) });
}

;// CONCATENATED MODULE: ./src/release/docker-config.ts
// The temporary docker configuration a push logs in with, and its removal (after the push in main,
// and again in post in case main was stopped in between). The user's own ~/.docker is never used
// for our credentials.



const PREFIX = 'rust-pipeline-docker-config-';
/** A fresh, private DOCKER_CONFIG directory (mode 0700) under `parent`. */
function makeDockerConfig(parent) {
    (0,external_node_fs_.mkdirSync)(parent, { recursive: true });
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, PREFIX));
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'config.json'), '{}\n', { mode: 0o600 });
    return dir;
}
function isOurDockerConfig(dir) {
    return (0,external_node_path_.basename)(dir).startsWith(PREFIX);
}
/**
 * Logs out of each registry in the temporary config and deletes it. Returns problems as text
 * (callers turn them into warnings); never throws for a failing docker.
 */
async function dockerLogoutAll(exec, dir, registries, env) {
    const loggedOut = [];
    const problems = [];
    if (!dir || !isOurDockerConfig(dir))
        return { loggedOut, problems: dir ? [`refusing to remove ${dir}: not a rust-pipeline docker config`] : [] };
    if (!(0,external_node_fs_.existsSync)(dir))
        return { loggedOut, problems };
    for (const registry of registries) {
        const res = await exec('docker', (0,docker_args/* dockerLogoutArgs */._9)(registry), {
            env: { ...env, DOCKER_CONFIG: dir },
            echo: 'none',
            timeoutMs: 60_000,
        });
        if (res.code === 0)
            loggedOut.push(registry);
        else
            problems.push(`docker logout ${registry} failed: ${(res.spawnError ?? res.stderr).trim()}`);
    }
    // Whatever logout said, the credentials file goes with the directory.
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    return { loggedOut, problems };
}

// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
// EXTERNAL MODULE: ./src/blocks.ts
var blocks = __webpack_require__(8749);
;// CONCATENATED MODULE: ./src/stages/docker-push.ts








/** Pushes every reference (when the policy says so); the stage stops when a push failed. */
async function pushAll(run) {
    const pushed = [];
    if (!run.policy.push)
        return (0,src_context.ok)(pushed);
    const login = await loginAll(run);
    if (!login.ok)
        return login;
    for (const image of run.d.images) {
        for (const tag of run.tags) {
            const ref = `${image}:${tag}`;
            const outcome = await run.client.push(ref);
            const r = outcome.value;
            if (r.killed === 'cancelled')
                return (0,src_context/* stop */.ds)((0,src_context/* result */.Ke)('cancelled', 'cancelled'));
            if (!outcome.ok)
                return pushFailure(run, ref, outcome, pushed);
            const digest = await run.client.pushedDigest(ref, r.stdout + r.stderr);
            pushed.push({ ref, tag, ...(digest ? { digest } : {}), attempts: outcome.attempts });
        }
    }
    return (0,src_context.ok)(pushed);
}
/**
 * Several platforms: each platform image is pushed (name:<tag>-<arch>, by digest), then one
 * manifest list per tag names them all; image-digest is the list's digest.
 */
async function pushPlatforms(run) {
    if (!run.policy.push)
        return (0,src_context.ok)([]);
    const login = await loginAll(run);
    if (!login.ok)
        return login;
    const byName = await pushPlatformImages(run);
    if (!byName.ok)
        return byName;
    const pushed = [];
    for (const [name, digests] of byName.value) {
        for (const tag of run.tags) {
            const listed = await pushList(run, { name, tag }, digests, pushed);
            if (!listed.ok)
                return listed;
            pushed.push(listed.value);
        }
    }
    return (0,src_context.ok)(pushed);
}
/** Pushes each platform image; the digests of each image name's platform images (name@sha256:…). */
async function pushPlatformImages(run) {
    const byName = new Map();
    for (const ref of run.images.flatMap((i) => i.refs)) {
        const outcome = await run.client.push(ref);
        if (outcome.value.killed === 'cancelled')
            return (0,src_context/* stop */.ds)((0,src_context/* result */.Ke)('cancelled', 'cancelled'));
        // Platform images carry no tag of the release yet: no release tag exists before the lists are pushed.
        if (!outcome.ok)
            return pushFailure(run, ref, outcome, []);
        const digest = await run.client.pushedDigest(ref, outcome.value.stdout + outcome.value.stderr);
        if (!digest) {
            const why = `docker push ${ref} reported no digest; the manifest list needs it.`;
            return run.fail('no digest', why, 'docker push', run.built());
        }
        const name = ref.slice(0, ref.lastIndexOf(':'));
        byName.set(name, [...(byName.get(name) ?? []), `${name}@${digest}`]);
    }
    return (0,src_context.ok)(byName);
}
/** One manifest list (name:tag) naming the platform images, created and pushed. */
async function pushList(run, at, images, pushed) {
    const list = `${at.name}:${at.tag}`;
    const insecure = isLoopbackRegistry((0,tags/* registryHost */.U$)(at.name));
    const created = await run.client.manifestCreate(list, images, insecure);
    if (created.code !== 0)
        return run.fail('manifest list failed', `docker manifest create ${list} failed:\n${(0,docker_args/* dockerErrorLines */.kH)(created.stderr + '\n' + created.stdout)}`, 'docker manifest', run.built());
    const outcome = await run.client.manifestPush(list, insecure);
    if (outcome.value.killed === 'cancelled')
        return (0,src_context/* stop */.ds)((0,src_context/* result */.Ke)('cancelled', 'cancelled'));
    if (!outcome.ok)
        return pushFailure(run, list, outcome, pushed);
    const digest = parseManifestPushDigest(outcome.value.stdout);
    return (0,src_context.ok)({ ref: list, tag: at.tag, ...(digest ? { digest } : {}), attempts: outcome.attempts });
}
function pushFailure(run, ref, outcome, pushed) {
    const r = outcome.value;
    const host = (0,tags/* registryHost */.U$)(ref.slice(0, ref.lastIndexOf(':')));
    const detail = `${(0,docker_args/* dockerErrorLines */.kH)(`${r.stderr}\n${r.stdout}`)}\n${pushedSoFar(run, pushed)}`;
    if (r.killed === 'timeout') {
        return run.fail('push timed out', `docker push ${ref} did not finish within ${PUSH_TIMEOUT_MS / 60_000} minutes (registry ${host}).\n${detail}`, 'docker push', partialPush(run, pushed));
    }
    if (outcome.kind === 'auth') {
        return run.fail('push denied', `The registry ${host} refused the push of ${ref}:\n${detail}\n${run.client.configDir ? `Check that user "${run.d.username}" may push to this repository.` : 'No credentials were given: set docker-username and docker-password, or log in with an earlier step.'}`, 'docker push', partialPush(run, pushed));
    }
    if (outcome.kind === 'network') {
        return run.fail('registry unreachable', `Could not push ${ref}: the registry ${host} was unreachable on all ${outcome.attempts} attempts (push-retries: ${run.d.pushRetries}).\n${detail}`, 'docker push', partialPush(run, pushed));
    }
    return run.fail('push failed', `docker push ${ref} failed:\n${detail}`, 'docker push', partialPush(run, pushed));
}
/** Which references were pushed before a push failed, and which were not. */
function pushedSoFar(run, pushed) {
    const done = new Set(pushed.map((p) => p.ref));
    const missing = run.refs.filter((ref) => !done.has(ref));
    return `Pushed: ${pushed.map((p) => p.ref).join(', ') || 'none'}. Not pushed: ${missing.join(', ')}.`;
}
/**
 * A push that failed part-way: image-tags lists only the references that reached the registry
 * (image-digest is theirs), the data and the summary say which were pushed and which not.
 */
function partialPush(run, pushed) {
    const done = new Set(pushed.map((p) => p.ref));
    run.data.pushed = pushed;
    run.data.notPushed = run.refs.filter((ref) => !done.has(ref));
    const rows = run.refs.map((ref) => [(0,blocks/* code */.aY)(ref), done.has(ref) ? '✅ pushed' : '❌ not pushed']);
    return {
        outputs: {
            'image-tags': pushed.map((p) => p.ref).join('\n'),
            'image-digest': pushed.find((p) => p.digest)?.digest ?? '',
        },
        data: run.data,
        blocks: [{ kind: 'table', header: ['reference', 'push'], rows }],
    };
}
/** Logs in to every registry with a temporary DOCKER_CONFIG; the stage stops when that failed. */
async function loginAll(run) {
    const { ctx, d, password } = run;
    if (!d.username || !password) {
        ctx.log.info('No docker-username/docker-password: pushing with the existing docker login of this machine, if any.');
        return src_context/* DONE */.DH;
    }
    const configDir = makeDockerConfig(ctx.tempDir);
    run.client.configDir = configDir;
    // Saved before logging in, so that post removes the credentials even if this step dies mid-way.
    state/* dockerConfigState */.c9.save(configDir, ctx.saveState);
    state/* dockerRegistriesState */.zy.save(run.registries, ctx.saveState);
    for (const registry of run.registries) {
        const outcome = await run.client.login(registry, d.username, password, configDir);
        if (outcome.value.killed === 'cancelled')
            return (0,src_context/* stop */.ds)((0,src_context/* result */.Ke)('cancelled', 'cancelled'));
        if (!outcome.ok)
            return loginFailure(run, registry, outcome);
        ctx.log.info(`Logged in to ${registry} as ${d.username}.`);
    }
    return src_context/* DONE */.DH;
}
function loginFailure(run, registry, outcome) {
    const r = outcome.value;
    const detail = (0,docker_args/* dockerErrorLines */.kH)(`${r.stderr}\n${r.stdout}`);
    // Login happens after the build and the smoke test: the images exist locally.
    const extra = run.built();
    if (r.killed === 'timeout') {
        return run.fail('login timed out', `docker login ${registry} did not finish within ${LOGIN_TIMEOUT_MS / 60_000} minutes.\n${detail}`, 'docker login', extra);
    }
    if (outcome.kind === 'auth') {
        return run.fail('login rejected', `The registry ${registry} rejected the credentials of user "${run.d.username}" (wrong docker-username or docker-password, or a token without permission to push):\n${detail}`, 'docker login', extra);
    }
    if (outcome.kind === 'network') {
        return run.fail('registry unreachable', `Could not log in to ${registry}: the registry was unreachable on all ${outcome.attempts} attempts (push-retries: ${run.d.pushRetries}).\n${detail}`, 'docker login', extra);
    }
    return run.fail('login failed', `docker login ${registry} failed:\n${detail}`, 'docker login', extra);
}
/** Logged out right after the push: nothing left for post to clean up. */
async function logout(run) {
    const configDir = run.client.configDir;
    if (!configDir)
        return;
    const { problems } = await dockerLogoutAll(run.ctx.exec, configDir, run.registries, run.ctx.env);
    for (const p of problems)
        run.ctx.log.warning(run.scrub(p));
    state/* dockerConfigState */.c9.save('', run.ctx.saveState);
}

;// CONCATENATED MODULE: ./src/stages/docker.ts











const dockerStage = {
    name: 'docker',
    title: 'Docker image',
    async run(ctx) {
        const run = new DockerRun(ctx);
        if (run.d.images.length === 0) {
            const why = `${(0,errors/* inputRef */.io)('docker-image')} is empty: the docker stage needs at least one image name, e.g. ghcr.io/acme/svc.`;
            return run.fail('no image name', why, 'docker-image').result;
        }
        (0,external_node_fs_.mkdirSync)(ctx.tempDir, { recursive: true });
        const probe = await run.client.probe();
        if (!probe.ok)
            return run.fail(probe.summary, probe.message).result;
        run.buildx = probe.buildx;
        const source = await chooseSource(run);
        if (!source.ok)
            return source.result;
        await planTags(run, source.value);
        const decided = decidePush(run);
        if (!decided.ok)
            return decided.result;
        try {
            return await buildAndPush(run, source.value);
        }
        finally {
            await logout(run);
        }
    },
};
/** The Dockerfile and the build context: the repository's, or a generated one around the static binary. */
async function chooseSource(run) {
    const { ctx, d } = run;
    const build = ctx.previous.get('build');
    const bd = build?.status === 'success' ? build.data : undefined;
    const repoDockerfile = (0,external_node_path_.join)(ctx.cwd, 'Dockerfile');
    const dockerfile = d.dockerfile ?? ((0,external_node_fs_.existsSync)(repoDockerfile) ? repoDockerfile : undefined);
    if (dockerfile !== undefined && !(0,external_node_fs_.existsSync)(dockerfile)) {
        return run.fail('Dockerfile missing', (0,errors/* inputProblem */.oi)('dockerfile', dockerfile, 'no such file; allowed: a Dockerfile path relative to working-directory, or empty to use ./Dockerfile or a generated one.'), 'dockerfile');
    }
    if (dockerfile !== undefined)
        return (0,src_context.ok)({ dockerfile, context: d.context ?? ctx.cwd, generated: false, bd });
    if (build && build.status !== 'success') {
        const why = build.status === 'cancelled' ? 'was cancelled' : 'failed';
        return (0,src_context/* stop */.ds)((0,src_context/* result */.Ke)('skipped', `not built: the build stage ${why}`));
    }
    if (!bd) {
        return run.fail('no binary', 'There is no Dockerfile in working-directory, and no binary from the build stage to put in a generated one: add "build" to the stages, or provide a Dockerfile.');
    }
    if (bd.static !== true) {
        return run.fail('binary not static', `The generated FROM scratch image needs a static binary, but ${bd.binaryName} is ${bd.elf}. Set static: true (or a musl target), or provide a Dockerfile with a base image.`);
    }
    return (0,src_context.ok)({ dockerfile: undefined, context: (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(ctx.tempDir, 'docker-context-')), generated: true, bd });
}
/** Tags from the ref, labels, and (for a generated image) the context with the binary and its Dockerfile. */
async function planTags(run, source) {
    const { ctx, d } = run;
    const bd = source.bd;
    const sha = ctx.event.sha || (await gitHead(ctx));
    run.tags = (0,tags/* imageTags */.rK)({ ref: ctx.event.ref, sha, extra: d.tags, replace: d.replaceTags });
    if (run.tags.length === 0)
        run.tags = ['latest'];
    run.refs = d.images.flatMap((image) => run.tags.map((t) => `${image}:${t}`));
    run.labels = (0,tags/* ociLabels */.TT)({
        source: ctx.event.repositoryUrl,
        revision: sha,
        version: (0,tags/* imageVersion */.K9)(ctx.event.ref, sha) || bd?.package.version || '',
        created: (0,tags/* createdAt */.CT)(ctx.env),
        title: bd?.package.name ?? (0,external_node_path_.basename)(d.images[0]),
        ...(bd?.package.description ? { description: bd.package.description } : {}),
        ...(bd?.package.license ? { licenses: bd.package.license } : {}),
        extra: d.labels,
    });
}
/** The push policy, an earlier failure stopping it, and the credentials it needs; the stage stops when they are incomplete. */
function decidePush(run) {
    const { ctx, d, password } = run;
    let policy = (0,docker_args/* shouldPush */.a9)(d.push, ctx.event);
    // Never publish what failed its checks: an earlier failed stage (test, audit, …) stops the push.
    const failedEarlier = [...ctx.previous]
        .filter(([, r]) => r.status === 'failure' || r.status === 'cancelled')
        .map(([n]) => n);
    if (policy.push && failedEarlier.length)
        policy = { push: false, reason: `earlier stages failed (${failedEarlier.join(', ')}): nothing is pushed` };
    run.policy = policy;
    ctx.log.info(`Tags: ${run.tags.join(', ')}. ${policy.push ? 'Pushing' : 'Not pushing'}: ${policy.reason}.`);
    if (policy.push && ctx.event.name === 'pull_request_target') {
        ctx.log.warning('Pushing from a pull_request_target event: the image is built from code the pull request may control.');
    }
    if (policy.push && Boolean(d.username) !== Boolean(password)) {
        return run.fail('credentials incomplete', d.username
            ? `${(0,errors/* inputRef */.io)('docker-password')} is empty while docker-username is "${d.username}": give both to log in (on pull requests from forks, secrets are empty), or neither to push with the runner's existing docker login.`
            : `${(0,errors/* inputRef */.io)('docker-username')} is empty while docker-password is set: give both to log in, or neither.`, d.username ? 'docker-password' : 'docker-username');
    }
    run.registries = [...new Set(d.registry ? [d.registry] : d.images.map(tags/* registryHost */.U$))];
    Object.assign(run.data, {
        tags: run.tags,
        refs: run.refs,
        labels: Object.fromEntries(run.labels),
        push: policy.push,
        pushReason: policy.reason,
        generatedDockerfile: false,
        builder: run.buildx ? 'buildx' : 'classic',
    });
    return src_context/* DONE */.DH;
}
/**
 * Every platform image is built and smoke-tested before anything is pushed (multi-platform
 * images are never pushed straight from a builder: a broken one would be out before it ran).
 */
async function buildAndPush(run, source) {
    run.data.generatedDockerfile = source.generated;
    const planned = planImages(run, source);
    if (!planned.ok)
        return planned.result;
    const images = planned.value;
    run.images = images;
    run.data.platforms = images.map((i) => i.label);
    for (const image of images) {
        const built = await buildImage(run, source, image);
        if (!built.ok)
            return built.result;
    }
    const imageSize = await run.client.imageSize(images[0].refs[0]);
    run.data.imageSize = imageSize;
    for (const image of images) {
        const smoked = await smokeImage(run, image);
        if (!smoked.ok)
            return smoked.result;
    }
    const pushed = images.length > 1 ? await pushPlatforms(run) : await pushAll(run);
    if (!pushed.ok)
        return pushed.result;
    return summarize(run, source, pushed.value, imageSize);
}
function summarize(run, source, pushed, imageSize) {
    const { policy, tags } = run;
    const digests = [...new Set(pushed.map((p) => p.digest).filter((x) => Boolean(x)))];
    if (digests.length > 1)
        run.ctx.log.warning(`The pushed references have different digests: ${digests.join(', ')}; image-digest is the first one.`);
    run.data.pushed = pushed;
    run.data.digest = digests[0];
    const blocks = summaryBlocks(run, source, pushed, { imageSize, digest: digests[0] });
    const pushedText = policy.push ? `pushed${digests[0] ? ` ${digests[0].slice(0, 19)}…` : ''}` : 'not pushed';
    return (0,src_context/* result */.Ke)('success', `${(0,src_text/* plural */.LS)(tags.length, 'tag')}, ${pushedText}${imageSize !== undefined ? `, ${(0,src_text/* formatBytes */.z3)(imageSize)}` : ''}`, { outputs: { ...run.imageOutputs(), 'image-digest': digests[0] ?? '' }, blocks, data: run.data });
}
/** The job summary of a built (and maybe pushed) image: what it is, how it was built, where it went. */
function summaryBlocks(run, source, pushed, { imageSize, digest }) {
    const { d, policy, tags } = run;
    const pushCell = (t) => policy.push ? (pushed.find((p) => p.tag === t)?.digest ? '✅ pushed' : '⚠️ no digest') : '— not pushed';
    const rows = tags.map((t) => [t, d.images.map((i) => `\`${i}:${t}\``).join(', '), pushCell(t)]);
    const bd = source.bd;
    return [
        {
            kind: 'text',
            text: `**Image:** ${d.images.map((i) => `\`${i}\``).join(', ')}${imageSize !== undefined ? ` — ${(0,src_text/* formatBytes */.z3)(imageSize)}` : ''}${bd && imageSize !== undefined ? ` (binary ${(0,src_text/* formatBytes */.z3)(bd.size)})` : ''}`,
        },
        {
            kind: 'text',
            text: `**Dockerfile:** ${source.generated ? 'generated (FROM scratch around the static binary)' : `\`${source.dockerfile}\``}; builder: ${run.buildx ? 'buildx' : 'classic'}`,
        },
        {
            kind: 'text',
            text: `**Platforms:** ${run.images.map((i) => i.label).join(', ')}${run.images.length > 1 ? ` — one image each (${run.images.map((i) => `\`${i.refs[0]}\``).join(', ')}), one manifest list per tag` : ''}`,
        },
        {
            kind: 'text',
            text: `**Push:** ${policy.push ? 'yes' : 'no'} — ${policy.reason}${digest ? `; digest \`${digest}\`` : ''}`,
        },
        { kind: 'table', header: ['tag', 'reference', 'push'], rows },
        ...smokeBlocks(run.smoke),
        { kind: 'details', summary: 'Labels', body: run.labels.map(([k, v]) => `${k}=${v}`).join('\n') },
        ...(source.generatedText !== undefined
            ? [{ kind: 'details', summary: 'Generated Dockerfile', body: source.generatedText, lang: 'dockerfile' }]
            : []),
    ];
}
async function gitHead(ctx) {
    const r = await ctx.exec('git', ['rev-parse', 'HEAD'], { cwd: ctx.cwd, env: ctx.env, echo: 'none' });
    return r.code === 0 ? r.stdout.trim() : '';
}


/***/ })

};
