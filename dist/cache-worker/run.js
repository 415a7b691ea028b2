import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5660:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cache_service_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8993);
// A child process that runs one @actions/cache operation, so that the action can stop it (and the
// tar it started) when it takes too long: a hanging cache service must not stall a run.
//
//   node dist/cache-worker/index.js <request.json>
//
// The request names the operation, paths and keys, and the file the result is written to. The
// library's own log lines go to stdout, where the parent reads them. The request file is read once
// stdin ends: the parent may start the worker before it knows the request (cache/service.ts
// startWorker), so that loading the library overlaps with working out the key. No request file by
// then: the parent had nothing to ask after all, and the worker ends.



// A worker in the background (a lookup no stage waits for) gives the CPU to the run's cargo first,
// from before it loads the library, which is most of its work.
if (process.env[_cache_service_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKER_BACKGROUND_ENV */ .Qv] === '1') {
    try {
        (0,node_os__WEBPACK_IMPORTED_MODULE_1__.setPriority)(10);
    }
    catch {
        /* not allowed here: it runs at the usual priority */
    }
}
const cache = await __nccwpck_require__.e(/* import() */ 305).then(__nccwpck_require__.bind(__nccwpck_require__, 4305));
async function run(req) {
    if (!cache.isFeatureAvailable())
        return { available: false };
    switch (req.op) {
        case 'restore':
            return { available: true, matchedKey: await cache.restoreCache([...req.paths], req.key, [...req.restoreKeys]) };
        case 'lookup':
            return {
                available: true,
                matchedKey: await cache.restoreCache([...req.paths], req.key, [], { lookupOnly: true }),
            };
        case 'save':
            return { available: true, cacheId: await cache.saveCache([...req.paths], req.key) };
    }
}
const file = process.argv[2];
if (!file) {
    console.error('usage: cache-worker <request.json>');
    process.exit(2);
}
process.stdin.resume();
process.stdin.on('end', () => {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return;
    const req = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    start(req);
});
function start(req) {
    void run(req)
        .catch((e) => ({ available: true, error: e.message }))
        .then((result) => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(req.resultFile, JSON.stringify(result));
        // The operation is over, but the library may leave requests or retry timers behind (after a
        // failed or timed-out download, for one) that would keep this process alive until the parent
        // kills it, and the parent would then take a finished restore for a stopped one. Exit once
        // the log lines written so far have reached the parent.
        process.stdout.write('', () => process.exit(0));
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8993:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qv: () => (/* binding */ WORKER_BACKGROUND_ENV)
});

// UNUSED EXPORTS: handleWorkerLine, isEntryOf, lookupProblem, notSaved, postWorkerOptions, replacementKey, replacementPrefix, restoreEntry, restoreLookup, runWorker, startWorker, undoPartialRestore, workerScript

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/paths.ts




/** Removes ANSI colour and cursor sequences (Node's own stripper, under the name the parsers use). */
const stripAnsi = (/* unused pure expression or super */ null && (stripVTControlCharacters));
/**
 * Makes a path that a tool printed (absolute, or relative to `base`) relative to the repository
 * root, with forward slashes, as GitHub wants for annotations. Paths outside the repository
 * (e.g. in ~/.cargo/registry) come back undefined.
 */
function paths_repoRelative(file, base, repoRoot) {
    const abs = isAbsolute(file) ? file : resolve(base, file);
    const rel = relative(repoRoot, abs);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
        return undefined;
    return rel.split(sep).join('/');
}
/** True when `path` is `dir` or lies below it (compared without case where the file system ignores it). */
function paths_isInside(path, dir) {
    const fold = process.platform === 'win32' || process.platform === 'darwin';
    const rel = fold ? relative(dir.toLowerCase(), path.toLowerCase()) : relative(dir, path);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
/**
 * The first of `names` that exists in `dir` or a directory above it, up to and including `stopAt`
 * (a `dir` outside `stopAt` is searched alone).
 */
function findUp(dir, stopAt, names) {
    for (let cur = dir;; cur = dirname(cur)) {
        for (const name of names) {
            const p = join(cur, name);
            if (existsSync(p))
                return p;
        }
        if (cur === stopAt || dirname(cur) === cur || !paths_isInside(cur, stopAt))
            return undefined;
    }
}
/** The user's home directory: HOME (USERPROFILE on Windows), else the OS's answer. */
function homeOf(env) {
    return resolve(env.HOME || env.USERPROFILE || homedir());
}
function paths_cargoHomeOf(env) {
    return env.CARGO_HOME ? resolve(env.CARGO_HOME) : join(homeOf(env), '.cargo');
}
/**
 * Where the action keeps its tools and the advisory database: under CARGO_HOME, so that the
 * shared cache carries them (main and post both work it out from the environment).
 */
function toolDirOf(env) {
    return join(paths_cargoHomeOf(env), 'rust-pipeline');
}
/**
 * The target directory of a crate or workspace at `cwd`: what cargo metadata said, else
 * CARGO_TARGET_DIR (relative to `cwd`), else `<cwd>/target`.
 */
function paths_targetDirOf(cwd, env, fromMetadata) {
    if (fromMetadata)
        return resolve(cwd, fromMetadata);
    return env.CARGO_TARGET_DIR ? resolve(cwd, env.CARGO_TARGET_DIR) : join(cwd, 'target');
}
/**
 * `path` with every symlink resolved, also when its last parts do not exist yet (the nearest
 * existing ancestor is resolved and the rest appended).
 */
function realPathOf(path) {
    const abs = resolve(path);
    const rest = [];
    for (let cur = abs;; cur = dirname(cur)) {
        try {
            return join(realpathSync(cur), ...rest.reverse());
        }
        catch {
            if (dirname(cur) === cur)
                return abs;
            rest.push(basename(cur));
        }
    }
}
/**
 * Visits every entry below `dir`, depth first; `visit` returns true to descend into a directory.
 * Entries that cannot be read are passed over. `follow: false` sees symlinks as links (lstat).
 */
function paths_walkTree(dir, visit, o, depth = 0) {
    let names;
    try {
        names = readdirSync(dir);
    }
    catch {
        return;
    }
    for (const name of names) {
        const p = join(dir, name);
        let st;
        try {
            st = o.follow ? statSync(p) : lstatSync(p);
        }
        catch {
            continue;
        }
        if (visit(p, st, depth) === true && st.isDirectory())
            paths_walkTree(p, visit, o, depth + 1);
    }
}
/** The action's scratch directory: RUNNER_TEMP/rust-pipeline on a runner, the system temp directory elsewhere. */
function paths_actionTempDir(env = process.env) {
    return join(env.RUNNER_TEMP ?? tmpdir(), 'rust-pipeline');
}
/** The workspace: GITHUB_WORKSPACE on a runner, the current directory elsewhere. */
function paths_workspaceDir(env = process.env) {
    return env.GITHUB_WORKSPACE ?? process.cwd();
}
function findOnPath(exe, pathVar) {
    for (const dir of (pathVar ?? '').split(delimiter)) {
        if (!dir)
            continue;
        const p = join(dir, exe);
        try {
            if (statSync(p).isFile())
                return p;
        }
        catch {
            /* not here */
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __nccwpck_require__(6698);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/log-sink.ts
// Where the output of the child processes of the running code goes: our own stdout, or (when
// stages overlap) the running stage's own log, selected through AsyncLocalStorage so that exec
// finds it without being handed it. See stage-log.ts.
//
// Under Actions our stdout is also the channel of workflow commands (`::error …`, `::add-mask::`,
// `::group::`, …), and the repository's code (tests, build scripts) prints into it. So everything
// we echo that is not one of our own commands goes inside a `::stop-commands::<token>` …
// `::<token>::` span, with a token the repository's code cannot guess: the runner ignores every
// command inside such a span, a forged `::stop-commands::x` included. Our own commands are issued
// only between spans (ownCommands). GitHub documents stopping commands for exactly this use:
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#stopping-and-starting-workflow-commands


/**
 * Keeps what it writes from being read as workflow commands. Without a token (the CLI) it writes
 * straight through. With one, text opens a span when none is open, and `commands` closes it first.
 * Spans are opened and closed on line boundaries (the runner reads commands line by line).
 */
class CommandGuard {
    out;
    token;
    open = false;
    atLineStart = true;
    constructor(out, token) {
        this.out = out;
        this.token = token;
    }
    /** Writes output that must not issue commands: a child's output, or our own plain log lines. */
    text(chunk) {
        if (chunk.length === 0)
            return;
        if (this.token && !this.open) {
            this.out.write(`${this.atLineStart ? '' : '\n'}::stop-commands::${this.token}\n`);
            this.open = true;
        }
        this.out.write(chunk);
        const last = typeof chunk === 'string' ? chunk.charCodeAt(chunk.length - 1) : chunk[chunk.length - 1];
        this.atLineStart = last === 0x0a;
    }
    /** Runs fn, which writes our own workflow commands (whole lines), outside any span. */
    commands(fn) {
        this.close();
        try {
            return fn();
        }
        finally {
            this.atLineStart = true;
        }
    }
    /** Ends the open span, if any (at the end of a step, and before each of our commands). */
    close() {
        if (!this.open)
            return;
        this.out.write(`${this.atLineStart ? '' : '\n'}::${this.token}::\n`);
        this.open = false;
        this.atLineStart = true;
    }
}
const stdout = { write: (chunk) => process.stdout.write(chunk) };
let guard = new CommandGuard(stdout);
/**
 * Turns the guard on for this process with a fresh token (the action's main and post steps; the
 * CLI prints plainly). 128 random bits: the repository's code cannot guess it, and the runner masks it.
 */
function guardWorkflowCommands(token = randomBytes(16).toString('hex')) {
    guard.close();
    guard = new CommandGuard(stdout, token);
}
/** Our stdout for output that must stay inert: child output, replayed stage logs, plain log lines. */
const guardedStdout = { write: (chunk) => guard.text(chunk) };
/** Runs fn, which issues our own workflow commands (annotations, groups, masks, outputs), outside any span. */
function ownCommands(fn) {
    return guard.commands(fn);
}
/** Closes the open span: call before the step ends. */
function closeGuard() {
    guard.close();
}
const current = new external_node_async_hooks_.AsyncLocalStorage();
/** Runs fn with `sink` as the destination of its children's output. */
function withSink(sink, fn) {
    return current.run(sink, fn);
}
/** Where child output goes now: the running stage's log, or our own stdout (guarded). */
function log_sink_outputSink() {
    return current.getStore() ?? guardedStdout;
}

;// CONCATENATED MODULE: ./src/exec.ts
// The one way this action runs an external program: an argv array (never a shell string), output
// streamed (echoed, split into lines for parsers that need all of it) with only a bounded tail kept
// (a test printing gigabytes must not take the action down), every child in its own process group
// (on Windows: its process tree) so that cancellation can take down cargo and everything it started.
//
// Node's child_process is used directly rather than @actions/exec because cancelling needs
// the child's pid (to signal its whole process group), which @actions/exec does not expose.




const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
const running = new Set();
let cancelled = false;
/** Grace period between SIGTERM and SIGKILL when stopping a process group. */
const KILL_GRACE_MS = 1500;
/** How long a child's output may stay open after the child exited (held by processes it left behind). */
const LEFTOVER_GRACE_MS = 2000;
/** How long a stopped child's tree may take to go away before its result is given anyway. */
const TREE_GONE_MS = 10_000;
/** The end of each stream that a result keeps: enough for any message, bounded whatever a child prints. */
const OUTPUT_TAIL_BYTES = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
/**
 * For the few outputs read whole after the fact (JSON documents: cargo metadata, cargo audit; the
 * diff of cargo fmt): a bound far above any real one. A caller seeing stdoutDropped says so.
 */
const exec_WHOLE_OUTPUT_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/** Longer lines reach onStdoutLine/onStderrLine cut, with a note of how much was left out. */
const MAX_LINE_CHARS = (/* unused pure expression or super */ null && (1024 * 1024));
/** True once cancelAll() was called: stages check it to report themselves as cancelled. */
function isCancelled() {
    return cancelled;
}
/**
 * How to stop a child and everything it started. POSIX: signal its process group (a negative pid;
 * each child is a group leader). Windows has neither groups nor signals: taskkill /T ends the tree, /F
 * without asking (console programs such as cargo ignore a polite close).
 */
function killPlan(pid, signal, platform) {
    if (platform === 'win32')
        return { kind: 'command', cmd: 'taskkill', args: ['/T', '/F', '/PID', String(pid)] };
    return { kind: 'signal', pid: -pid, signal };
}
/** Stops a child's tree; resolves once the kill was delivered (on Windows: once taskkill is done). */
function stopTree(pid, sig) {
    const plan = killPlan(pid, sig, process.platform);
    if (plan.kind === 'signal') {
        try {
            process.kill(plan.pid, plan.signal);
        }
        catch {
            /* already gone */
        }
        return Promise.resolve();
    }
    return new Promise((done) => {
        const k = spawn(plan.cmd, plan.args, { stdio: 'ignore', windowsHide: true, shell: false });
        k.on('error', () => done());
        k.on('close', () => done());
    });
}
/** Whether a process of the group led by `pid` still runs (zombies waiting to be reaped do not count). */
function groupAlive(pid) {
    if (process.platform === 'win32')
        return false; // taskkill /T /F has ended the tree when it returns
    try {
        process.kill(-pid, 0);
    }
    catch (e) {
        return e.code === 'EPERM';
    }
    if (process.platform !== 'linux')
        return true;
    for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so read after the last ")".
            const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
            const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            if (Number(pgrp) === pid && state !== 'Z' && state !== 'X')
                return true;
        }
        catch {
            /* exited while we looked */
        }
    }
    return false;
}
/** Resolves once nothing of a stopped child's tree runs any more (bounded by TREE_GONE_MS). */
function treeGone(pid) {
    const deadline = Date.now() + TREE_GONE_MS;
    return new Promise((done) => {
        const check = () => {
            if (!groupAlive(pid) || Date.now() > deadline)
                done();
            else
                setTimeout(check, 50);
        };
        check();
    });
}
/** Stops a child's tree: SIGTERM, then SIGKILL after a grace period if any of it still runs. */
function terminate(pid) {
    void stopTree(pid, 'SIGTERM');
    setTimeout(() => running.has(pid) && void stopTree(pid, 'SIGKILL'), KILL_GRACE_MS).unref();
}
/** Stops every running child's tree: SIGTERM, then SIGKILL after a grace period. */
function cancelAll() {
    cancelled = true;
    const pids = [...running];
    for (const pid of pids)
        void stopTree(pid, 'SIGTERM');
    if (pids.length === 0)
        return Promise.resolve();
    return new Promise((resolveDone) => {
        const timer = setTimeout(() => {
            for (const pid of pids)
                if (running.has(pid))
                    void stopTree(pid, 'SIGKILL');
            resolveDone();
        }, KILL_GRACE_MS);
        timer.unref();
        const poll = setInterval(() => {
            if (pids.every((p) => !running.has(p))) {
                clearInterval(poll);
                clearTimeout(timer);
                resolveDone();
            }
        }, 50);
        poll.unref();
    });
}
/** The last `max` bytes of a stream, and how many came before them. */
class Tail {
    max;
    chunks = [];
    size = 0;
    dropped = 0;
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        if (chunk.length >= this.max) {
            this.dropped += this.size + chunk.length - this.max;
            // A copy: a view would keep the whole chunk alive.
            this.chunks = [Buffer.from(chunk.subarray(chunk.length - this.max))];
            this.size = this.max;
            return;
        }
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.max) {
            const first = this.chunks[0];
            const over = this.size - this.max;
            if (first.length <= over) {
                this.chunks.shift();
                this.size -= first.length;
                this.dropped += first.length;
            }
            else {
                this.chunks[0] = first.subarray(over);
                this.size -= over;
                this.dropped += over;
            }
        }
    }
    /** The kept bytes as text; when the start was dropped, from the first whole line on. */
    text() {
        const s = Buffer.concat(this.chunks).toString('utf8');
        if (this.dropped === 0)
            return s;
        const nl = s.indexOf('\n');
        return nl >= 0 && nl < 64 * 1024 ? s.slice(nl + 1) : s.replace(/^\uFFFD+/, '');
    }
}
/** Splits a byte stream into lines (UTF-8 safe across chunks), each cut at `max` characters. */
class LineSplitter {
    onLine;
    max;
    partial = '';
    cut = 0;
    decoder = new StringDecoder('utf8');
    constructor(onLine, max = MAX_LINE_CHARS) {
        this.onLine = onLine;
        this.max = max;
    }
    write(chunk) {
        this.feed(this.decoder.write(chunk));
    }
    end() {
        this.feed(this.decoder.end());
        if (this.partial !== '' || this.cut > 0)
            this.emit();
    }
    feed(text) {
        for (let start = 0;;) {
            const nl = text.indexOf('\n', start);
            this.append(nl < 0 ? text.slice(start) : text.slice(start, nl));
            if (nl < 0)
                return;
            this.emit();
            start = nl + 1;
        }
    }
    append(piece) {
        const room = Math.max(0, this.max - this.partial.length);
        if (piece.length <= room)
            this.partial += piece;
        else {
            this.partial += piece.slice(0, room);
            this.cut += piece.length - room;
        }
    }
    emit() {
        const line = this.partial.replace(/\r$/, '');
        const note = this.cut > 0 ? ` … [${this.cut} characters cut]` : '';
        this.partial = '';
        this.cut = 0;
        this.onLine(line + note);
    }
}
/** Reads one output stream of a child: echoed, split into lines for a callback, its tail kept. */
function readStream(stream, keep, 
/** Where the output is copied as it arrives (the stage's log or our stdout); none when not echoed. */
echo, onLine) {
    const tail = new Tail(keep);
    const lines = onLine ? new LineSplitter(onLine) : undefined;
    stream.on('data', (chunk) => {
        tail.push(chunk);
        echo?.write(chunk);
        lines?.write(chunk);
        holdWhileStdoutIsFull(stream);
    });
    return { tail, ...(lines ? { lines } : {}) };
}
/**
 * Backpressure from our own stdout. Written to a pipe (the runner reads the step's log through
 * one), stdout queues what its reader has not taken yet in memory; a child that prints faster
 * than that reader would grow the queue without bound. Whatever a chunk made us print (the echo,
 * or log lines written by a line handler), the child's stream waits until stdout has drained.
 */
function holdWhileStdoutIsFull(stream) {
    if (!process.stdout.writableNeedDrain)
        return;
    stream.pause();
    process.stdout.once('drain', () => stream.resume());
}
/** Runs a program with an argv array. Never throws for a failing program: look at `code`. */
const exec_exec = (cmd, args, opts = {}) => {
    if (cancelled)
        return Promise.resolve({ code: 130, stdout: '', stderr: '', ms: 0, killed: 'cancelled' });
    const started = Date.now();
    const echo = opts.echo ?? 'all';
    const keep = opts.keepBytes ?? OUTPUT_TAIL_BYTES;
    // The running stage's own log when stages overlap (see stage-log.ts), else our stdout.
    const sink = outputSink();
    const child = spawn(cmd, [...args], {
        cwd: opts.cwd,
        env: opts.env ?? process.env,
        shell: false,
        detached: process.platform !== 'win32',
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
    });
    const out = readStream(child.stdout, keep, echo === 'all' ? sink : undefined, opts.onStdoutLine);
    const err = readStream(child.stderr, keep, echo !== 'none' ? sink : undefined, opts.onStderrLine);
    const state = {};
    if (child.pid !== undefined)
        running.add(child.pid);
    let timer;
    let closed = false;
    child.stdin.on('error', () => {
        /* child exited before reading its input */
    });
    const feed = (text) => {
        if (closed)
            return;
        timer = stopAfter(child, opts.timeoutMs, state);
        child.stdin.end(text);
    };
    if (typeof opts.input === 'object')
        void opts.input.then(feed, () => feed(''));
    else
        feed(opts.input ?? '');
    child.on('error', (e) => {
        state.spawnError = e.message;
    });
    const leftovers = stopLeftovers(child);
    return new Promise((resolveResult) => {
        child.on('close', (code, signal) => {
            closed = true;
            if (timer)
                clearTimeout(timer);
            leftovers.cancel();
            out.lines?.end();
            err.lines?.end();
            if (cancelled && signal)
                state.killed = state.killed ?? 'cancelled';
            const res = resultOf(cmd, code, signal, out.tail, err.tail, state);
            // A stopped child's result waits for the rest of its tree (a build's rustc, the cache worker's
            // tar): whoever cleans up after it must not race processes still writing.
            const gone = (state.killed || cancelled) && child.pid !== undefined ? treeGone(child.pid) : Promise.resolve();
            void gone.then(() => {
                if (child.pid !== undefined)
                    running.delete(child.pid);
                resolveResult({ ...res, ms: Date.now() - started });
            });
        });
    });
};
/** Stops the child's tree after timeoutMs (marking it timed out); the timer, or none without a bound. */
function stopAfter(child, timeoutMs, state) {
    if (timeoutMs === undefined || child.pid === undefined)
        return undefined;
    const pid = child.pid;
    const timer = setTimeout(() => {
        state.killed = 'timeout';
        terminate(pid);
    }, timeoutMs);
    timer.unref();
    return timer;
}
/**
 * 'close' waits for the output pipes, which a background process the child started (and left
 * running) may hold open forever. Once the child itself has exited, give its output a moment,
 * then stop what is left of its process group and stop waiting.
 */
function stopLeftovers(child) {
    let leftovers;
    child.on('exit', () => {
        if (child.pid === undefined)
            return;
        const pid = child.pid;
        leftovers = setTimeout(() => {
            void stopTree(pid, 'SIGTERM');
            setTimeout(() => void stopTree(pid, 'SIGKILL'), KILL_GRACE_MS).unref();
            child.stdout.destroy();
            child.stderr.destroy();
        }, LEFTOVER_GRACE_MS);
        leftovers.unref();
    });
    return { cancel: () => leftovers && clearTimeout(leftovers) };
}
function resultOf(cmd, code, signal, out, err, state) {
    const { killed, spawnError } = state;
    const exitCode = spawnError ? 127 : (code ?? 128 + (signal ? (SIGNAL_NUMBERS[signal] ?? 1) : 1));
    const stderr = err.text();
    return {
        code: exitCode,
        stdout: out.text(),
        // A program that could not start printed nothing: say why where callers look for the reason.
        stderr: spawnError && stderr === '' ? `${cmd} could not be started: ${spawnError}\n` : stderr,
        ...(out.dropped ? { stdoutDropped: out.dropped } : {}),
        ...(err.dropped ? { stderrDropped: err.dropped } : {}),
        ms: 0,
        ...(killed ? { killed } : {}),
        ...(spawnError ? { spawnError } : {}),
    };
}
/** Formats an argv for logs, quoting arguments that contain spaces or shell metacharacters. */
function formatCommand(cmd, args) {
    return [cmd, ...args]
        .map((a) => (a === '' || /[^\w@%+=:,./-]/.test(a) ? `'${a.replace(/'/g, `'\\''`)}'` : a))
        .join(' ');
}

;// CONCATENATED MODULE: ./src/inputs/specs.ts
// The single list of inputs: action.yml, the README's tables and the CLI's options and --help are
// generated from INPUT_SPECS (npm run gen:action; a unit test checks action.yml), and InputName,
// derived from it, is the only way code names an input: a misspelt name does not compile.
/** Every stage, in the order a run takes them (pipeline order: fmt, clippy, test, coverage, audit, deny, build, docker, publish). */
const STAGES = ['fmt', 'clippy', 'test', 'coverage', 'audit', 'deny', 'build', 'docker', 'publish'];
/** Most shards a planned test cell may be split into (GitHub runs at most 256 jobs per matrix). */
const MAX_PARTITIONS = 64;
/** Every input, in the order action.yml and the README list them. */
const INPUT_SPECS = [
    {
        name: 'stages',
        default: 'fmt, clippy, test',
        description: `Stages to run, separated by commas or newlines, in any order (they always run in pipeline order). Allowed: ${STAGES.join(', ')}.`,
    },
    {
        name: 'working-directory',
        default: '.',
        description: 'Directory holding the Cargo.toml of the crate or workspace, relative to the repository root.',
    },
    {
        name: 'toolchains',
        default: '',
        description: 'Toolchains for the test matrix, e.g. "stable, beta, 1.80": a rustup channel or version, "msrv" (the rust-version in Cargo.toml) or "stable-N" (N releases before the installed stable, e.g. stable-2). Empty: the one rust-toolchain(.toml) names, else stable. The first one that is not msrv also runs fmt, clippy and the other stages.',
    },
    {
        name: 'feature-sets',
        default: 'default',
        description: 'Feature sets for the test matrix, separated by commas or newlines: "default", "all" (--all-features), "none" (--no-default-features), or features joined by "+" (e.g. "serde+tokio", "none+std").',
    },
    {
        name: 'parallel',
        default: 'true',
        description: 'Run stages that do not compete for the build directory at the same time (fmt beside clippy, audit beside the builds), each log printed whole. false: one stage after another.',
    },
    { name: 'fail-fast', default: 'false', description: 'Stop the test matrix at the first failing cell.' },
    {
        name: 'test-runner',
        default: 'cargo',
        description: 'Test runner: "cargo" (cargo test) or "nextest" (cargo nextest run, then cargo test --doc).',
    },
    {
        name: 'test-args',
        default: '',
        description: 'Extra arguments for cargo test, e.g. "--workspace". Split like a shell would split them, but never run through a shell.',
    },
    {
        name: 'clippy-args',
        default: '',
        description: 'Extra arguments passed to clippy after "--", e.g. "-W clippy::pedantic".',
    },
    { name: 'clippy-deny-warnings', default: 'true', description: 'Treat clippy warnings as errors (-D warnings).' },
    {
        name: 'max-annotations',
        default: '20',
        description: 'Most annotations emitted per step (errors first); the summary says how many more there were.',
    },
    {
        name: 'cache',
        default: 'true',
        description: 'Restore and save the shared cache (cargo registry, git deps, target/, tools, advisory DB).',
    },
    { name: 'shared-key', default: '', description: 'Cache key shared across jobs; replaces the job id in the key.' },
    {
        name: 'cache-key-suffix',
        default: '',
        description: 'Extra text added to the cache key and to every restore key, to start a fresh cache.',
    },
    { name: 'cache-on-failure', default: 'false', description: 'Save the cache even when the pipeline failed.' },
    {
        name: 'cache-save',
        default: 'auto',
        description: 'When to save the cache: "auto" (on push, schedule, workflow_dispatch and merge_group; on pull_request only when nothing was restored; on no other event), "always", "never", or "true"/"false" (e.g. the expression github.ref == \'refs/heads/main\'). pull_request_target, workflow_run and issue_comment runs share the base branch\'s cache scope while testing other code: they save only with "always", never with "true".',
    },
    {
        name: 'cache-directories',
        default: '',
        description: 'Extra paths to cache, separated by newlines or commas, inside the workspace or the home directory (~ and $HOME are expanded). Credential locations (~/.ssh, ~/.aws, ~/.docker, cargo credentials, …) and glob patterns are refused.',
    },
    {
        name: 'cache-restore-timeout',
        default: '120',
        description: 'Seconds the cache restore may take before it is abandoned (the run then continues cold).',
    },
    {
        name: 'coverage-fail-under',
        default: '',
        description: 'Fail the coverage stage when line coverage is below this percent (0-100). Empty: never fail on coverage.',
    },
    {
        name: 'coverage-dir',
        default: 'coverage',
        description: 'Directory (relative to working-directory) for the Cobertura XML, lcov and JSON coverage files.',
    },
    { name: 'tarpaulin-args', default: '', description: 'Extra arguments for cargo tarpaulin.' },
    {
        name: 'audit-db',
        default: '',
        description: 'Path to a local RustSec advisory database (a git checkout). Empty: the cached copy, fetched when older than a day.',
    },
    {
        name: 'audit-ignore',
        default: '',
        description: 'Advisory ids to ignore, separated by commas or newlines (e.g. RUSTSEC-2020-0071).',
    },
    {
        name: 'audit-deny-warnings',
        default: 'false',
        description: 'Fail the audit stage on warnings too (unmaintained, unsound, yanked).',
    },
    {
        name: 'deny-config',
        default: '',
        description: "cargo-deny configuration for the deny stage (relative to working-directory). Empty: deny.toml of the workspace when there is one, else cargo-deny's defaults without the licenses check.",
    },
    {
        name: 'deny-checks',
        default: 'advisories, bans, licenses, sources',
        description: 'Checks the deny stage runs, separated by commas or newlines. Allowed: advisories, bans, licenses, sources.',
    },
    {
        name: 'auditable',
        default: 'true',
        description: 'Build release binaries with cargo auditable (the dependency list embedded in the binary) and check each with cargo audit bin before it ships.',
    },
    {
        name: 'tool-mirror',
        default: '',
        description: 'Base URL to download prebuilt cargo tools from instead of their GitHub releases (for GHES or a mirror), laid out as <base>/<tool>/<version>/<release archive>. An archive is only downloaded when its sha256 is known (built-in table or the RUST_PIPELINE_TOOL_CHECKSUMS file); otherwise the tool is built with cargo install.',
    },
    { name: 'cargo-audit-version', default: '0.22.2', description: 'cargo-audit version to use.' },
    { name: 'cargo-tarpaulin-version', default: '0.37.2', description: 'cargo-tarpaulin version to use.' },
    {
        name: 'cargo-nextest-version',
        default: '0.9.123',
        description: 'cargo-nextest version to use when test-runner is nextest.',
    },
    { name: 'cargo-deny-version', default: '0.20.2', description: 'cargo-deny version to use (deny stage).' },
    {
        name: 'cargo-auditable-version',
        default: '0.7.7',
        description: 'cargo-auditable version to use for auditable release builds.',
    },
    {
        name: 'target',
        default: '',
        description: 'Target triple for the build stage, e.g. x86_64-unknown-linux-musl. Empty: the host. Same as a one-element targets.',
    },
    {
        name: 'targets',
        default: '',
        description: 'Target triples for the build stage, separated by commas or newlines (e.g. x86_64-unknown-linux-musl, aarch64-unknown-linux-gnu, x86_64-pc-windows-gnu): each is built, its header verified and packed into a reproducible <bin>-<version>-<target>.tar.gz (.zip for Windows) with a SHA256SUMS. Foreign Linux and Windows targets get their C cross toolchain (apt-get) and missing standard libraries (rustup target add). Empty: the target input.',
    },
    {
        name: 'archive-files',
        default: '',
        description: "Files packed beside the binary in each release archive, relative to the package's directory, separated by commas or newlines. Empty: the package's README*, LICENSE* and CHANGELOG*.",
    },
    {
        name: 'static',
        default: 'auto',
        description: 'Build a statically linked binary and verify it: "true", "false", or "auto" (true for linux targets).',
    },
    {
        name: 'profile',
        default: 'release',
        description: 'Build profile: "release", or "size" (opt-level z, lto, codegen-units 1, strip, panic abort; set through CARGO_PROFILE_RELEASE_* env, your files are not edited).',
    },
    { name: 'bin', default: '', description: "Binary to build. Empty: the package's only binary." },
    {
        name: 'docker-image',
        default: '',
        description: 'Image name(s) to build and push, separated by commas or newlines, e.g. ghcr.io/acme/svc.',
    },
    {
        name: 'dockerfile',
        default: '',
        description: 'Dockerfile to build. Empty: the Dockerfile in working-directory, else a generated FROM scratch one around the static binary.',
    },
    {
        name: 'docker-context',
        default: '',
        description: 'Build context. Empty: working-directory (or a temporary context holding only the binary for the generated Dockerfile).',
    },
    { name: 'docker-build-args', default: '', description: 'Build arguments, one KEY=VALUE per line.' },
    {
        name: 'docker-labels',
        default: '',
        description: 'Extra image labels, one KEY=VALUE per line (OCI labels are added automatically).',
    },
    {
        name: 'docker-platforms',
        default: '',
        description: 'Image platforms, e.g. linux/amd64,linux/arm64. Empty: one per Linux binary the build stage made (x86_64-*-linux-* → linux/amd64, aarch64-*-linux-* → linux/arm64, armv7-*-linux-* → linux/arm/v7); each entry needs a binary built for it. Several platforms: one image each, pushed by digest, and one manifest list per tag (no buildx needed).',
    },
    {
        name: 'docker-tags',
        default: '',
        description: 'Extra tags, separated by commas or newlines. Start the list with "!" to use only these tags instead of the ones derived from the git ref.',
    },
    {
        name: 'push',
        default: 'auto',
        description: 'Push the image: "true", "false", or "auto" (push only version tags such as v1.2.3: on push events, published releases and workflow_dispatch runs on the tag; never on branches or pull requests).',
    },
    {
        name: 'docker-registry',
        default: '',
        description: 'Registry to log in to, as host or host:port (e.g. ghcr.io, registry.example.com:5000). Empty: derived from the image name (docker.io when it has no host).',
    },
    { name: 'docker-username', default: '', description: 'Registry user name.' },
    {
        name: 'docker-password',
        default: '',
        description: 'Registry password or token; passed to docker with --password-stdin only, and masked.',
    },
    {
        name: 'push-retries',
        default: '3',
        description: 'How many times a push is retried (with backoff) after a network error.',
    },
    {
        name: 'github-release',
        default: 'auto',
        description: 'When the publish stage (and mode: merge of a release matrix) publishes the GitHub Release of the tag with every archive and SHA256SUMS: "auto" (on a push of a version tag such as v1.2.3 and on a published release event; never on branches or pull requests), "true" (on any run on a tag; a ref that is not a tag is an error) or "false".',
    },
    {
        name: 'github-token',
        default: '${{ github.token }}',
        description: "Token for publishing the GitHub Release; it needs the contents: write permission. Default: the job's token. Masked, and passed to no command or child process.",
    },
    {
        name: 'smoke-test',
        default: 'auto',
        description: 'Run the image before any push: "http" (start it, wait for a 2xx on health-path, stop it with SIGTERM and require exit 0 within stop-timeout), "command" (run it once with smoke-args, require exit 0), "none", or "auto" (http when health-port is set or the image EXPOSEs a port, else none).',
    },
    {
        name: 'health-path',
        default: '/health',
        description: 'The path the http smoke test polls with GET until it answers 2xx; starts with "/".',
    },
    {
        name: 'health-port',
        default: '',
        description: "The container port the http smoke test polls (1-65535); the image must EXPOSE it. Empty: the image's first exposed TCP port. The generated FROM scratch image EXPOSEs it.",
    },
    {
        name: 'health-timeout',
        default: '30',
        description: 'Seconds the http smoke test waits for the image to answer health-path with a 2xx (1-600).',
    },
    {
        name: 'stop-timeout',
        default: '10',
        description: 'Grace period in seconds after SIGTERM (docker stop -t) within which the smoke-tested container must exit with code 0 (0-300).',
    },
    {
        name: 'smoke-args',
        default: '--version',
        description: 'Arguments for the command smoke test (smoke-test: command), split like a shell would (no expansion).',
    },
    {
        name: 'mode',
        default: 'run',
        description: 'What this step does: "run" (the stages), "plan" (set the matrix output for a strategy.matrix of one job per cell; runs no cargo) or "merge" (one summary, outputs and annotations from the JSON reports of the cell jobs).',
    },
    {
        name: 'os',
        default: '',
        description: 'Runner labels the planned matrix runs on, separated by commas or newlines (mode: plan), e.g. "ubuntu-latest, windows-latest". Empty: the current runner\'s image, derived from ImageOS (ubuntu24 → ubuntu-24.04, win22 → windows-2022, macos14 → macos-14; "-arm" on ARM64 Linux), else from RUNNER_OS (ubuntu-latest, windows-latest, macos-latest).',
    },
    {
        name: 'partitions',
        default: '1',
        description: `Shards per test cell in the planned matrix (1-${MAX_PARTITIONS}); each shard runs "cargo nextest run --partition hash:k/N" in its own job and doc tests run in shard 1 only. More than 1 needs test-runner: nextest.`,
    },
    {
        name: 'cell',
        default: '',
        description: 'One entry of the planned matrix as JSON (e.g. the expression toJSON(matrix)): the test stage runs exactly that cell (toolchain, feature set, shard) and the report records it. Other fields are ignored.',
    },
    {
        name: 'reports',
        default: '',
        description: 'mode: merge: the folder (searched recursively, e.g. the download-artifact path) or glob (e.g. "reports/**/report.json") of the cell jobs\' JSON reports.',
    },
    {
        name: 'matrix',
        default: '',
        description: 'mode: merge: the planned matrix JSON (the expression needs.plan.outputs.matrix), so that a planned cell without a report is named as missing.',
    },
];
const SPEC_BY_NAME = new Map(INPUT_SPECS.map((s) => [s.name, s]));
/** The spec of one input. */
function inputSpec(name) {
    const spec = SPEC_BY_NAME.get(name);
    if (!spec)
        throw new Error(`internal: unknown input ${name}`);
    return spec;
}
/** What a step does: run the stages, plan a job matrix, or merge the reports of its jobs. */
const MODES = (/* unused pure expression or super */ null && (['run', 'plan', 'merge']));
/** The cargo-deny checks, in cargo-deny's order. */
const DENY_CHECKS = (/* unused pure expression or super */ null && (['advisories', 'bans', 'licenses', 'sources']));

;// CONCATENATED MODULE: ./src/child-env.ts
// The one rule for the environment of every process this action starts (cargo, rustc, build
// scripts, proc macros, tests, installed tools, docker): what a plain `run:` step would get, and
// nothing the runner hands only to actions. Build scripts and tests are the repository's code; on a
// fork's pull request they are hostile. Only the cache worker gets the cache service's credentials.
// docs/security.md explains why each group is dropped, and what this cannot prevent.

/** Variables the cache worker (and only it) needs to talk to the cache service. */
const CACHE_SERVICE_VARS = (/* unused pure expression or super */ null && ([
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_CACHE_URL',
    'ACTIONS_CACHE_MODE',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
]));
/** ACTIONS_* variables that are switches, not credentials: a `run:` step sees them too. */
const KEPT_ACTIONS_VARS = new Set(['ACTIONS_STEP_DEBUG', 'ACTIONS_RUNNER_DEBUG']);
/**
 * The step's own file commands. A child that could write them could forge this action's outputs
 * and summary (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), the state the post step reads (GITHUB_STATE),
 * or the environment and PATH of every later step, this action's post step included (GITHUB_ENV,
 * GITHUB_PATH: e.g. NODE_OPTIONS=--require …, run with the cache token in hand).
 */
const STEP_FILE_COMMANDS = (/* unused pure expression or super */ null && (['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH']));
/** The CLI's variable for each input: docker-password → RUST_PIPELINE_DOCKER_PASSWORD. */
const CLI_INPUT_VARS = new Set(INPUT_SPECS.map((s) => `RUST_PIPELINE_${s.name.toUpperCase().replace(/-/g, '_')}`));
/** Why a variable is kept from child processes; undefined when a child may see it. */
function droppedBecause(name, value, secrets = []) {
    const upper = name.toUpperCase();
    if (upper.startsWith('ACTIONS_') && !KEPT_ACTIONS_VARS.has(upper))
        return 'runner credential for actions';
    if (STEP_FILE_COMMANDS.includes(upper))
        return "the step's file command";
    if (upper.startsWith('INPUT_'))
        return 'action input';
    if (upper.startsWith('STATE_'))
        return 'action state';
    // The CLI's inputs (RUST_PIPELINE_DOCKER_PASSWORD, …): inputs, like INPUT_*. Other RUST_PIPELINE_*
    // variables (the tool checksum table, the test clock) are settings the pipeline itself reads.
    if (CLI_INPUT_VARS.has(upper))
        return 'command-line input';
    if (holdsSecret(value, secrets))
        return 'holds a secret';
    return undefined;
}
/** A value equal to a secret, or one that embeds it (a secret of 4 characters or more: shorter ones match by chance). */
function holdsSecret(value, secrets) {
    return secrets.some((s) => s !== '' && (value === s || (s.length >= 4 && value.includes(s))));
}
function cleanSecrets(o) {
    return (o.secrets ?? []).filter((s) => typeof s === 'string' && s !== '');
}
/** The environment for every child process: `env` without what the runner gives only to actions. */
function child_env_childEnv(env, o = {}) {
    const secrets = cleanSecrets(o);
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        if (droppedBecause(name, value, secrets) === undefined)
            out[name] = value;
    }
    return out;
}
/**
 * The environment for the cache worker: a child's environment plus the cache service's credentials,
 * taken from `env` or else from `credentials` (the runner's own environment, when `env` is already a
 * child's); never the docker password, even under a cache variable's name.
 */
function child_env_cacheWorkerEnv(env, o = {}) {
    const secrets = cleanSecrets(o);
    const out = child_env_childEnv(env, o);
    for (const name of CACHE_SERVICE_VARS) {
        const value = env[name] ?? o.credentials?.[name];
        if (value !== undefined && !holdsSecret(value, secrets))
            out[name] = value;
    }
    return out;
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
/** Asks once per run and key; a failure is forgotten once it is known, so the next caller asks again. */
function ask(deps, key, question) {
    let asked = runs.get(deps);
    if (!asked)
        runs.set(deps, (asked = new Map()));
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
    let asked = runs.get(deps);
    if (!asked)
        runs.set(deps, (asked = new Map()));
    if (!asked.has(key))
        asked.set(key, Promise.resolve({ ok: true, value }));
}
/** This run's `cargo metadata` answer for deps.cwd and `toolchain`, known without asking cargo. */
function metadata_knownCargoMetadata(deps, toolchain, value) {
    knowAnswer(deps, `metadata|${deps.cwd}|${toolchain ?? ''}`, value);
}
/** This run's `rustc -vV` of `toolchain`, known without asking rustc. */
function metadata_knownRustcVersion(deps, toolchain, text) {
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
function metadata_cargoMetadata(deps, toolchain, opts = {}) {
    return ask(deps, `metadata|${deps.cwd}|${toolchain ?? ''}`, async () => {
        const c = metadataCommand();
        const res = await deps.exec('cargo', c.args, {
            cwd: deps.cwd,
            env: { ...deps.env, ...toolchainEnv(toolchain) },
            echo: opts.echo ?? 'none',
            keepBytes: WHOLE_OUTPUT_BYTES,
            ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
        });
        if (res.code !== 0)
            return { ok: false, res, why: failure('cargo metadata', res) };
        if (res.stdoutDropped)
            return { ok: false, res, why: `cargo metadata printed more than ${formatBytes(WHOLE_OUTPUT_BYTES)}` };
        try {
            return { ok: true, value: parseCargoMetadata(res.stdout) };
        }
        catch (e) {
            return { ok: false, res, why: `cargo metadata printed something else than metadata: ${e.message}` };
        }
    });
}
/** The full `rustc -vV` text of `toolchain`, once per run. */
function metadata_rustcVersion(deps, toolchain, opts = {}) {
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
    const meta = await metadata_cargoMetadata(deps, toolchain);
    return (meta.ok && meta.value.workspaceRoot) || deps.cwd;
}
/**
 * Whether the workspace has a Cargo.lock, i.e. whether cargo should run with --locked. Cargo uses
 * the workspace root's lockfile, also when the working directory is a member.
 */
async function workspaceHasLockfile(deps, toolchain) {
    return existsSync(join(await workspaceRoot(deps, toolchain), 'Cargo.lock'));
}

;// CONCATENATED MODULE: ./src/cargo/rustup-home.ts
// What rustup has installed, read from RUSTUP_HOME without starting rustup.




function rustup_home_rustupHome(env) {
    return env.RUSTUP_HOME || join(homedir(), '.rustup');
}
function rustupOnPath(env) {
    const names = process.platform === 'win32' ? ['rustup.exe'] : ['rustup'];
    return (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && names.some((n) => existsSync(join(dir, n))));
}
/**
 * The installed toolchains, read from RUSTUP_HOME/toolchains: what `rustup toolchain list`
 * prints, without starting rustup. Undefined when rustup is not on PATH or the folder cannot be
 * read (then rustup is asked).
 */
function rustup_home_installedOnDisk(env) {
    if (!rustupOnPath(env))
        return undefined;
    try {
        return readdirSync(join(rustup_home_rustupHome(env), 'toolchains'), { withFileTypes: true })
            .filter((d) => (d.isDirectory() || d.isSymbolicLink()) && !d.name.startsWith('.'))
            .map((d) => d.name)
            .sort();
    }
    catch {
        return undefined;
    }
}
/** True when `toolchain` is known to be installed (from RUSTUP_HOME, without asking rustup). */
function rustup_home_toolchainOnDisk(env, toolchain) {
    if (toolchain === undefined)
        return false;
    const installed = rustup_home_installedOnDisk(env);
    return installed !== undefined && findInstalled(installed, toolchain) !== undefined;
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
const table_TOOL_NAMES = (/* unused pure expression or super */ null && (['cargo-audit', 'cargo-tarpaulin', 'cargo-nextest', 'cargo-deny', 'cargo-auditable']));
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

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./src/cache/key.ts
// The cache key: what decides whether a saved cache fits this run. Pure functions, apart from
// findKeyFiles, which lists the files that go into the key.





/** Bumped when the layout of a cache entry changes, so old entries are never restored. */
const KEY_PREFIX = 'rust-pipeline-v1';
function sha(text, length) {
    return createHash('sha256').update(text).digest('hex').slice(0, length);
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
function key_cacheKeys(p) {
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
const ENV_PREFIXES = (/* unused pure expression or super */ null && ([
    'CARGO_PROFILE_',
    'CARGO_BUILD_',
    'CARGO_TARGET_',
    'CARGO_UNSTABLE_',
    'CC_',
    'CFLAGS_',
    'CXX_',
    'CXXFLAGS_',
]));
/** Never part of a key: they only say where things are, or they are secrets. */
const ENV_IGNORED = new Set(['CARGO_TARGET_DIR', 'CARGO_BUILD_TARGET_DIR', 'CARGO_BUILD_JOBS']);
const SECRET_NAME = /TOKEN|PASSWORD|SECRET|CREDENTIAL|_KEY$/i;
/** The environment variables that change what cargo and rustc produce (names and values). */
function key_relevantEnv(env) {
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
        const doc = parseToml(text);
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
        const doc = parseToml(text);
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
    const name = basename(path);
    return KEY_FILES.has(name) || (CONFIG_FILES.has(name) && basename(dirname(path)) === '.cargo');
}
/**
 * Every file that goes into the key: Cargo.toml, Cargo.lock, rust-toolchain(.toml) and
 * .cargo/config(.toml) anywhere under `cwd` (target/, .git and node_modules skipped), the same
 * names in the directories from `cwd` up to `repoRoot` (a workspace root or config above the
 * crate), and the user's $CARGO_HOME/config(.toml). Sorted, absolute.
 */
function key_findKeyFiles(cwd, repoRoot, cargoHome, skip = []) {
    const found = new Set();
    const skipped = new Set(skip);
    walkTree(cwd, (p, st, depth) => {
        const name = basename(p);
        if (st.isDirectory())
            return !(SKIP_DIRS.has(name) || skipped.has(p) || depth > 12 || (name.startsWith('.') && name !== '.cargo'));
        if (isKeyFile(p))
            found.add(p);
    }, { follow: true });
    let cur = dirname(cwd);
    const inside = (d) => d === repoRoot || d.startsWith(repoRoot.endsWith(sep) ? repoRoot : repoRoot + sep);
    while (inside(cur) && cur !== cwd) {
        for (const name of [...KEY_FILES, join('.cargo', 'config'), join('.cargo', 'config.toml')]) {
            const p = join(cur, name);
            if (existsSync(p))
                found.add(p);
        }
        const up = dirname(cur);
        if (up === cur)
            break;
        cur = up;
    }
    for (const name of ['config', 'config.toml']) {
        const p = join(cargoHome, name);
        if (existsSync(p))
            found.add(p);
    }
    return [...found].sort();
}
/**
 * Reads the key files into the key's `files`: paths relative to repoRoot, the cargo home's config
 * as `$CARGO_HOME/<name>` (no absolute path reaches the key), contents normalized.
 */
function key_readKeyFiles(paths, repoRoot, cargoHome) {
    return paths.map((p) => {
        const text = readFileSync(p, 'utf8');
        const name = basename(p);
        const content = name === 'Cargo.toml' ? normalizeManifest(text) : name === 'Cargo.lock' ? normalizeLockfile(text) : text;
        const inHome = cargoHome !== undefined && dirname(p) === cargoHome ? `$CARGO_HOME/${name}` : undefined;
        return { path: repoRelative(p, repoRoot, repoRoot) ?? inHome ?? p, content };
    });
}
/** `name@version` of every registry or git package in a Cargo.lock (the workspace's own ones left out). */
function key_lockedPackages(text) {
    const out = new Set();
    try {
        const doc = parseToml(text);
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
        const s = JSON.parse(readFileSync(join(dir, FILE), 'utf8'));
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
function key_answers_toolchainBinaryIdentity(env, toolchain, binary) {
    const installed = installedOnDisk(env);
    const dir = installed && findInstalled(installed, toolchain);
    if (!dir)
        return undefined;
    try {
        const path = realpathSync(join(rustupHome(env), 'toolchains', dir, 'bin', binary));
        const st = statSync(path);
        return `${toolchain}|${path}|${st.size}|${st.mtimeMs}|${st.ino}`;
    }
    catch {
        return undefined;
    }
}
/** The fingerprint a metadata answer is kept under; undefined when the toolchain's cargo cannot be told from disk. */
function key_answers_metadataFingerprint(f) {
    const cargo = key_answers_toolchainBinaryIdentity(f.env, f.toolchain, 'cargo');
    if (!cargo)
        return undefined;
    // Where the target dir is comes from these too; the key leaves them out (they do not change what is built).
    const places = ['CARGO_TARGET_DIR', 'CARGO_BUILD_TARGET_DIR', 'CARGO_HOME'].map((n) => f.env[n] ?? null);
    const h = createHash('sha256').update(JSON.stringify([f.cwd, cargo, places, Object.entries(f.keyEnv).sort()]));
    for (const file of f.files) {
        h.update(`\0${file}\0`);
        try {
            h.update(readFileSync(file));
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
class key_answers_KeyAnswers {
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
        const tmp = join(this.dir, `${FILE}.${process.pid}`);
        try {
            mkdirSync(this.dir, { recursive: true });
            writeFileSync(tmp, JSON.stringify(stored));
            renameSync(tmp, join(this.dir, FILE));
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
        { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }[platform()] ??
        platform());
}
/** Runner architecture as GitHub names it (RUNNER_ARCH), else from the platform. */
function runnerArch(env) {
    return (env.RUNNER_ARCH ??
        { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' }[arch()] ??
        arch());
}
const slashed = (p) => p.split(sep).join('/');
/**
 * The entry's paths as they are handed to the cache library, which scopes an entry by a hash of
 * this list: below the workspace relative to it (`target`), below the home directory from `~`
 * (`~/.cargo/registry/cache`), anything else absolute. Two checkouts at different places, with
 * CARGO_HOME at the same place relative to them, then name the same entry. The library's glob
 * allows no `..`, hence `~` rather than `../../.cargo`; the key's layout part (entryLayout)
 * keeps apart checkouts whose CARGO_HOME lies elsewhere relative to them.
 */
function plan_libraryPaths(paths, workspace, home) {
    return paths.map((p) => {
        if (isInside(p, workspace))
            return slashed(relative(workspace, p)) || '.';
        if (isAbsolute(home) && isInside(p, home) && relative(home, p) !== '')
            return `~/${slashed(relative(home, p))}`;
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
    return paths.filter((p) => !isInside(p, workspace)).map((p) => slashed(relative(workspace, p)));
}
function expandHome(p, env) {
    return p === '~' || p.startsWith('~/') ? join(env.HOME ?? homedir(), p.slice(1)) : p;
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
    const targetDir = targetDirOf(ctx.cwd, ctx.env, had.answer.targetDirectory);
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
        findKeyFiles(ctx.cwd, ctx.repoRoot, cargoHome, [targetDirOf(ctx.cwd, ctx.env, meta.targetDirectory)]);
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
        return isAbsolute(p) ? p : resolve(ctx.cwd, p);
    });
    const paths = [
        ...(o.withCargoHome
            ? [join(cargoHome, 'registry', 'index'), join(cargoHome, 'registry', 'cache'), join(cargoHome, 'git', 'db')]
            : []),
        targetDir,
        // The tools, one directory each; the advisory database beside them has a daily entry of its own.
        ...(o.toolDir ? TOOL_NAMES.map((t) => join(o.toolDir, t)) : []),
        ...extra,
    ];
    return [...new Set(paths)];
}
async function planCache(ctx, o) {
    const cargoHome = cargoHomeOf(ctx.env);
    const env = relevantEnv(ctx.env);
    const { meta, rustc, files } = await keyQuestions(ctx, cargoHome, env);
    const targetDir = targetDirOf(ctx.cwd, ctx.env, meta.targetDirectory);
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
        lockfiles: files.filter((f) => basename(f) === 'Cargo.lock'),
        keyFiles: keyFiles.map((f) => f.path),
        envNames: Object.keys(env).sort(),
        rustc: rustc.map((r) => `${r.toolchain}: ${r.version.split('\n')[0]}`),
    };
}
/** Every registry/git package version the workspace's lockfiles pin. */
function lockedSet(lockfiles) {
    const out = new Set();
    for (const f of lockfiles) {
        if (!existsSync(f))
            continue;
        for (const p of lockedPackages(readFileSync(f, 'utf8')))
            out.add(p);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/cache/service.ts
// Talks to the GitHub Actions cache service through @actions/cache, run in a worker process
// (dist/cache-worker) that is stopped, with the tar it started, when its time is up.








/** Where the bundled worker lives: next to the running entry point's folder (dist/main → dist/cache-worker). */
function workerScript() {
    return resolve(dirname(process.argv[1] ?? '.'), '..', 'cache-worker', 'index.js');
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
/** How the parent tells the worker to run in the background (cache-worker.ts). */
const WORKER_BACKGROUND_ENV = 'RP_CACHE_WORKER_BACKGROUND';
/**
 * The workers' folders (request, result, and the library's archive: its RUNNER_TEMP) still in use.
 * Removed when the worker ends, and at the latest when this process exits (a signal's deadline exit
 * included), so that a stopped save leaves no archive behind.
 */
const liveDirs = new Set();
let exitCleanup = false;
function removeLiveDirs() {
    for (const d of liveDirs)
        rmSync(d, { recursive: true, force: true });
    liveDirs.clear();
}
function workerDir(tempDir) {
    mkdirSync(tempDir, { recursive: true });
    const dir = mkdtempSync(join(tempDir, 'cache-'));
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
        ...cacheWorkerEnv(o.env, { credentials: process.env }),
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: dir,
        SEGMENT_DOWNLOAD_TIMEOUT_MINS: String(Math.max(1, Math.floor(o.timeoutMs / 60_000))),
        ...(o.background ? { [WORKER_BACKGROUND_ENV]: '1' } : {}),
    };
}
/** The worker's result file, or why there is none. */
function readResult(resultFile, res, out) {
    try {
        return { ...out, ...JSON.parse(readFileSync(resultFile, 'utf8')) };
    }
    catch {
        const why = res.spawnError ?? (res.stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${res.code}`);
        return { ...out, error: `the cache worker stopped without a result: ${why}` };
    }
}
/** A worker with its request file written now (`known`) or when run() is called. */
function launchWorker(o, known) {
    const dir = workerDir(o.tempDir);
    const resultFile = join(dir, 'result.json');
    const requestFile = join(dir, 'request.json');
    // The library stores files relative to the workspace and scopes entries by the path list as
    // given: relative paths (plan.ts libraryPaths), resolved from the workspace (the worker's working
    // directory), keep entries independent of where the checkout is.
    const workspace = workspaceDir(o.env);
    const writeRequest = (req) => {
        const paths = req.workspaceRelative
            ? libraryPaths(req.paths, workspace, o.env.HOME ?? o.env.USERPROFILE ?? homedir())
            : req.paths;
        writeFileSync(requestFile, JSON.stringify({ ...req, paths, resultFile }));
    };
    if (known)
        writeRequest(known);
    // Without a known request, stdin stays open until run() (or cancel()) has one written.
    let send = () => undefined;
    const input = known ? '' : new Promise((r) => (send = r));
    const out = { available: true, warnings: [], ms: 0 };
    const running = o.exec(process.execPath, [o.script ?? workerScript(), requestFile], {
        cwd: workspace,
        env: workerEnv(o, workspace, dir),
        echo: 'none',
        timeoutMs: o.timeoutMs,
        input,
        onStdoutLine: (line) => handleWorkerLine(line, o.log, out),
    });
    const done = () => {
        rmSync(dir, { recursive: true, force: true });
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
        if (!existedBefore.has(p) && existsSync(p)) {
            rmSync(p, { recursive: true, force: true });
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
    const existedBefore = new Set(req.paths.filter((p) => existsSync(p)));
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5660);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
