#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ cli),
  y: () => (/* binding */ cliSetup)
});

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/exec.ts
// The one way this action runs an external program: an argv array (never a shell string),
// output captured (and optionally streamed), every child in its own process group so that
// cancellation can take down cargo and everything cargo started.
//
// Node's child_process is used directly rather than @actions/exec because cancelling needs
// the child's pid (to signal its whole process group), which @actions/exec does not expose.

const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
const running = new Set();
let cancelled = false;
/** Grace period between SIGTERM and SIGKILL when stopping a process group. */
const KILL_GRACE_MS = 1500;
/** True once cancelAll() was called: stages check it to report themselves as cancelled. */
function isCancelled() {
    return cancelled;
}
function signalGroup(pid, sig) {
    try {
        // A negative pid addresses the whole process group (POSIX); on Windows fall back to the child.
        process.kill(process.platform === 'win32' ? pid : -pid, sig);
    }
    catch {
        /* already gone */
    }
}
/** Stops every running child's process group: SIGTERM, then SIGKILL after a grace period. */
function cancelAll() {
    cancelled = true;
    const pids = [...running];
    for (const pid of pids)
        signalGroup(pid, 'SIGTERM');
    if (pids.length === 0)
        return Promise.resolve();
    return new Promise((resolveDone) => {
        const timer = setTimeout(() => {
            for (const pid of pids)
                if (running.has(pid))
                    signalGroup(pid, 'SIGKILL');
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
/** Runs a program with an argv array. Never throws for a failing program: look at `code`. */
const exec = (cmd, args, opts = {}) => {
    const started = Date.now();
    const echo = opts.echo ?? 'all';
    return new Promise((resolveResult) => {
        if (cancelled) {
            resolveResult({ code: 130, stdout: '', stderr: '', ms: 0, killed: 'cancelled' });
            return;
        }
        const child = (0,external_node_child_process_namespaceObject.spawn)(cmd, [...args], {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            shell: false,
            detached: process.platform !== 'win32',
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        const out = [];
        const err = [];
        let partial = '';
        let killed;
        let spawnError;
        if (child.pid !== undefined)
            running.add(child.pid);
        let timer;
        if (opts.timeoutMs !== undefined && child.pid !== undefined) {
            const pid = child.pid;
            timer = setTimeout(() => {
                killed = 'timeout';
                signalGroup(pid, 'SIGTERM');
                setTimeout(() => running.has(pid) && signalGroup(pid, 'SIGKILL'), KILL_GRACE_MS).unref();
            }, opts.timeoutMs);
            timer.unref();
        }
        child.stdout.on('data', (chunk) => {
            out.push(chunk);
            if (echo === 'all')
                process.stdout.write(chunk);
            if (opts.onStdoutLine) {
                const lines = (partial + chunk.toString('utf8')).split('\n');
                partial = lines.pop() ?? '';
                for (const line of lines)
                    opts.onStdoutLine(line.replace(/\r$/, ''));
            }
        });
        child.stderr.on('data', (chunk) => {
            err.push(chunk);
            if (echo !== 'none')
                process.stdout.write(chunk);
        });
        child.stdin.on('error', () => {
            /* child exited before reading its input */
        });
        child.stdin.end(opts.input ?? '');
        child.on('error', (e) => {
            spawnError = e.message;
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            if (child.pid !== undefined)
                running.delete(child.pid);
            if (partial && opts.onStdoutLine)
                opts.onStdoutLine(partial);
            if (cancelled && signal)
                killed = killed ?? 'cancelled';
            const exitCode = spawnError
                ? 127
                : code ?? 128 + (signal ? (SIGNAL_NUMBERS[signal] ?? 1) : 1);
            resolveResult({
                code: exitCode,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                ms: Date.now() - started,
                ...(killed ? { killed } : {}),
                ...(spawnError ? { spawnError } : {}),
            });
        });
    });
};
/** Formats an argv for logs, quoting arguments that contain spaces or shell metacharacters. */
function formatCommand(cmd, args) {
    return [cmd, ...args]
        .map((a) => (a === '' || /[^\w@%+=:,./-]/.test(a) ? `'${a.replace(/'/g, `'\\''`)}'` : a))
        .join(' ');
}

;// CONCATENATED MODULE: ./src/profiler.ts
class Profiler {
    now;
    phases = [];
    stack = [];
    started;
    constructor(now = () => performance.now()) {
        this.now = now;
        this.started = now();
    }
    /** Times fn as a phase; phases started inside it are nested under it. */
    async measure(name, fn) {
        const start = this.now();
        const entry = { name, depth: this.stack.length, at: start - this.started, ms: 0 };
        this.phases.push(entry);
        this.stack.push(name);
        try {
            return await fn();
        }
        finally {
            entry.ms = this.now() - start;
            this.stack.pop();
        }
    }
    /** Records a phase timed elsewhere (e.g. by the post step). */
    record(name, ms) {
        this.phases.push({ name, depth: this.stack.length, at: this.now() - this.started - ms, ms });
    }
    totalMs() {
        return this.now() - this.started;
    }
    timings() {
        return this.phases.map((p) => ({ ...p }));
    }
}
/** Rows of a phase profile: name, seconds, share of the total (in percent). */
function profileRows(phases, totalMs) {
    const total = Math.max(totalMs, 1);
    return phases.map((p) => ({ ...p, share: (p.ms / total) * 100 }));
}
function formatMs(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const m = Math.floor(ms / 60_000);
    return `${m} min ${Math.round((ms - m * 60_000) / 1000)} s`;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts
const RANK = { error: 0, warning: 1, notice: 2 };
/** Annotations GitHub displays per level and step. */
const GITHUB_PER_LEVEL = 10;
function selectAnnotations(findings, max, perLevel = GITHUB_PER_LEVEL) {
    const ranked = findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => RANK[a.f.level] - RANK[b.f.level] || a.i - b.i)
        .map((x) => x.f);
    const shown = [];
    const omitted = { error: 0, warning: 0, notice: 0 };
    const total = { error: 0, warning: 0, notice: 0 };
    const perLevelShown = { error: 0, warning: 0, notice: 0 };
    for (const f of ranked) {
        total[f.level]++;
        if (shown.length < max && perLevelShown[f.level] < perLevel) {
            shown.push(f);
            perLevelShown[f.level]++;
        }
        else {
            omitted[f.level]++;
        }
    }
    return { shown, omitted, total };
}
function omittedText(o) {
    const parts = ['error', 'warning', 'notice'].filter((l) => o[l] > 0).map((l) => `${o[l]} ${l}${o[l] === 1 ? '' : 's'}`);
    return parts.length
        ? `${parts.join(', ')} more not shown as annotations (GitHub shows ${GITHUB_PER_LEVEL} per level and step; max-annotations caps the total); every finding is in the log and the JSON report.`
        : undefined;
}

;// CONCATENATED MODULE: ./src/report/summary.ts


const ICON = { success: '✅', failure: '❌', skipped: '⏭️', cancelled: '🛑' };
function summaryBlocks(report, selection) {
    const blocks = [];
    const verdict = report.result === 'success' ? '✅ passed' : report.result === 'cancelled' ? '🛑 cancelled' : `❌ failed (${report.failedStages.join(', ')})`;
    blocks.push({ kind: 'heading', text: `rust-pipeline: ${verdict}`, level: 2 });
    if (report.toolchains.length)
        blocks.push({ kind: 'text', text: `Toolchains: ${report.toolchains.map((t) => `\`${t}\``).join(', ')}` });
    blocks.push({
        kind: 'table',
        header: ['stage', 'result', 'details', 'time'],
        align: ['left', 'left', 'left', 'right'],
        rows: report.stages.map((s) => [s.name, `${ICON[s.status]} ${s.status}`, s.summary, formatMs(s.ms)]),
    });
    blocks.push(...report.setupBlocks);
    for (const s of report.stages) {
        if (s.blocks.length === 0)
            continue;
        blocks.push({ kind: 'heading', text: `${ICON[s.status]} ${s.title}`, level: 3 }, ...s.blocks);
    }
    const more = selection ? omittedText(selection.omitted) : undefined;
    if (more)
        blocks.push({ kind: 'text', text: `**Annotations:** ${more}` });
    blocks.push({ kind: 'heading', text: 'Phase profile', level: 3 });
    const rows = profileRows(report.phases, report.totalMs);
    blocks.push({
        kind: 'table',
        header: ['phase', 'time', 'share'],
        align: ['left', 'right', 'right'],
        rows: [
            ...rows.map((r) => [`${'  '.repeat(r.depth)}${r.depth ? '↳ ' : ''}${r.name}`, formatMs(r.ms), `${r.share.toFixed(1)}%`]),
            ['total', formatMs(report.totalMs), '100.0%'],
        ],
    });
    return blocks;
}
/** The JSON report: everything a later step or tool may want, without secrets. */
function jsonReport(report) {
    return {
        schema: 1,
        result: report.result,
        failedStages: report.failedStages,
        startedAt: report.startedAt,
        totalMs: Math.round(report.totalMs),
        toolchains: report.toolchains,
        outputs: report.outputs,
        setup: report.setupData,
        stages: report.stages.map((s) => ({
            name: s.name,
            status: s.status,
            summary: s.summary,
            ms: Math.round(s.ms),
            findings: s.findings,
            outputs: s.outputs,
            data: s.data ?? null,
        })),
        phases: profileRows(report.phases, report.totalMs).map((p) => ({ name: p.name, depth: p.depth, at: Math.round(p.at), ms: Math.round(p.ms), share: Number(p.share.toFixed(2)) })),
    };
}

;// CONCATENATED MODULE: ./src/app.ts
// What the action and the CLI share around the pipeline: cancellation on signals, and the
// report written at the end whatever happened.




/** Longest time between a SIGINT/SIGTERM and the process exiting. */
const CANCEL_DEADLINE_MS = 4500;
/**
 * On SIGINT or SIGTERM: stop every child process group, let the pipeline write its report with the
 * running stage marked cancelled, and exit non-zero within CANCEL_DEADLINE_MS whatever happens.
 */
function installCancellation(onSignal) {
    let seen = false;
    const handler = (signal) => {
        if (seen)
            return;
        seen = true;
        onSignal(signal);
        setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), CANCEL_DEADLINE_MS).unref();
        void cancelAll();
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
}
function writeJsonReport(path, report) {
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    (0,external_node_fs_namespaceObject.writeFileSync)(path, `${JSON.stringify(jsonReport(report), null, 2)}\n`);
}

;// CONCATENATED MODULE: ./src/inputs.ts
// The one typed, validated Inputs object, shared by the action (core.getInput) and the CLI (flags).
// INPUT_SPECS is the single list of inputs: action.yml must match it (a unit test checks), and the
// CLI uses it for its defaults and --help.

/** Every stage, in the order a run takes them (pipeline order: fmt, clippy, test, coverage, audit, build, docker). */
const STAGES = ['fmt', 'clippy', 'test'];
/** Every input, in the order action.yml and the README list them. */
const INPUT_SPECS = [
    { name: 'stages', default: 'fmt, clippy, test', description: `Stages to run, separated by commas or newlines, in any order (they always run in pipeline order). Allowed: ${STAGES.join(', ')}.` },
    { name: 'working-directory', default: '.', description: 'Directory holding the Cargo.toml of the crate or workspace, relative to the repository root.' },
    { name: 'toolchains', default: '', description: 'Toolchains for the test matrix, e.g. "stable, beta, 1.80". Empty: the one rust-toolchain(.toml) names, else stable. The first one also runs fmt, clippy and the other stages.' },
    { name: 'feature-sets', default: 'default', description: 'Feature sets for the test matrix, separated by commas or newlines: "default", "all" (--all-features), "none" (--no-default-features), or features joined by "+" (e.g. "serde+tokio", "none+std").' },
    { name: 'fail-fast', default: 'false', description: 'Stop the test matrix at the first failing cell.' },
    { name: 'test-runner', default: 'cargo', description: 'Test runner: "cargo" (cargo test) or "nextest" (cargo nextest run, then cargo test --doc).' },
    { name: 'test-args', default: '', description: 'Extra arguments for cargo test, e.g. "--workspace". Split like a shell would split them, but never run through a shell.' },
    { name: 'clippy-args', default: '', description: 'Extra arguments passed to clippy after "--", e.g. "-W clippy::pedantic".' },
    { name: 'clippy-deny-warnings', default: 'true', description: 'Treat clippy warnings as errors (-D warnings).' },
    { name: 'max-annotations', default: '20', description: 'Most annotations emitted per step (errors first); the summary says how many more there were.' },
    { name: 'cache', default: 'true', description: 'Restore and save the shared cache (cargo registry, git deps, target/, tools, advisory DB).' },
    { name: 'shared-key', default: '', description: 'Cache key shared across jobs; replaces the job id in the key.' },
    { name: 'cache-key-suffix', default: '', description: 'Extra text appended to the cache key, to start a fresh cache.' },
    { name: 'cache-on-failure', default: 'false', description: 'Save the cache even when the pipeline failed.' },
    { name: 'cache-directories', default: '', description: 'Extra paths to cache, separated by newlines or commas.' },
    { name: 'cache-restore-timeout', default: '120', description: 'Seconds the cache restore may take before it is abandoned (the run then continues cold).' },
    { name: 'coverage-fail-under', default: '', description: 'Fail the coverage stage when line coverage is below this percent (0-100). Empty: never fail on coverage.' },
    { name: 'coverage-dir', default: 'coverage', description: 'Directory (relative to working-directory) for the Cobertura XML, lcov and JSON coverage files.' },
    { name: 'tarpaulin-args', default: '', description: 'Extra arguments for cargo tarpaulin.' },
    { name: 'audit-db', default: '', description: 'Path to a local RustSec advisory database (a git checkout). Empty: the cached copy, fetched when older than a day.' },
    { name: 'audit-ignore', default: '', description: 'Advisory ids to ignore, separated by commas or newlines (e.g. RUSTSEC-2020-0071).' },
    { name: 'audit-deny-warnings', default: 'false', description: 'Fail the audit stage on warnings too (unmaintained, unsound, yanked).' },
    { name: 'tool-mirror', default: '', description: 'Base URL to download prebuilt cargo tools from instead of their GitHub releases (for GHES or a mirror).' },
    { name: 'cargo-audit-version', default: '0.22.2', description: 'cargo-audit version to use.' },
    { name: 'cargo-tarpaulin-version', default: '0.35.2', description: 'cargo-tarpaulin version to use.' },
    { name: 'cargo-nextest-version', default: '0.9.123', description: 'cargo-nextest version to use when test-runner is nextest.' },
    { name: 'target', default: '', description: 'Target triple for the build stage, e.g. x86_64-unknown-linux-musl. Empty: the host.' },
    { name: 'static', default: 'auto', description: 'Build a statically linked binary and verify it: "true", "false", or "auto" (true for linux targets).' },
    { name: 'profile', default: 'release', description: 'Build profile: "release", or "size" (opt-level z, lto, codegen-units 1, strip, panic abort; set through CARGO_PROFILE_RELEASE_* env, your files are not edited).' },
    { name: 'bin', default: '', description: 'Binary to build. Empty: the package\'s only binary.' },
    { name: 'docker-image', default: '', description: 'Image name(s) to build and push, separated by commas or newlines, e.g. ghcr.io/acme/svc.' },
    { name: 'dockerfile', default: '', description: 'Dockerfile to build. Empty: the Dockerfile in working-directory, else a generated FROM scratch one around the static binary.' },
    { name: 'docker-context', default: '', description: 'Build context. Empty: working-directory (or a temporary context holding only the binary for the generated Dockerfile).' },
    { name: 'docker-build-args', default: '', description: 'Build arguments, one KEY=VALUE per line.' },
    { name: 'docker-labels', default: '', description: 'Extra image labels, one KEY=VALUE per line (OCI labels are added automatically).' },
    { name: 'docker-platforms', default: '', description: 'Platforms for a buildx build, e.g. linux/amd64,linux/arm64. Needs buildx.' },
    { name: 'docker-tags', default: '', description: 'Extra tags, separated by commas or newlines. Start the list with "!" to use only these tags instead of the ones derived from the git ref.' },
    { name: 'push', default: 'auto', description: 'Push the image: "true", "false", or "auto" (push on tag and branch push events, never on pull requests).' },
    { name: 'docker-registry', default: '', description: 'Registry to log in to. Empty: derived from the image name (docker.io when it has no host).' },
    { name: 'docker-username', default: '', description: 'Registry user name.' },
    { name: 'docker-password', default: '', description: 'Registry password or token; passed to docker with --password-stdin only, and masked.' },
    { name: 'push-retries', default: '3', description: 'How many times a push is retried (with backoff) after a network error.' },
];
/** An input the user got wrong: names the input, quotes the value, says what is allowed. */
class InputError extends Error {
    input;
    value;
    allowed;
    constructor(input, value, allowed) {
        super(`Input "${input}" has an invalid value ${JSON.stringify(value)}: ${allowed}`);
        this.input = input;
        this.value = value;
        this.allowed = allowed;
        this.name = 'InputError';
    }
}
const SPEC_BY_NAME = new Map(INPUT_SPECS.map((s) => [s.name, s]));
class Reader {
    source;
    constructor(source) {
        this.source = source;
    }
    str(name) {
        const spec = SPEC_BY_NAME.get(name);
        if (!spec)
            throw new Error(`internal: unknown input ${name}`);
        const raw = (this.source(name) ?? '').trim();
        return raw === '' ? spec.default : raw;
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
const FEATURE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_\-/.]*$/;
function parseFeatureSets(name, value) {
    const sets = [];
    for (const entry of value.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean)) {
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
const TOOLCHAIN = /^(stable|beta|nightly|\d+\.\d+(\.\d+)?)(-\d{4}-\d{2}-\d{2})?(-[a-z0-9_]+(-[a-z0-9_]+){1,3})?$/;
const TRIPLE = /^[a-z0-9_]+(-[a-z0-9_.]+){1,3}$/;
const IMAGE = /^[a-z0-9]+([._-][a-z0-9]+)*(:\d+)?(\/[a-z0-9]+([._-]{1,2}[a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const KEY_VALUE = /^[A-Za-z_][A-Za-z0-9_.\-]*=/;
const VERSION = /^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/;
/**
 * Parses and validates every input. `baseDir` is what relative paths are resolved against
 * (GITHUB_WORKSPACE in the action, the current directory in the CLI).
 */
function parseInputs(source, baseDir) {
    const r = new Reader(source);
    const stageList = r.list('stages').map((s) => s.toLowerCase());
    if (stageList.length === 0)
        throw new InputError('stages', r.str('stages'), `allowed: ${STAGES.join(', ')}.`);
    for (const s of stageList) {
        if (!STAGES.includes(s)) {
            throw new InputError('stages', r.str('stages'), `unknown stage "${s}"; allowed: ${STAGES.join(', ')}.`);
        }
    }
    const stages = STAGES.filter((s) => stageList.includes(s));
    const wd = r.str('working-directory');
    const workingDirectory = (0,external_node_path_namespaceObject.isAbsolute)(wd) ? wd : (0,external_node_path_namespaceObject.resolve)(baseDir, wd);
    const toolchains = r.list('toolchains');
    for (const t of toolchains) {
        if (!TOOLCHAIN.test(t)) {
            throw new InputError('toolchains', r.str('toolchains'), `"${t}" is not a toolchain name; allowed: stable, beta, nightly, a version like 1.80 or 1.80.1, optionally with a -YYYY-MM-DD date.`);
        }
    }
    const toolVersion = (name) => {
        const v = r.str(name);
        if (!VERSION.test(v))
            throw new InputError(name, v, 'allowed: a version like 1.2.3.');
        return v;
    };
    const target = r.optional('target');
    if (target !== undefined && !TRIPLE.test(target)) {
        throw new InputError('target', target, 'allowed: a target triple such as x86_64-unknown-linux-musl, or empty for the host.');
    }
    const bin = r.optional('bin');
    if (bin !== undefined && !/^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(bin)) {
        throw new InputError('bin', bin, 'allowed: the name of a [[bin]] target (letters, digits, "_" and "-").');
    }
    const images = r.list('docker-image');
    for (const image of images) {
        if (!IMAGE.test(image)) {
            throw new InputError('docker-image', r.str('docker-image'), `"${image}" is not an image name; allowed: lower-case names like ghcr.io/acme/svc or localhost:5000/app, without a tag.`);
        }
    }
    const rawTags = r.list('docker-tags');
    const replaceTags = rawTags.length > 0 && rawTags[0].startsWith('!');
    const tags = rawTags.map((t, i) => (i === 0 && replaceTags ? t.slice(1).trim() : t)).filter(Boolean);
    for (const tag of tags) {
        if (!TAG.test(tag))
            throw new InputError('docker-tags', r.str('docker-tags'), `"${tag}" is not a valid tag; allowed: letters, digits, "_", "." and "-", at most 128, not starting with "." or "-".`);
    }
    for (const name of ['docker-build-args', 'docker-labels']) {
        for (const line of r.lines(name)) {
            if (!KEY_VALUE.test(line))
                throw new InputError(name, line, 'allowed: one KEY=VALUE per line.');
        }
    }
    const platforms = r.list('docker-platforms');
    for (const p of platforms) {
        if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p))
            throw new InputError('docker-platforms', r.str('docker-platforms'), `"${p}" is not a platform; allowed: os/arch[/variant], e.g. linux/amd64.`);
    }
    const mirror = r.optional('tool-mirror');
    if (mirror !== undefined && !/^(https?|file):\/\/\S+$/.test(mirror)) {
        throw new InputError('tool-mirror', mirror, 'allowed: an http(s):// or file:// URL, or empty.');
    }
    const ignore = r.list('audit-ignore');
    for (const id of ignore) {
        if (!/^(RUSTSEC|CVE|GHSA)-[\w-]+$/.test(id))
            throw new InputError('audit-ignore', r.str('audit-ignore'), `"${id}" is not an advisory id; allowed: ids like RUSTSEC-2020-0071.`);
    }
    const resolvePath = (p) => p === undefined ? undefined : (0,external_node_path_namespaceObject.isAbsolute)(p) ? p : (0,external_node_path_namespaceObject.resolve)(workingDirectory, p);
    return {
        stages,
        workingDirectory,
        toolchains,
        featureSets: parseFeatureSets('feature-sets', r.str('feature-sets')),
        failFast: r.bool('fail-fast'),
        testRunner: r.oneOf('test-runner', ['cargo', 'nextest']),
        testArgs: r.words('test-args'),
        clippyArgs: r.words('clippy-args'),
        clippyDenyWarnings: r.bool('clippy-deny-warnings'),
        maxAnnotations: r.int('max-annotations', 0, 1000),
        cache: {
            enabled: r.bool('cache'),
            sharedKey: r.str('shared-key'),
            keySuffix: r.str('cache-key-suffix'),
            onFailure: r.bool('cache-on-failure'),
            directories: r.list('cache-directories'),
            restoreTimeoutSeconds: r.int('cache-restore-timeout', 1, 3600),
        },
        coverage: { failUnder: r.percent('coverage-fail-under'), dir: r.str('coverage-dir'), args: r.words('tarpaulin-args') },
        audit: { db: resolvePath(r.optional('audit-db')), ignore, denyWarnings: r.bool('audit-deny-warnings') },
        tools: {
            mirror,
            versions: {
                'cargo-audit': toolVersion('cargo-audit-version'),
                'cargo-tarpaulin': toolVersion('cargo-tarpaulin-version'),
                'cargo-nextest': toolVersion('cargo-nextest-version'),
            },
        },
        build: { target, static: r.tristate('static'), profile: r.oneOf('profile', ['release', 'size']), bin },
        docker: {
            images,
            dockerfile: resolvePath(r.optional('dockerfile')),
            context: resolvePath(r.optional('docker-context')),
            buildArgs: r.lines('docker-build-args'),
            labels: r.lines('docker-labels'),
            platforms,
            tags,
            replaceTags,
            push: r.tristate('push'),
            registry: r.optional('docker-registry'),
            username: r.optional('docker-username'),
            password: r.optional('docker-password'),
            pushRetries: r.int('push-retries', 0, 10),
        },
    };
}

;// CONCATENATED MODULE: ./src/cargo/commands.ts
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
    return { args, env: {} };
}
/** `cargo test` over the whole workspace: unit, integration and doc tests; every test binary runs even when one fails. */
function testCommand(o) {
    const args = ['test', '--workspace', '--no-fail-fast'];
    if (o.locked)
        args.push('--locked');
    args.push(...o.features.args, ...o.extra);
    return { args, env: {} };
}
/** `cargo nextest run` (nextest does not run doc tests: docTestCommand follows it). */
function nextestCommand(o) {
    const args = ['nextest', 'run', '--workspace', '--no-fail-fast'];
    if (o.locked)
        args.push('--locked');
    args.push(...o.features.args, ...o.extra);
    // Plain status lines for the parser and the log, whatever the terminal.
    return { args, env: { NEXTEST_HIDE_PROGRESS_BAR: '1' } };
}
/** Doc tests only, for the nextest runner. */
function docTestCommand(o) {
    const args = ['test', '--doc', '--workspace', '--no-fail-fast'];
    if (o.locked)
        args.push('--locked');
    args.push(...o.features.args);
    return { args, env: {} };
}

;// CONCATENATED MODULE: ./src/cargo/clippy.ts
/** Follows macro expansions back to the span in the user's source. */
function userSpan(span) {
    let s = span;
    while (s.expansion?.span && (s.file_name.startsWith('<') || s.file_name.includes('/.cargo/')))
        s = s.expansion.span;
    return s;
}
function parseClippyJson(stdout) {
    const seen = new Set();
    const out = [];
    for (const line of stdout.split(/\r?\n/)) {
        if (!line.startsWith('{'))
            continue;
        let msg;
        try {
            msg = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (msg.reason !== 'compiler-message' || !msg.message)
            continue;
        const m = msg.message;
        // Summary lines such as "aborting due to 2 previous errors" or "3 warnings emitted".
        if (m.spans.length === 0 && /^(aborting due to|\d+ warnings? emitted|warning: .* generated)/.test(m.message))
            continue;
        if (/^`.*` \((lib|bin|test|example|bench)[^)]*\) generated \d+ warnings?/.test(m.message))
            continue;
        const primary = m.spans.find((s) => s.is_primary);
        const span = primary ? userSpan(primary) : undefined;
        const d = {
            level: m.level,
            message: m.message,
            rendered: (m.rendered ?? m.message).replace(/\n+$/, ''),
            ...(m.code?.code ? { code: m.code.code } : {}),
            ...(span
                ? { file: span.file_name, line: span.line_start, endLine: span.line_end, column: span.column_start, endColumn: span.column_end }
                : {}),
            ...(msg.manifest_path ? { manifestPath: msg.manifest_path } : {}),
        };
        // The same diagnostic is reported once per target (lib and its test build): keep one.
        const key = `${d.level}|${d.code ?? ''}|${d.file ?? ''}|${d.line ?? ''}|${d.column ?? ''}|${d.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(d);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/cargo/paths.ts

/** Removes ANSI colour and cursor sequences. */
function stripAnsi(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/\u001b(?:\[[0-9;?]*[ -/]*[@-~]|[()][A-Za-z0-9]|[=>])/g, '');
}
/**
 * Makes a path that a tool printed (absolute, or relative to `base`) relative to the repository
 * root, with forward slashes, as GitHub wants for annotations. Paths outside the repository
 * (e.g. in ~/.cargo/registry) come back undefined.
 */
function repoRelative(file, base, repoRoot) {
    const abs = (0,external_node_path_namespaceObject.isAbsolute)(file) ? file : (0,external_node_path_namespaceObject.resolve)(base, file);
    const rel = (0,external_node_path_namespaceObject.relative)(repoRoot, abs);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(rel))
        return undefined;
    return rel.split(external_node_path_namespaceObject.sep).join('/');
}

;// CONCATENATED MODULE: ./src/cargo/workspace.ts
// Where cargo's paths are relative to: rustc runs in the workspace root, so diagnostics' file
// names, panic locations and doc test names of workspace members are relative to it (not to the
// working-directory, which may be a member or any folder inside the workspace).




function locateWorkspaceCommand() {
    return { args: ['locate-project', '--workspace', '--message-format', 'plain'], env: {} };
}
/** The workspace root from `cargo locate-project --workspace --message-format plain` (a Cargo.toml path). */
function parseLocateProject(stdout) {
    const manifest = stdout.trim().split(/\r?\n/).pop()?.trim();
    if (!manifest || !(0,external_node_path_namespaceObject.isAbsolute)(manifest) || !/Cargo\.toml$/.test(manifest))
        return undefined;
    return (0,external_node_path_namespaceObject.dirname)(manifest);
}
/**
 * Turns a path cargo or rustc printed into one relative to the repository root. Relative paths are
 * tried against each base in order (the workspace root first); the first base where the file
 * exists wins, else the first base is assumed. Paths outside the repository give undefined.
 */
function resolveReported(file, bases, repoRoot) {
    if ((0,external_node_path_namespaceObject.isAbsolute)(file))
        return repoRelative(file, repoRoot, repoRoot);
    const hit = bases.find((b) => (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.resolve)(b, file))) ?? bases[0];
    return hit === undefined ? undefined : repoRelative(file, hit, repoRoot);
}
const roots = new Map();
/** The workspace root of `cwd` (asks cargo once per directory and toolchain; falls back to `cwd`). */
function workspaceRoot(exec, cwd, env, toolchain) {
    const key = `${cwd}|${toolchain ?? ''}`;
    let p = roots.get(key);
    if (!p) {
        const c = locateWorkspaceCommand();
        p = exec('cargo', c.args, { cwd, env: { ...env, ...toolchainEnv(toolchain) }, echo: 'none' }).then((r) => (r.code === 0 ? parseLocateProject(r.stdout) : undefined) ?? cwd);
        roots.set(key, p);
    }
    return p;
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

;// CONCATENATED MODULE: ./src/cargo/rustup.ts
function toolchainListCommand() {
    return { cmd: 'rustup', args: ['toolchain', 'list'] };
}
function toolchainInstallCommand(toolchain, components = []) {
    const args = ['toolchain', 'install', '--profile', 'minimal', '--no-self-update'];
    if (components.length)
        args.push('--component', components.join(','));
    args.push(toolchain);
    return { cmd: 'rustup', args };
}
function componentListCommand(toolchain) {
    return { cmd: 'rustup', args: ['component', 'list', '--installed', '--toolchain', toolchain] };
}
function componentAddCommand(toolchain, components) {
    return { cmd: 'rustup', args: ['component', 'add', '--toolchain', toolchain, ...components] };
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
/** The useful part of a failed rustup run: its error lines, without a stack backtrace. */
function rustupError(stderr) {
    const out = [];
    for (const line of stderr.split(/\r?\n/)) {
        if (/^Stack backtrace:/.test(line))
            break;
        if (/^info: /.test(line) || line.trim() === '')
            continue;
        out.push(line);
    }
    return out.slice(0, 12).join('\n');
}

;// CONCATENATED MODULE: ./src/toolchain.ts
// Which toolchains a run uses: the input's list, else the one rust-toolchain(.toml) names, else stable.





/** Looks for rust-toolchain.toml / rust-toolchain from `dir` up to (and including) `stopAt`. */
function toolchainFromFile(dir, stopAt) {
    let cur = dir;
    for (;;) {
        for (const name of ['rust-toolchain.toml', 'rust-toolchain']) {
            const p = (0,external_node_path_namespaceObject.join)(cur, name);
            if ((0,external_node_fs_namespaceObject.existsSync)(p))
                return parseToolchainFile((0,external_node_fs_namespaceObject.readFileSync)(p, 'utf8'));
        }
        const up = (0,external_node_path_namespaceObject.dirname)(cur);
        if (cur === stopAt || up === cur || !cur.startsWith(stopAt))
            return undefined;
        cur = up;
    }
}
/** Reads the channel from a rust-toolchain file: TOML `[toolchain] channel = "…"` or a bare legacy name. */
function parseToolchainFile(text) {
    const trimmed = text.trim();
    if (/^[\w.-]+$/.test(trimmed))
        return trimmed;
    try {
        const doc = parse(text);
        const channel = doc.toolchain?.channel;
        return typeof channel === 'string' && channel !== '' ? channel : undefined;
    }
    catch {
        return undefined;
    }
}
function resolveToolchains(requested, cwd, repoRoot) {
    if (requested.length > 0)
        return [...new Set(requested)];
    return [toolchainFromFile(cwd, repoRoot) ?? 'stable'];
}
/** A toolchain that is not installed and could not be installed: the message says which and how to fix it. */
class ToolchainError extends Error {
    toolchain;
    constructor(toolchain, message) {
        super(message);
        this.toolchain = toolchain;
        this.name = 'ToolchainError';
    }
}
const INSTALL_TIMEOUT_MS = 20 * 60_000;
// What rustup reported as installed, per RUSTUP_HOME, for the life of this process.
const installedCache = new Map();
const componentCache = new Map();
function listInstalled(deps) {
    const key = deps.env.RUSTUP_HOME ?? '';
    let p = installedCache.get(key);
    if (!p) {
        const c = toolchainListCommand();
        p = deps.exec(c.cmd, c.args, { env: deps.env, echo: 'none' }).then((r) => (r.spawnError || r.code !== 0 ? undefined : parseToolchainList(r.stdout)));
        installedCache.set(key, p);
    }
    return p;
}
/** Forgets what rustup reported (after an install, or between tests). */
function forgetInstalledToolchains() {
    installedCache.clear();
    componentCache.clear();
}
function installHint(toolchain) {
    return (`Check the name in the "toolchains" input (allowed: stable, beta, nightly, or a release such as 1.80 or 1.80.1, optionally dated), ` +
        `make sure this machine can reach the rustup distribution server (or set RUSTUP_DIST_SERVER to a mirror), ` +
        `or install it in an earlier step: rustup toolchain install --profile minimal ${toolchain}`);
}
/**
 * Makes sure `toolchain` (and the given components, e.g. clippy, rustfmt) is installed through
 * rustup: `rustup toolchain install --profile minimal` when it is missing, `rustup component add`
 * when a component is. Throws a ToolchainError naming the toolchain and the fix when that fails.
 * Without rustup, only the cargo on PATH can be used: `requireRustup` decides whether that is an error.
 */
async function ensureToolchain(deps, toolchain, components = [], requireRustup = true) {
    const installed = await listInstalled(deps);
    if (installed === undefined) {
        if (requireRustup) {
            throw new ToolchainError(toolchain, `Toolchain "${toolchain}" cannot be selected: rustup is not installed (or "rustup toolchain list" failed). Install rustup, or remove "${toolchain}" from the "toolchains" input to use the cargo on PATH.`);
        }
        return;
    }
    if (!findInstalled(installed, toolchain)) {
        const c = toolchainInstallCommand(toolchain, components);
        deps.log.info(`Toolchain ${toolchain} is not installed: ${formatCommand(c.cmd, c.args)}`);
        const r = await deps.exec(c.cmd, c.args, { env: deps.env, echo: 'stderr', timeoutMs: deps.timeoutMs ?? INSTALL_TIMEOUT_MS });
        if (r.killed === 'cancelled')
            throw new ToolchainError(toolchain, `Installing toolchain "${toolchain}" was cancelled.`);
        if (r.code !== 0) {
            const why = r.spawnError ?? (r.killed === 'timeout' ? `it did not finish within ${Math.round((deps.timeoutMs ?? INSTALL_TIMEOUT_MS) / 1000)} s` : rustupError(r.stderr) || `exit code ${r.code}`);
            throw new ToolchainError(toolchain, `Toolchain "${toolchain}" is not installed and "${formatCommand(c.cmd, c.args)}" failed:\n${why}\n${installHint(toolchain)}`);
        }
        installedCache.delete(deps.env.RUSTUP_HOME ?? '');
        return;
    }
    if (components.length === 0)
        return;
    const key = `${deps.env.RUSTUP_HOME ?? ''}|${toolchain}|${components.join(',')}`;
    let p = componentCache.get(key);
    if (!p) {
        p = addMissingComponents(deps, toolchain, components);
        componentCache.set(key, p);
        p.catch(() => componentCache.delete(key));
    }
    return p;
}
async function addMissingComponents(deps, toolchain, components) {
    const l = componentListCommand(toolchain);
    const listed = await deps.exec(l.cmd, l.args, { env: deps.env, echo: 'none' });
    const have = listed.code === 0 ? parseInstalledComponents(listed.stdout) : [];
    const missing = components.filter((c) => !have.includes(c));
    if (missing.length === 0)
        return;
    const c = componentAddCommand(toolchain, missing);
    deps.log.info(`Toolchain ${toolchain} lacks ${missing.join(', ')}: ${formatCommand(c.cmd, c.args)}`);
    const r = await deps.exec(c.cmd, c.args, { env: deps.env, echo: 'stderr', timeoutMs: deps.timeoutMs ?? INSTALL_TIMEOUT_MS });
    if (r.code !== 0) {
        throw new ToolchainError(toolchain, `Toolchain "${toolchain}" has no ${missing.join(' or ')} and "${formatCommand(c.cmd, c.args)}" failed:\n${r.spawnError ?? rustupError(r.stderr)}\n` +
            `Some nightly toolchains ship without ${missing.join('/')}: pick another date, or put a toolchain that has it first in the "toolchains" input.`);
    }
}

;// CONCATENATED MODULE: ./src/stages/cargo-run.ts
// Runs cargo for a stage: the right toolchain, the stage's environment, the command logged.




function hasLockfile(ctx) {
    return (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(ctx.cwd, 'Cargo.lock'));
}
async function runCargo(ctx, cmd, toolchain, opts = {}) {
    const env = { ...ctx.env, ...toolchainEnv(toolchain), ...cmd.env };
    ctx.log.info(`[command]${formatCommand('cargo', cmd.args)}${toolchain ? `  (toolchain ${toolchain})` : ''}`);
    const res = await ctx.exec('cargo', cmd.args, { ...opts, cwd: ctx.cwd, env });
    if (res.spawnError)
        ctx.log.warning(`cargo could not be started: ${res.spawnError}. Is Rust installed and on PATH?`);
    return res;
}

;// CONCATENATED MODULE: ./src/cargo/rustfmt.ts
// Parses the output of `cargo fmt -- --check`.

// "Diff in /abs/path/src/main.rs:12:" (current) or "Diff in /abs/path/src/main.rs at line 12:" (older).
const HEADER = /^Diff in (.+?)(?::(\d+):| at line (\d+):)\s*$/;
/**
 * The first and last original lines a hunk changes. rustfmt numbers a hunk by its first context
 * line; counting " " and "-" lines from there gives the original line of each change. A hunk that
 * only adds lines is placed on the line the addition goes before.
 */
function changedLines(start, diff) {
    let orig = start;
    let first;
    let last;
    for (const d of diff) {
        if (d.startsWith('-')) {
            first ??= orig;
            last = orig;
            orig++;
        }
        else if (d.startsWith('+')) {
            first ??= orig;
        }
        else {
            orig++;
        }
    }
    const line = first ?? start;
    return { line, endLine: Math.max(line, last ?? line) };
}
function parseFmtCheck(output) {
    const hunks = [];
    let cur;
    const close = () => {
        if (cur)
            hunks.push({ ...cur, ...changedLines(cur.start, cur.diff) });
        cur = undefined;
    };
    for (const raw of stripAnsi(output).split(/\r?\n/)) {
        const m = HEADER.exec(raw);
        if (m) {
            close();
            cur = { file: m[1], start: Number(m[2] ?? m[3]), diff: [] };
        }
        else if (cur && /^[ +-]/.test(raw)) {
            cur.diff.push(raw);
        }
        else if (cur && raw.trim() !== '') {
            close();
        }
    }
    close();
    return hunks;
}

;// CONCATENATED MODULE: ./src/stages/types.ts
function result(status, summary, extra = {}) {
    return { status, summary, findings: [], outputs: {}, blocks: [], ...extra };
}

;// CONCATENATED MODULE: ./src/stages/fmt.ts






/** One annotation per hunk, on the first line rustfmt would change. */
function fmtFinding(h, cwd, repoRoot) {
    const file = repoRelative(h.file, cwd, repoRoot);
    return {
        level: 'error',
        title: 'rustfmt',
        message: `Not formatted as rustfmt (and your rustfmt.toml) would format it. Run \`cargo fmt --all\`.\n${h.diff.join('\n')}`,
        ...(file ? { file, line: h.line, endLine: h.endLine } : {}),
    };
}
const fmtStage = {
    name: 'fmt',
    title: 'Format (cargo fmt --check)',
    async run(ctx) {
        const toolchain = ctx.toolchains[0];
        try {
            if (toolchain)
                await ensureToolchain(ctx, toolchain, ['rustfmt'], ctx.inputs.toolchains.length > 0);
        }
        catch (e) {
            if (!(e instanceof ToolchainError))
                throw e;
            return result('failure', `toolchain ${toolchain} unavailable`, { findings: [{ level: 'error', title: `toolchain ${toolchain}`, message: e.message }] });
        }
        // cargo fmt finds rustfmt.toml / .rustfmt.toml next to each file (up to the workspace root and beyond).
        const res = await runCargo(ctx, fmtCommand(), toolchain);
        if (res.killed)
            return result('cancelled', 'cancelled');
        const hunks = parseFmtCheck(res.stdout);
        if (res.code === 0 && hunks.length === 0)
            return result('success', 'formatted', { data: { files: [], hunks: 0 } });
        if (hunks.length === 0) {
            return result('failure', `cargo fmt failed (exit ${res.code})`, {
                findings: [{ level: 'error', title: 'cargo fmt', message: lastLines(res.stderr || res.stdout) }],
            });
        }
        const findings = hunks.map((h) => fmtFinding(h, ctx.cwd, ctx.repoRoot));
        const where = (h) => repoRelative(h.file, ctx.cwd, ctx.repoRoot) ?? h.file;
        const files = [...new Set(hunks.map(where))];
        const diff = hunks.map((h) => `--- ${where(h)}:${h.line}\n${h.diff.join('\n')}`).join('\n');
        return result('failure', `${files.length} file${files.length === 1 ? '' : 's'} not formatted (${hunks.length} hunk${hunks.length === 1 ? '' : 's'})`, {
            findings,
            blocks: [
                { kind: 'text', text: `Files rustfmt would change: ${files.map((f) => `\`${f}\``).join(', ')}. Run \`cargo fmt --all\` to fix.` },
                { kind: 'details', summary: `rustfmt diff (${hunks.length} hunk${hunks.length === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'})`, body: diff, lang: 'diff' },
            ],
            data: { files, hunks: hunks.map((h) => ({ file: where(h), line: h.line, endLine: h.endLine })) },
        });
    },
};
function lastLines(s, n = 20) {
    return s.trimEnd().split('\n').slice(-n).join('\n');
}

;// CONCATENATED MODULE: ./src/stages/clippy.ts







/** One diagnostic as an annotation: path relative to the repository root, the lint name as title. */
function clippyFinding(d, bases, repoRoot) {
    const file = d.file ? resolveReported(d.file, bases, repoRoot) : undefined;
    return {
        level: d.level === 'error' || d.level === 'ice' ? 'error' : 'warning',
        title: d.code ?? (d.level === 'error' ? 'rustc error' : 'rustc warning'),
        message: d.rendered,
        ...(file && d.line ? { file, line: d.line, endLine: d.endLine, column: d.column, endColumn: d.endColumn } : {}),
    };
}
const clippyStage = {
    name: 'clippy',
    title: 'Lint (cargo clippy)',
    async run(ctx) {
        const toolchain = ctx.toolchains[0];
        try {
            if (toolchain)
                await ensureToolchain(ctx, toolchain, ['clippy'], ctx.inputs.toolchains.length > 0);
        }
        catch (e) {
            if (!(e instanceof ToolchainError))
                throw e;
            return result('failure', `toolchain ${toolchain} unavailable`, { findings: [{ level: 'error', title: `toolchain ${toolchain}`, message: e.message }] });
        }
        const cmd = clippyCommand({
            locked: hasLockfile(ctx),
            features: ctx.inputs.featureSets[0],
            denyWarnings: ctx.inputs.clippyDenyWarnings,
            extra: ctx.inputs.clippyArgs,
            json: true,
        });
        const [res, root] = await Promise.all([
            runCargo(ctx, cmd, toolchain, { echo: 'stderr' }),
            workspaceRoot(ctx.exec, ctx.cwd, ctx.env, toolchain),
        ]);
        if (res.killed)
            return result('cancelled', 'cancelled');
        const diags = parseClippyJson(res.stdout).filter((d) => d.level === 'error' || d.level === 'warning' || d.level === 'ice');
        for (const d of diags)
            ctx.log.info(d.rendered);
        // rustc runs in the workspace root: file names of members are relative to it.
        const findings = diags.map((d) => clippyFinding(d, [root, ctx.cwd], ctx.repoRoot));
        const errors = findings.filter((f) => f.level === 'error').length;
        const warnings = findings.length - errors;
        const summary = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
        const lints = countBy(findings.map((f) => f.title ?? ''));
        const blocks = lints.length
            ? [{ kind: 'table', header: ['lint', 'count'], align: ['left', 'right'], rows: lints.map(([l, n]) => [`\`${l}\``, String(n)]) }]
            : [];
        const data = { errors, warnings, workspaceRoot: root, lints: Object.fromEntries(lints) };
        if (res.code === 0)
            return result('success', summary, { findings, blocks, data });
        if (findings.length === 0) {
            findings.push({ level: 'error', title: 'cargo clippy', message: lastLines(res.stderr) });
        }
        return result('failure', summary, { findings, blocks, data });
    },
};
function countBy(items) {
    const m = new Map();
    for (const i of items)
        m.set(i, (m.get(i) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

;// CONCATENATED MODULE: ./src/cargo/libtest.ts
// Parses the human output of `cargo test` (libtest's harness: unit, integration and doc tests).
//
// Only the test binaries' stdout is needed: every binary starts with "running N tests", lists
// "test NAME ... ok|FAILED|ignored", prints a "---- NAME stdout ----" section per failure (with the
// panic message and location) and ends with "test result: ...". cargo's own lines ("Running …",
// "Doc-tests …") go to stderr and are not relied upon.

const RUNNING = /^running \d+ tests?$/;
const RESULT = /^test result: (?:ok|FAILED)\. (\d+) passed; (\d+) failed; (\d+) ignored/;
// "test NAME ... FAILED" (default format) or "NAME --- FAILED" (terse format of `cargo test -q`).
const FAILED_LINE = /^(?:test (.+?) \.\.\. FAILED|(.+?) --- FAILED)$/;
const SECTION = /^---- (.+?) stdout ----$/;
// "thread 'name' panicked at src/lib.rs:10:5:" (Rust 1.73+, with a thread id since 1.88),
// or "thread 'name' panicked at 'message', src/lib.rs:10:5" (older).
const PANIC_NEW = /^thread '(.*?)'(?: \(\d+\))? panicked at (.+?):(\d+):(\d+):$/;
const PANIC_OLD = /^thread '(.*?)'(?: \(\d+\))? panicked at '(.*)', (.+?):(\d+):(\d+)$/;
const MESSAGE_END = /^(note: |stack backtrace:|\s*\d+: |thread '.*' panicked)/;
// Doc test names: "src/lib.rs - add (line 5)", "src/lib.rs - Type::method (line 12)", "src/lib.rs - (line 1)".
const DOC_NAME = /^(.+?) - (?:(.+?) )?\(line (\d+)\)(?: - compile(?: fail)?)?$/;
function parseDocTestName(name) {
    const m = DOC_NAME.exec(name);
    if (!m)
        return undefined;
    return { file: m[1], item: m[2] ?? '', line: Number(m[3]) };
}
const MAX_MESSAGE_LINES = 30;
function parseLibtest(output) {
    const report = { passed: 0, failed: 0, ignored: 0, failures: [], suites: 0 };
    const lines = stripAnsi(output).split(/\r?\n/);
    // Failures of the binary being read, by name (names are unique within one binary).
    let inBinary = new Map();
    let section;
    // Tests run in parallel, so a binary's failures come in any order: sort them by name (as
    // libtest's own "failures:" list is) for stable annotations.
    let binaryStart = 0;
    const endBinary = () => {
        const mine = report.failures.splice(binaryStart).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        report.failures.push(...mine);
        binaryStart = report.failures.length;
    };
    const closeSection = () => {
        if (!section)
            return;
        describeFailure(section.test, section.lines);
        section = undefined;
    };
    for (const line of lines) {
        if (RUNNING.test(line)) {
            closeSection();
            endBinary();
            inBinary = new Map();
            continue;
        }
        const res = RESULT.exec(line);
        if (res) {
            closeSection();
            report.passed += Number(res[1]);
            report.failed += Number(res[2]);
            report.ignored += Number(res[3]);
            report.suites++;
            continue;
        }
        const header = SECTION.exec(line);
        if (header) {
            closeSection();
            const test = inBinary.get(header[1]) ?? addFailure(header[1]);
            section = { test, lines: [] };
            continue;
        }
        if (section) {
            // The list of failed names after the sections ends them.
            if (line === 'failures:')
                closeSection();
            else
                section.lines.push(line);
            continue;
        }
        const failed = FAILED_LINE.exec(line);
        if (failed) {
            const name = failed[1] ?? failed[2];
            if (!inBinary.has(name))
                addFailure(name);
        }
    }
    closeSection();
    endBinary();
    return report;
    function addFailure(name) {
        const doc = parseDocTestName(name);
        const f = { name, ...(doc ? { doc } : {}) };
        report.failures.push(f);
        inBinary.set(name, f);
        return f;
    }
}
/** Fills in the panic location and message from a failure's "---- NAME stdout ----" section. */
function describeFailure(test, section) {
    for (let i = 0; i < section.length; i++) {
        const line = section[i];
        const pn = PANIC_NEW.exec(line);
        if (pn) {
            test.file = pn[2];
            test.line = Number(pn[3]);
            test.column = Number(pn[4]);
            const msg = [];
            for (let j = i + 1; j < section.length && !MESSAGE_END.test(section[j]); j++)
                msg.push(section[j]);
            test.message = trimMessage(msg);
            return;
        }
        const po = PANIC_OLD.exec(line);
        if (po) {
            test.file = po[3];
            test.line = Number(po[4]);
            test.column = Number(po[5]);
            test.message = po[2];
            return;
        }
    }
    // No panic: e.g. a test returning Err ("Error: …"), or a doc test that did not compile.
    const text = trimMessage(section.filter((l) => !/^note: run with `RUST_BACKTRACE/.test(l)));
    if (text)
        test.message = text;
}
function trimMessage(lines) {
    const kept = lines.slice(0, MAX_MESSAGE_LINES);
    while (kept.length && kept[0].trim() === '')
        kept.shift();
    while (kept.length && kept[kept.length - 1].trim() === '')
        kept.pop();
    if (lines.length > MAX_MESSAGE_LINES)
        kept.push('…');
    return kept.join('\n');
}

;// CONCATENATED MODULE: ./src/cargo/nextest.ts
// Parses the human output of `cargo nextest run` (what it prints to stderr).
//
//         PASS [   0.004s] (1/3) fixture-failing tests::average_of_one
//         FAIL [   0.005s] (2/3) fixture-failing tests::average_rounds_up
//   stderr ───
//     thread 'tests::average_rounds_up' panicked at src/lib.rs:17:9:
//     …
//   ────────────
//      Summary [   0.006s] 3 tests run: 2 passed, 1 failed, 1 skipped
//
// Older releases print the output sections as "--- STDERR: <binary> <test> ---". Each failing
// test's output follows its FAIL line; the final list repeats FAIL lines without output.


const STATUS = /^\s*(PASS|FAIL|FLAKY(?: \d+\/\d+)?|LEAK|LEAK-FAIL|TIMEOUT|SIGSEGV|SIGABRT|SIGBUS|SIGILL|SIGKILL|SIGTERM|ABORT|SKIP|TRY \d+ (?:FAIL|TIMEOUT|PASS)|RETRY \d+\/\d+|SLOW(?: \[.*?\])?) +\[[^\]]*\] +(?:\[[^\]]*\] +)?(?:\(\s*\d+\/\d+\) +)?(\S+) +(.+?)\s*$/;
const FAILING = /^(FAIL|TIMEOUT|SIG\w+|ABORT|LEAK-FAIL)$/;
const SUMMARY = /^\s*Summary \[[^\]]*\] +(?:\d+\/)?\d+ tests? run: (.*)$/;
const PANIC = /^\s*thread '(.*?)'(?: \(\d+\))? panicked at (.+?):(\d+):(\d+):$/;
const nextest_MESSAGE_END = /^\s*(note: |stack backtrace:|\d+: |thread '.*' panicked|[─-]{4,}|(stdout|stderr|output) ─+$|--- STD(OUT|ERR))/;
function countOf(text, word) {
    const m = new RegExp(`(\\d+) ${word}`).exec(text);
    return m ? Number(m[1]) : 0;
}
function parseNextest(output) {
    const report = { passed: 0, failed: 0, ignored: 0, failures: [], suites: 0 };
    const byId = new Map();
    let current;
    let passedLines = 0;
    let skippedLines = 0;
    let sawSummary = false;
    const lines = stripAnsi(output).split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const summary = SUMMARY.exec(line);
        if (summary) {
            sawSummary = true;
            const text = summary[1];
            report.passed = countOf(text, 'passed');
            report.failed = countOf(text, 'failed') + countOf(text, 'timed out') + countOf(text, 'exec failed');
            report.ignored = countOf(text, 'skipped');
            current = undefined;
            continue;
        }
        const status = STATUS.exec(line);
        if (status) {
            const [, word, binary, name] = status;
            current = undefined;
            if (word === 'PASS' || word.startsWith('FLAKY'))
                passedLines++;
            else if (word === 'SKIP')
                skippedLines++;
            else if (FAILING.test(word)) {
                const id = `${binary} ${name}`;
                let f = byId.get(id);
                if (!f) {
                    const doc = parseDocTestName(name);
                    f = { name, binary, ...(doc ? { doc } : {}) };
                    if (word !== 'FAIL')
                        f.message = `${word.toLowerCase()}`;
                    byId.set(id, f);
                    report.failures.push(f);
                }
                current = f.file === undefined ? f : undefined;
            }
            continue;
        }
        if (!current)
            continue;
        const panic = PANIC.exec(line);
        if (panic) {
            current.file = panic[2];
            current.line = Number(panic[3]);
            current.column = Number(panic[4]);
            const msg = [];
            for (let j = i + 1; j < lines.length && !nextest_MESSAGE_END.test(lines[j]) && !STATUS.test(lines[j]); j++) {
                if (lines[j].trim() !== '' || msg.length > 0)
                    msg.push(lines[j].replace(/^ {4}/, ''));
            }
            while (msg.length && msg[msg.length - 1].trim() === '')
                msg.pop();
            current.message = msg.slice(0, 30).join('\n');
            current = undefined;
        }
    }
    if (!sawSummary) {
        report.passed = passedLines;
        report.failed = report.failures.length;
        report.ignored = skippedLines;
    }
    report.suites = sawSummary ? 1 : 0;
    // Binaries and tests run in parallel: order failures by binary, then name, for stable annotations.
    report.failures.sort((a, b) => a.binary.localeCompare(b.binary) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return report;
}

;// CONCATENATED MODULE: ./src/cargo/rustc.ts
// Parses rustc's human diagnostics (what cargo prints to stderr when a build fails), for the
// places where cargo is not asked for JSON (cargo test).

const HEAD = /^error(?:\[(\w+)\])?: (.+)$/;
const ARROW = /^\s*--> (.+):(\d+):(\d+)$/;
// cargo's own closing lines, not diagnostics.
const CARGO_NOISE = /^(could not compile|aborting due to|test failed, to rerun|doctest failed|\d+ targets? failed|failed to run|build failed|Some errors have detailed explanations|For more information about)/;
function parseRustcErrors(stderr) {
    const out = [];
    let cur;
    let body = [];
    const close = () => {
        if (cur)
            out.push({ ...cur, rendered: body.join('\n').trimEnd() });
        cur = undefined;
        body = [];
    };
    for (const line of stripAnsi(stderr).split(/\r?\n/)) {
        const head = HEAD.exec(line);
        if (head || /^(warning|error)(\[\w+\])?: |^\s*(Compiling|Finished|Running|Doc-tests) |^Some errors have|^For more information/.test(line)) {
            close();
            if (head && !CARGO_NOISE.test(head[2])) {
                cur = { message: head[2], ...(head[1] ? { code: head[1] } : {}), rendered: '' };
                body = [line];
            }
            continue;
        }
        if (!cur)
            continue;
        body.push(line);
        const arrow = ARROW.exec(line);
        if (arrow && cur.file === undefined) {
            cur.file = arrow[1];
            cur.line = Number(arrow[2]);
            cur.column = Number(arrow[3]);
        }
    }
    close();
    return out;
}

;// CONCATENATED MODULE: ./src/stages/test.ts
// The test matrix: every toolchain × feature set runs as one cell (cargo test --no-fail-fast, or
// cargo nextest run + cargo test --doc); failing tests become annotations at their panic location.














/** Locates a program the way a shell would, through PATH (and cargo's own bin directory). */
function findProgram(name, env) {
    const dirs = (env.PATH ?? '').split(external_node_path_namespaceObject.delimiter).filter(Boolean);
    dirs.push((0,external_node_path_namespaceObject.join)(env.CARGO_HOME ?? (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), '.cargo'), 'bin'));
    for (const dir of dirs) {
        const p = (0,external_node_path_namespaceObject.join)(dir, process.platform === 'win32' ? `${name}.exe` : name);
        try {
            (0,external_node_fs_namespaceObject.accessSync)(p, external_node_fs_namespaceObject.constants.X_OK);
            return p;
        }
        catch {
            /* not here */
        }
    }
    return undefined;
}
function nextestMissingMessage(version) {
    return (`test-runner is "nextest" but cargo-nextest is not installed (no cargo-nextest on PATH or in CARGO_HOME/bin), so the tests ran with cargo test. ` +
        `Install it in an earlier step (a prebuilt binary from https://get.nexte.st, or: cargo install --locked cargo-nextest --version ${version}), ` +
        `or set test-runner: cargo to silence this warning.`);
}
/** The commands one cell runs, in order. */
function cellCommands(runner, o) {
    if (runner === 'nextest') {
        return [
            { cmd: nextestCommand(o), kind: 'nextest' },
            { cmd: docTestCommand(o), kind: 'libtest' },
        ];
    }
    return [{ cmd: testCommand(o), kind: 'libtest' }];
}
/** Where to annotate a failure: a doc test on its example's line, another test at its panic location. */
function failureLocation(f, bases, repoRoot) {
    if (f.doc) {
        const file = resolveReported(f.doc.file, bases, repoRoot);
        return file ? { file, line: f.doc.line } : {};
    }
    if (f.file && f.line) {
        const file = resolveReported(f.file, bases, repoRoot);
        return file ? { file, line: f.line, ...(f.column ? { column: f.column } : {}) } : {};
    }
    return {};
}
const cellLabel = (c) => `${c.toolchain} / ${c.features}`;
/**
 * One finding per failing test and location, listing the cells it failed in (the same failure in
 * four cells is one annotation, not four).
 */
function testFindings(cells, totalCells) {
    const byKey = new Map();
    const findings = [];
    for (const cell of cells) {
        for (const f of cell.failures) {
            const key = `${f.name}|${f.file ?? ''}|${f.line ?? ''}`;
            const hit = byKey.get(key);
            if (hit)
                hit.cells.push(cellLabel(cell));
            else
                byKey.set(key, { f, cells: [cellLabel(cell)] });
        }
    }
    for (const { f, cells: where } of byKey.values()) {
        const inCells = totalCells > 1 ? ` (${where.length === totalCells ? 'every cell' : where.join(', ')})` : '';
        findings.push({
            level: 'error',
            title: `${f.docTest ? 'doc test' : 'test'} failed: ${f.name}${inCells}`,
            message: f.message || `${f.name} failed`,
            ...(f.file && f.line ? { file: f.file, line: f.line, ...(f.column ? { column: f.column } : {}) } : {}),
        });
    }
    return findings;
}
async function runCell(ctx, toolchain, features, runner, locked) {
    const cell = { toolchain, features: features.label, status: 'success', passed: 0, failed: 0, ignored: 0, ms: 0, failures: [] };
    const findings = [];
    // Panic locations and doc test names are relative to the workspace root (asked of the cell's own
    // toolchain, once it is known to be installed); the working directory is the fallback.
    const bases = [await workspaceRoot(ctx.exec, ctx.cwd, ctx.env, toolchain === 'default' ? undefined : toolchain), ctx.cwd];
    for (const { cmd, kind } of cellCommands(runner, { locked, features, extra: ctx.inputs.testArgs })) {
        const res = await runCargo(ctx, cmd, toolchain === 'default' ? undefined : toolchain);
        cell.ms += res.ms;
        if (res.killed) {
            cell.status = 'cancelled';
            break;
        }
        const report = kind === 'nextest' ? parseNextest(`${res.stderr}\n${res.stdout}`) : parseLibtest(res.stdout);
        cell.passed += report.passed;
        cell.failed += report.failed;
        cell.ignored += report.ignored;
        for (const f of report.failures) {
            cell.failures.push({
                name: f.name,
                ...failureLocation(f, bases, ctx.repoRoot),
                ...(f.message ? { message: f.message } : {}),
                ...(f.doc ? { docTest: true } : {}),
            });
        }
        if (res.code === 0)
            continue;
        cell.status = 'failure';
        // A package without a library has no doc tests: not a failure of the nextest cell.
        if (kind === 'libtest' && runner === 'nextest' && /no library targets found/.test(res.stderr)) {
            cell.status = cell.failed > 0 ? 'failure' : 'success';
            continue;
        }
        if (report.failures.length === 0) {
            // The tests did not run: most often a build error (e.g. code behind a feature that does not compile).
            const errors = parseRustcErrors(res.stderr);
            cell.error = errors.length ? `build failed: ${errors[0].message}` : `cargo ${cmd.args[0]} failed (exit ${res.code})`;
            for (const e of errors) {
                const file = e.file ? resolveReported(e.file, bases, ctx.repoRoot) : undefined;
                findings.push({
                    level: 'error',
                    title: `${e.code ? `error[${e.code}]` : 'build error'} (${cellLabel(cell)})`,
                    message: e.rendered,
                    ...(file && e.line ? { file, line: e.line, column: e.column } : {}),
                });
            }
            if (errors.length === 0)
                findings.push({ level: 'error', title: `cargo ${cmd.args[0]} failed (${cellLabel(cell)})`, message: lastLines(res.stderr) });
        }
    }
    return { cell, findings };
}
const testStage = {
    name: 'test',
    title: 'Test (cargo test)',
    async run(ctx) {
        const cells = [];
        const findings = [];
        const locked = hasLockfile(ctx);
        let runner = ctx.inputs.testRunner;
        if (runner === 'nextest' && !findProgram('cargo-nextest', ctx.env)) {
            const message = nextestMissingMessage(ctx.inputs.tools.versions['cargo-nextest']);
            ctx.log.warning(message);
            findings.push({ level: 'warning', title: 'cargo-nextest not installed', message });
            runner = 'cargo';
        }
        const requireRustup = ctx.inputs.toolchains.length > 0 || ctx.toolchains.length > 1;
        const total = ctx.toolchains.length * ctx.inputs.featureSets.length;
        let stop = false;
        for (const toolchain of ctx.toolchains) {
            let toolchainError;
            if (!stop && !isCancelled() && toolchain !== 'default') {
                try {
                    await ctx.profiler.measure(`toolchain ${toolchain}`, () => ensureToolchain(ctx, toolchain, [], requireRustup));
                }
                catch (e) {
                    if (!(e instanceof ToolchainError))
                        throw e;
                    toolchainError = e.message;
                    findings.push({ level: 'error', title: `toolchain ${toolchain} unavailable`, message: e.message });
                    ctx.log.warning(e.message);
                }
            }
            for (const features of ctx.inputs.featureSets) {
                const label = cellLabel({ toolchain, features: features.label });
                const blank = { toolchain, features: features.label, passed: 0, failed: 0, ignored: 0, ms: 0, failures: [] };
                if (stop || isCancelled()) {
                    cells.push({ ...blank, status: isCancelled() ? 'cancelled' : 'skipped' });
                    continue;
                }
                if (toolchainError) {
                    cells.push({ ...blank, status: 'failure', error: `toolchain ${toolchain} is not installed` });
                    if (ctx.inputs.failFast)
                        stop = true;
                    continue;
                }
                const { cell, findings: cellFindings } = await ctx.profiler.measure(label, () => ctx.log.group(`${runner === 'nextest' ? 'cargo nextest' : 'cargo test'} (${label})`, () => runCell(ctx, toolchain, features, runner, locked)));
                cells.push(cell);
                findings.push(...cellFindings);
                if (cell.status === 'failure' && ctx.inputs.failFast)
                    stop = true;
            }
        }
        findings.push(...testFindings(cells, total));
        const sum = cells.reduce((a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, ignored: a.ignored + c.ignored }), { passed: 0, failed: 0, ignored: 0 });
        const status = cells.some((c) => c.status === 'cancelled') ? 'cancelled' : cells.some((c) => c.status === 'failure') ? 'failure' : 'success';
        const counts = {
            ...sum,
            cells: cells.map((c) => ({
                toolchain: c.toolchain,
                features: c.features,
                status: c.status,
                passed: c.passed,
                failed: c.failed,
                ignored: c.ignored,
                ms: Math.round(c.ms),
                failedTests: c.failures.map((f) => f.name),
                ...(c.error ? { error: c.error } : {}),
            })),
        };
        const ICON = { success: '✅', failure: '❌', skipped: '⏭️', cancelled: '🛑' };
        const rows = cells.map((c) => [c.toolchain, c.features, `${ICON[c.status]} ${c.status}${c.error ? ` (${c.error})` : ''}`, String(c.passed), String(c.failed), String(c.ignored), c.status === 'skipped' ? '–' : formatMs(c.ms)]);
        if (cells.length > 1)
            rows.push(['total', '', '', String(sum.passed), String(sum.failed), String(sum.ignored), formatMs(cells.reduce((a, c) => a + c.ms, 0))]);
        const blocks = [
            {
                kind: 'table',
                header: ['toolchain', 'features', 'result', 'passed', 'failed', 'ignored', 'time'],
                align: ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
                rows,
            },
        ];
        const failedRows = testFindings(cells, total)
            .map((f) => [`\`${f.title.replace(/^(doc )?test failed: /, '')}\``, f.file ? `${f.file}:${f.line}` : '–']);
        if (failedRows.length)
            blocks.push({ kind: 'table', header: ['failed test (cells)', 'location'], rows: failedRows });
        const runnerNote = ctx.inputs.testRunner === 'nextest' ? ` (runner: ${runner === 'nextest' ? 'cargo nextest + cargo test --doc' : 'cargo test, nextest missing'})` : '';
        return result(status, `${sum.passed} passed, ${sum.failed} failed, ${sum.ignored} ignored in ${cells.length} cell${cells.length === 1 ? '' : 's'}${runnerNote}`, {
            findings,
            outputs: { 'test-counts': JSON.stringify(counts) },
            blocks,
            data: { ...counts, runner, cells: cells.map((c) => ({ ...c, ms: Math.round(c.ms) })) },
        });
    },
};

;// CONCATENATED MODULE: ./src/stages/index.ts



/** Every stage, by name (STAGES in inputs.ts gives their order). */
const STAGE_REGISTRY = {
    fmt: fmtStage,
    clippy: clippyStage,
    test: testStage,
};

;// CONCATENATED MODULE: ./src/pipeline.ts
// Plans the stages, runs them in order, times each phase, and collects one RunReport.






function overallResult(stages) {
    if (stages.some((s) => s.status === 'cancelled'))
        return 'cancelled';
    if (stages.some((s) => s.status === 'failure'))
        return 'failure';
    return 'success';
}
async function runPipeline(o) {
    const startedAt = new Date().toISOString();
    const { inputs, profiler } = o;
    const previous = new Map();
    const stages = [];
    const setupBlocks = [];
    const setupData = {};
    const outputs = {};
    const toolchains = resolveToolchains(inputs.toolchains, inputs.workingDirectory, o.repoRoot);
    if (!(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(inputs.workingDirectory, 'Cargo.toml'))) {
        const missing = inputs.stages.map((name) => ({
            ...result('failure', 'no Cargo.toml'),
            name,
            title: STAGE_REGISTRY[name].title,
            ms: 0,
            findings: [{ level: 'error', title: 'working-directory', message: `No Cargo.toml in "${inputs.workingDirectory}". Set the working-directory input to the folder of your crate or workspace.` }],
        }));
        return finish(missing);
    }
    const ctx = {
        inputs,
        cwd: inputs.workingDirectory,
        repoRoot: o.repoRoot,
        env: { ...o.env },
        toolchains,
        exec: o.exec,
        log: o.log,
        profiler,
        event: o.event,
        tempDir: o.tempDir,
        toolDir: o.toolDir,
        previous,
        saveState: o.saveState,
    };
    for (const step of o.setup ?? []) {
        if (isCancelled())
            break;
        try {
            const res = await profiler.measure(step.name, () => step.run(ctx));
            if (res) {
                Object.assign(outputs, res.outputs ?? {});
                setupBlocks.push(...(res.blocks ?? []));
                for (const w of res.warnings ?? [])
                    o.log.warning(w);
                if (res.data !== undefined)
                    setupData[step.name] = res.data;
            }
        }
        catch (e) {
            // Setup steps (cache, tools) must never fail the run by themselves.
            o.log.warning(`${step.name}: ${e.message}`);
        }
    }
    for (const name of inputs.stages) {
        const stage = STAGE_REGISTRY[name];
        if (isCancelled()) {
            stages.push({ ...result('cancelled', 'not started: the run was cancelled'), name, title: stage.title, ms: 0 });
            continue;
        }
        const started = performance.now();
        let res;
        try {
            res = await profiler.measure(`stage: ${name}`, () => o.log.group(stage.title, () => stage.run(ctx)));
        }
        catch (e) {
            res = result('failure', 'internal error', {
                findings: [{ level: 'error', title: `${name} stage`, message: e.stack ?? String(e) }],
            });
        }
        if (isCancelled() && res.status !== 'success')
            res = { ...res, status: 'cancelled' };
        previous.set(name, res);
        stages.push({ ...res, name, title: stage.title, ms: performance.now() - started });
    }
    return finish(stages);
    function finish(done) {
        for (const s of done)
            Object.assign(outputs, s.outputs);
        const res = overallResult(done);
        const failedStages = done.filter((s) => s.status === 'failure' || s.status === 'cancelled').map((s) => s.name);
        outputs.result = res;
        outputs['failed-stages'] = failedStages.join(',');
        return {
            result: res,
            failedStages,
            stages: done,
            outputs,
            setupBlocks,
            setupData,
            toolchains,
            phases: profiler.timings(),
            totalMs: profiler.totalMs(),
            startedAt,
        };
    }
}

;// CONCATENATED MODULE: ./src/report/blocks.ts
function escapeCell(s) {
    return s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function toMarkdown(blocks) {
    const out = [];
    for (const b of blocks) {
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
                const fence = b.body.includes('```') ? '````' : '```';
                out.push(`<details><summary>${escapeHtml(b.summary)}</summary>\n\n${fence}${b.lang ?? ''}\n${b.body.replace(/\n$/, '')}\n${fence}\n\n</details>\n`);
                break;
            }
        }
    }
    return out.join('\n');
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
                out.push(b.text.replace(/\*\*|`/g, ''));
                break;
            case 'table': {
                const all = [b.header, ...b.rows];
                const widths = b.header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
                const fmt = (r) => r
                    .map((c, i) => (b.align?.[i] === 'right' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
                    .join('  ')
                    .trimEnd();
                out.push(fmt(b.header), widths.map((w) => '-'.repeat(w)).join('  '));
                for (const r of b.rows)
                    out.push(fmt(r));
                break;
            }
            case 'details':
                out.push(`${b.summary}:`, ...b.body.replace(/\n$/, '').split('\n').map((l) => `  ${l}`));
                break;
        }
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/cli.ts
// The same pipeline outside Actions: `rust-pipeline [--input value …] [path]`.











const HELP = `Usage: rust-pipeline [options] [path]

Runs the rust-pipeline stages on the Rust crate or workspace at path (default: .).

Options (the action's inputs, as --name value):
${INPUT_SPECS.map((s) => `  --${s.name.padEnd(24)} ${s.description}${s.default ? ` (default: ${s.default})` : ''}`).join('\n')}

Local options:
  --cache-dir DIR             Where the local cache lives (default: $XDG_CACHE_HOME/rust-pipeline or ~/.cache/rust-pipeline).
  --report FILE               Where to write the JSON report (default: <path>/target/rust-pipeline/report.json).
  --event NAME                Event name to act as, e.g. push (default: local).
  --ref REF                   Git ref to act as, e.g. refs/tags/v1.2.3 (for docker tags).
  -h, --help                  Show this help.

Exit code: 0 when every stage passed, 1 otherwise, 2 for bad options.`;
function consoleLogger(secrets) {
    const scrub = (m) => secrets.reduce((acc, s) => (s ? acc.split(s).join('***') : acc), m);
    return {
        info: (m) => console.log(scrub(m)),
        warning: (m) => console.log(`warning: ${scrub(m)}`),
        group: async (name, fn) => {
            console.log(`\n▶ ${name}`);
            return fn();
        },
        secret: (v) => secrets.push(v),
    };
}
function findingLine(f) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}: ` : '';
    const first = f.message.split('\n').find((l) => l.trim() !== '') ?? '';
    return `${where}${f.level}${f.title ? ` [${f.title}]` : ''}: ${first}`;
}
/** Setup steps (cache restore, …) the CLI runs before the stages. */
const cliSetup = [];
async function cli(argv) {
    const profiler = new Profiler();
    const options = {
        'cache-dir': { type: 'string' },
        report: { type: 'string' },
        event: { type: 'string' },
        ref: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    };
    for (const s of INPUT_SPECS)
        options[s.name] = { type: 'string' };
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (e) {
        console.error(`rust-pipeline: ${e.message}\nRun rust-pipeline --help for the options.`);
        return 2;
    }
    const values = parsed.values;
    if (values.help) {
        console.log(HELP);
        return 0;
    }
    if (parsed.positionals.length > 1) {
        console.error(`rust-pipeline: one path at most, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
        return 2;
    }
    const root = (0,external_node_path_namespaceObject.resolve)(parsed.positionals[0] ?? '.');
    const cwd = process.cwd();
    let inputs;
    try {
        inputs = parseInputs((name) => {
            if (name === 'working-directory' && values[name] === undefined)
                return root;
            const v = values[name];
            return typeof v === 'string' ? v : '';
        }, cwd);
    }
    catch (e) {
        if (e instanceof InputError) {
            console.error(`rust-pipeline: ${e.message.replace(/^Input "([^"]+)"/, 'Option --$1')}`);
            return 2;
        }
        throw e;
    }
    const secrets = [];
    const log = consoleLogger(secrets);
    if (inputs.docker.password)
        log.secret(inputs.docker.password);
    let cancelled = false;
    installCancellation((signal) => {
        cancelled = true;
        console.log(`\n${signal}: stopping the running command…`);
    });
    const cacheDir = typeof values['cache-dir'] === 'string'
        ? (0,external_node_path_namespaceObject.resolve)(values['cache-dir'])
        : (0,external_node_path_namespaceObject.join)(process.env.XDG_CACHE_HOME ?? (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), '.cache'), 'rust-pipeline');
    const reportPath = (0,external_node_path_namespaceObject.resolve)(typeof values.report === 'string' ? values.report : (0,external_node_path_namespaceObject.join)(inputs.workingDirectory, 'target', 'rust-pipeline', 'report.json'));
    const report = await runPipeline({
        inputs,
        // Annotation paths are relative to the given path (the repository), also when --working-directory points below it.
        repoRoot: (0,external_node_path_namespaceObject.relative)(root, inputs.workingDirectory).startsWith('..') ? inputs.workingDirectory : root,
        env: process.env,
        event: {
            name: typeof values.event === 'string' ? values.event : 'local',
            ref: typeof values.ref === 'string' ? values.ref : '',
            sha: '',
            repositoryUrl: '',
        },
        exec: exec,
        log,
        profiler,
        tempDir: (0,external_node_path_namespaceObject.join)(inputs.workingDirectory, 'target', 'rust-pipeline', 'tmp'),
        toolDir: (0,external_node_path_namespaceObject.join)(cacheDir, 'tools'),
        saveState: () => undefined,
        setup: cliSetup,
    });
    report.outputs.report = reportPath;
    const findings = report.stages.flatMap((s) => s.findings);
    const selection = selectAnnotations(findings, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    if (findings.length) {
        console.log('\nFindings:');
        for (const f of selection.shown)
            console.log(`  ${findingLine(f)}`);
    }
    console.log(toText(summaryBlocks(report)));
    writeJsonReport(reportPath, report);
    console.log(`\nReport: ${reportPath}  (${formatMs(report.totalMs)})`);
    return report.result === 'success' && !cancelled ? 0 : 1;
}
cli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (e) => {
    console.error(`rust-pipeline crashed: ${e.stack ?? String(e)}`);
    process.exitCode = 1;
});

var __webpack_exports__cli = __webpack_exports__.x;
var __webpack_exports__cliSetup = __webpack_exports__.y;
export { __webpack_exports__cli as cli, __webpack_exports__cliSetup as cliSetup };
