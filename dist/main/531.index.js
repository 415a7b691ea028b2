export const id = 531;
export const ids = [531];
export const modules = {

/***/ 6531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_MATRIX_JOBS: () => (/* binding */ MAX_MATRIX_JOBS),
  actionMode: () => (/* binding */ actionMode),
  cliMode: () => (/* binding */ cliMode),
  merge: () => (/* binding */ merge),
  plan: () => (/* binding */ plan)
});

// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/actions.ts
var actions = __webpack_require__(2496);
// EXTERNAL MODULE: ./src/profiler.ts
var profiler = __webpack_require__(1038);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/blocks.ts
var src_blocks = __webpack_require__(8749);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/cargo/libtest.ts
var libtest = __webpack_require__(1479);
// EXTERNAL MODULE: ./src/inputs/specs.ts
var specs = __webpack_require__(8793);
// EXTERNAL MODULE: ./src/inputs/types.ts
var types = __webpack_require__(3448);
// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
;// CONCATENATED MODULE: ./src/matrix/merge.ts
// mode: merge — the reports of a planned matrix's cell jobs as one run: the matrix table, the
// failures once with the cells they failed in, coverage and audit once, the phases summed, and
// the planned cells that left no (readable) report. Pure: the caller reads the files and writes out.







const ICON = { ...context/* STATUS_ICON */.tW, missing: '🚫' };
const cellKey = (c) => `${c.os}|${c.toolchain}|${c.features}|${c.partition ? `${c.partition.index}/${c.partition.count}` : ''}|${c.target ?? ''}`;
/** The job a report came from: its cell's name, else its artifact folder or file. */
function jobOf(r) {
    const name = r.doc?.cell?.name;
    return typeof name === 'string' && name ? name : r.file.replace(/\/?[^/]*$/, '') || r.file;
}
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const str = (v, fallback = '–') => (typeof v === 'string' && v ? v : fallback);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- report fields are checked as read
function stageOf(r, name) {
    return Array.isArray(r.doc.stages) ? r.doc.stages.find((s) => s?.name === name) : undefined;
}
/** The matrix rows of one report: its test stage's cells, with the OS of the job's cell. */
function cellsOf(r) {
    const job = jobOf(r);
    const planned = r.doc.cell;
    const data = stageOf(r, 'test')?.data;
    const rows = Array.isArray(data?.cells) ? data.cells : [];
    if (rows.length === 0 && planned) {
        const status = r.doc.result === 'cancelled' ? 'cancelled' : 'skipped';
        return [{ ...planned, status, passed: 0, failed: 0, ignored: 0, ms: 0, failedTests: [], job }];
    }
    return rows.map((raw) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one cell of the report, read loosely
        const c = raw;
        const partition = c?.partition ?? planned?.partition;
        return {
            os: str(c?.os ?? planned?.os),
            toolchain: str(c?.toolchain),
            ...(typeof c?.label === 'string' && c.label ? { label: c.label } : {}),
            features: str(c?.features),
            ...(partition ? { partition: { index: num(partition.index), count: num(partition.count) } } : {}),
            status: (c?.status in ICON ? c.status : 'failure'),
            passed: num(c?.passed),
            failed: num(c?.failed),
            ignored: num(c?.ignored),
            ms: num(c?.ms),
            failedTests: Array.isArray(c?.failures)
                ? c.failures.map((f) => str(f?.name))
                : Array.isArray(c?.failedTests)
                    ? c.failedTests.map((n) => str(n))
                    : [],
            ...(typeof c?.error === 'string' ? { error: c.error } : {}),
            job,
        };
    });
}
/**
 * The cells' cache restores as one: exact when every cell restored its exact key, none when none
 * restored anything, else partial. Reads cache-match, or a report's older three-way cache-hit.
 */
function mergedCacheMatch(reports) {
    const matches = reports
        .map((r) => r.doc.outputs?.['cache-match'] ?? r.doc.outputs?.['cache-hit'])
        .filter((m) => m === 'exact' || m === 'partial' || m === 'none');
    if (matches.length === 0)
        return undefined;
    if (matches.every((m) => m === 'exact'))
        return 'exact';
    return matches.every((m) => m === 'none') ? 'none' : 'partial';
}
/** At most five job names, then how many more. */
function jobList(jobs, all) {
    if (all > 1 && jobs.length === all)
        return 'every cell';
    return jobs.length > 5 ? `${jobs.slice(0, 5).join(', ')} and ${jobs.length - 5} more` : jobs.join(', ');
}
/** Every distinct finding once (same level, place, title and message), with the jobs it came from. */
function dedupeFindings(reports) {
    const byKey = new Map();
    for (const r of reports) {
        for (const s of Array.isArray(r.doc.stages) ? r.doc.stages : []) {
            for (const f of Array.isArray(s?.findings) ? s.findings : []) {
                if (typeof f?.message !== 'string' || !['error', 'warning', 'notice'].includes(f.level))
                    continue;
                const key = JSON.stringify([f.level, f.file, f.line, f.column, f.title, f.message]);
                const hit = byKey.get(key) ?? { f, stage: str(s.name), jobs: [] };
                if (!hit.jobs.includes(jobOf(r)))
                    hit.jobs.push(jobOf(r));
                byKey.set(key, hit);
            }
        }
    }
    const findings = [];
    const failures = [];
    for (const { f, stage, jobs } of byKey.values()) {
        const where = reports.length > 1 ? ` (${jobList(jobs, reports.length)})` : '';
        findings.push({ ...f, title: `${f.title ?? stage}${where}` });
        if (stage === 'test' && f.level === 'error')
            failures.push({
                title: f.title ?? 'test',
                location: f.file ? `${f.file}:${f.line ?? ''}` : '–',
                jobs,
                message: f.message,
            });
    }
    return { findings, failures };
}
/** Coverage and audit from the first job that ran them (every cell that runs them sees the same code). */
function onceStages(reports) {
    const once = [];
    for (const stage of ['coverage', 'audit']) {
        const ran = reports.filter((r) => stageOf(r, stage) && stageOf(r, stage).status !== 'skipped');
        if (ran.length === 0)
            continue;
        const s = stageOf(ran[0], stage);
        once.push({ stage, status: s.status, summary: str(s.summary, ''), job: jobOf(ran[0]), ranIn: ran.length });
    }
    return once;
}
/** Per stage (pipeline order), the statuses it ended in across the jobs. */
function stageTally(reports) {
    return specs/* STAGES */.an.flatMap((stage) => {
        const statuses = {};
        for (const r of reports) {
            const status = stageOf(r, stage)?.status;
            if (status && status in context/* STATUS_ICON */.tW)
                statuses[status] = (statuses[status] ?? 0) + 1;
        }
        return Object.keys(statuses).length ? [{ stage, statuses }] : [];
    });
}
/** Top-level phases summed by name over the jobs (nested phases would count twice). */
function sumPhases(reports) {
    const sums = new Map();
    for (const r of reports) {
        for (const p of Array.isArray(r.doc.phases) ? r.doc.phases : []) {
            if (num(p?.depth) !== 0 || typeof p?.name !== 'string')
                continue;
            sums.set(p.name, (sums.get(p.name) ?? 0) + num(p.ms));
        }
    }
    return [...sums].map(([name, ms]) => ({ name, ms }));
}
function missingCells(found, cells, planned) {
    const missing = [];
    const seen = new Set(cells.map(cellKey));
    for (const p of planned ?? []) {
        if (!seen.has(cellKey(p)))
            missing.push({ name: p.name, why: 'no report (cancelled, failed before reporting, or not uploaded)' });
    }
    for (const u of found.unreadable)
        missing.push({ name: u.file, why: `unreadable report: ${u.reason}` });
    if (found.reports.length === 0 && missing.length === 0)
        missing.push({ name: 'every cell', why: 'no JSON report found in the reports folder or glob' });
    return missing;
}
/** The planned cells without a report, as rows of the matrix table. */
function missingRows(planned, missing) {
    const names = new Set(missing.map((m) => m.name));
    return (planned ?? [])
        .filter((p) => names.has(p.name))
        .map((p) => ({
        os: p.os,
        toolchain: p.toolchain,
        features: p.features,
        ...(p.partition ? { partition: p.partition } : {}),
        status: 'missing',
        ...{ passed: 0, failed: 0, ignored: 0, ms: 0, failedTests: [] },
        job: p.name,
    }));
}
function overall(found, cells, missing) {
    if (missing.length)
        return 'failure';
    return (0,context/* worstStatus */.A4)([
        ...found.reports.map((r) => r.doc.result),
        ...cells.flatMap((c) => (c.status === 'missing' ? [] : [c.status])),
    ]);
}
function mergeReports(found, planned) {
    const reported = found.reports.flatMap(cellsOf);
    const missing = missingCells(found, reported, planned);
    const cells = [...reported, ...missingRows(planned, missing)];
    const failed = new Set(found.reports.flatMap((r) => (Array.isArray(r.doc.failedStages) ? r.doc.failedStages : [])));
    if (missing.length)
        failed.add('test');
    const failedStages = specs/* STAGES */.an.filter((s) => failed.has(s));
    const result = overall(found, cells, missing);
    const { findings, failures } = dedupeFindings(found.reports);
    const once = onceStages(found.reports);
    const jobs = found.reports.map((r) => ({ job: jobOf(r), ms: num(r.doc.totalMs), result: str(r.doc.result) }));
    const counts = {
        passed: cells.reduce((a, c) => a + c.passed, 0),
        failed: cells.reduce((a, c) => a + c.failed, 0),
        ignored: cells.reduce((a, c) => a + c.ignored, 0),
        cells: cells.map(({ job: _job, ...c }) => c),
        missing: missing.map((m) => m.name),
    };
    const outputs = {
        result,
        'failed-stages': failedStages.join(','),
        'test-counts': JSON.stringify(counts),
    };
    for (const name of ['coverage', 'vulnerabilities']) {
        const from = found.reports.find((r) => typeof r.doc.outputs?.[name] === 'string');
        if (from)
            outputs[name] = from.doc.outputs[name];
    }
    const match = mergedCacheMatch(found.reports);
    if (match)
        Object.assign(outputs, { 'cache-hit': match === 'exact' ? 'true' : 'false', 'cache-match': match });
    return {
        ...{ result, failedStages, cells, missing, findings, failures, once, jobs, outputs },
        stages: stageTally(found.reports),
        phases: sumPhases(found.reports),
        totalMs: jobs.reduce((a, j) => a + j.ms, 0),
        reportCount: found.reports.length,
        ignoredFiles: found.ignored.length,
    };
}
const share = (ms, total) => `${((ms / Math.max(total, 1)) * 100).toFixed(1)}%`;
function matrixTable(cells) {
    const rows = cells.map((c) => [
        c.os,
        c.label ?? c.toolchain,
        c.features,
        c.partition ? `${c.partition.index}/${c.partition.count}` : '–',
        `${ICON[c.status]} ${c.status}${c.error ? ` (${c.error})` : ''}`,
        String(c.passed),
        String(c.failed),
        String(c.ignored),
        c.status === 'missing' || c.status === 'skipped' ? '–' : (0,profiler/* formatMs */._V)(c.ms),
    ]);
    const sum = (k) => String(cells.reduce((a, c) => a + c[k], 0));
    if (cells.length > 1)
        rows.push([
            'total',
            '',
            '',
            '',
            '',
            sum('passed'),
            sum('failed'),
            sum('ignored'),
            (0,profiler/* formatMs */._V)(cells.reduce((a, c) => a + c.ms, 0)),
        ]);
    return {
        kind: 'table',
        header: ['os', 'toolchain', 'features', 'shard', 'result', 'passed', 'failed', 'ignored', 'time'],
        align: ['left', 'left', 'left', 'left', 'left', 'right', 'right', 'right', 'right'],
        rows,
    };
}
function profileBlocks(run) {
    return [
        { kind: 'heading', text: 'Phase profile (summed over cells)', level: 3 },
        {
            kind: 'table',
            header: ['phase', 'time', 'share'],
            align: ['left', 'right', 'right'],
            rows: [
                ...run.phases.map((p) => [p.name, (0,profiler/* formatMs */._V)(p.ms), share(p.ms, run.totalMs)]),
                ['total', (0,profiler/* formatMs */._V)(run.totalMs), '100.0%'],
            ],
        },
        {
            kind: 'table',
            header: ['cell', 'result', 'time', 'share'],
            align: ['left', 'left', 'right', 'right'],
            rows: run.jobs.map((j) => [j.job, j.result, (0,profiler/* formatMs */._V)(j.ms), share(j.ms, run.totalMs)]),
        },
    ];
}
/** The failures (once, with their cells) and the coverage and audit results (once). */
function resultBlocks(run) {
    const blocks = [];
    if (run.failures.length)
        blocks.push({
            kind: 'table',
            header: ['failure', 'cells', 'location', 'cause'],
            rows: (0,src_blocks/* firstRows */.C)(run.failures.map((f) => [
                (0,src_blocks/* code */.aY)(f.title),
                (0,src_blocks/* escapeText */.X1)(jobList(f.jobs, run.reportCount)),
                (0,src_blocks/* escapeText */.X1)(f.location),
                (0,src_blocks/* codeLines */.zo)(f.message, libtest/* SUMMARY_MESSAGE_LINES */.xH),
            ]), libtest/* SUMMARY_FAILURE_ROWS */._z, '(see the annotations and the JSON reports)'),
        });
    if (run.once.length)
        blocks.push({
            kind: 'table',
            header: ['stage', 'result', 'details', 'from'],
            rows: run.once.map((o) => [
                o.stage,
                `${context/* STATUS_ICON */.tW[o.status] ?? ''} ${o.status}`,
                o.summary,
                `${o.job}${o.ranIn > 1 ? ` (ran in ${o.ranIn} cells)` : ''}`,
            ]),
        });
    return blocks;
}
/** The job summary of the merge; `annotationsNote` says which findings were not annotated. */
function mergeBlocks(run, source, annotationsNote) {
    const verdict = run.result === 'success'
        ? '✅ passed'
        : run.result === 'cancelled'
            ? '🛑 cancelled'
            : `❌ failed (${run.failedStages.join(', ') || 'missing reports'})`;
    const blocks = [
        { kind: 'heading', text: `rust-pipeline matrix: ${verdict}`, level: 2 },
        {
            kind: 'text',
            text: `${(0,src_text/* plural */.LS)(run.reportCount, 'report')} merged from \`${source}\`${run.ignoredFiles ? ` (${(0,src_text/* plural */.LS)(run.ignoredFiles, 'other JSON file')} ignored)` : ''}.`,
        },
    ];
    if (run.missing.length) {
        blocks.push({
            kind: 'text',
            text: `🚫 **${(0,src_text/* plural */.LS)(run.missing.length, 'cell')} without a readable report** (counted as failed):`,
        }, { kind: 'table', header: ['missing', 'why'], rows: run.missing.map((m) => [m.name, m.why]) });
    }
    if (run.stages.length)
        blocks.push({
            kind: 'table',
            header: ['stage', 'results over the cells'],
            rows: run.stages.map((s) => [
                s.stage,
                Object.entries(s.statuses)
                    .map(([status, n]) => `${context/* STATUS_ICON */.tW[status]} ${n} ${status}`)
                    .join(', '),
            ]),
        });
    // A release matrix's cells build; they run no test.
    if (!run.cells.every((c) => c.target && c.status === 'skipped'))
        blocks.push({ kind: 'heading', text: 'Test matrix', level: 3 }, matrixTable(run.cells));
    blocks.push(...resultBlocks(run));
    if (annotationsNote)
        blocks.push({ kind: 'text', text: `**Annotations:** ${annotationsNote}` });
    blocks.push(...profileBlocks(run));
    return blocks;
}
/** The merged run as JSON (the merge step's report output). */
function mergedJson(run) {
    const { outputs, ...rest } = run;
    return { schema: 1, mode: 'merge', ...rest, outputs, cellNames: run.cells.map((c) => (0,types/* cellName */.I)(c)) };
}

// EXTERNAL MODULE: ./src/cargo/toolchain-resolve.ts + 2 modules
var toolchain_resolve = __webpack_require__(9112);
// EXTERNAL MODULE: ./src/matrix/release.ts
var matrix_release = __webpack_require__(9268);
;// CONCATENATED MODULE: ./src/matrix/plan.ts
// mode: plan — the job matrix of a run, for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`.
// Pure: reads the inputs and rust-toolchain(.toml), starts no process.



/** ImageOS of GitHub's hosted images → the label that selects that image. */
const IMAGE_LABELS = [
    [/^ubuntu(\d\d)$/, (n) => `ubuntu-${n}.04`],
    [/^win(\d\d)$/, (n) => `windows-20${n}`],
    [/^macos(\d\d)$/, (n) => `macos-${n}`],
];
const OS_LABELS = { Linux: 'ubuntu-latest', Windows: 'windows-latest', macOS: 'macos-latest' };
const PLATFORM_OS = { linux: 'Linux', win32: 'Windows', darwin: 'macOS' };
/**
 * The runner label of the machine this runs on: the hosted image's own label from ImageOS (so the
 * cells run on the image the plan ran on), else the OS's "-latest" label from RUNNER_OS (or, outside
 * Actions, the platform). Self-hosted runners have no ImageOS: give their labels in the os input.
 */
function currentRunnerLabel(env, platform = process.platform) {
    const image = env.ImageOS ?? '';
    for (const [pattern, label] of IMAGE_LABELS) {
        const m = pattern.exec(image);
        if (!m)
            continue;
        const arm = image.startsWith('ubuntu') && env.RUNNER_ARCH === 'ARM64' ? '-arm' : '';
        return `${label(m[1])}${arm}`;
    }
    const os = env.RUNNER_OS ?? PLATFORM_OS[platform] ?? 'Linux';
    return OS_LABELS[os] ?? 'ubuntu-latest';
}
/**
 * Every cell: OS × toolchain × feature set × shard, in that order. The cache writer of each
 * (OS, toolchain) is its first feature set's first shard: the one cell that saves the dependency
 * entry the others restore (they build the same dependencies; the first feature set is the one the
 * user listed first, usually the default).
 */
function planCells(shape) {
    const cells = [];
    const shards = shape.partitions > 1 ? shape.partitions : 0;
    for (const os of shape.os) {
        for (const toolchain of shape.toolchains) {
            shape.features.forEach((features, f) => {
                for (let index = 1; index <= Math.max(shards, 1); index++) {
                    const partition = shards ? { index, count: shards } : undefined;
                    const cell = { os, toolchain, features, ...(partition ? { partition } : {}) };
                    const name = (0,types/* cellName */.I)({ ...cell, toolchain: shape.labels?.[toolchain] ?? toolchain });
                    cells.push({ name, ...cell, cacheWriter: f === 0 && index === 1 });
                }
            });
        }
    }
    return cells;
}
/** The targets of a release plan (the targets input). */
function releaseTargets(inputs) {
    return inputs.build.targets;
}
/**
 * The cells of a run's inputs: with targets, one release cell per target (release.ts); else the
 * test matrix: toolchains as `run` resolves them (a ToolchainSpecError when it cannot), the os input
 * or the current runner.
 */
function planFromInputs(inputs, repoRoot, env) {
    const { list } = (0,toolchain_resolve/* resolveToolchains */.vy)(inputs.toolchains, inputs.workingDirectory, repoRoot, env);
    const targets = releaseTargets(inputs);
    if (targets.length > 0) {
        return (0,matrix_release/* planReleaseCells */.wH)(targets, list[0]?.request ?? 'stable', inputs.featureSets[0]?.label);
    }
    return planCells({
        os: inputs.matrix.os.length ? inputs.matrix.os : [currentRunnerLabel(env)],
        toolchains: list.map((t) => t.request),
        labels: Object.fromEntries(list.filter((t) => t.label !== t.request).map((t) => [t.request, t.label])),
        features: inputs.featureSets.map((f) => f.label),
        partitions: inputs.testRunner === 'nextest' ? inputs.matrix.partitions : 1,
    });
}
/** The matrix output: `{"include":[…]}`, which strategy.matrix accepts through fromJSON. */
function matrixJson(cells) {
    return JSON.stringify({ include: cells });
}

;// CONCATENATED MODULE: ./src/matrix/reports.ts
// mode: merge — finding and reading the JSON reports the cell jobs uploaded. actions/download-artifact
// puts each artifact in its own subfolder (or all in one with merge-multiple), so a folder is searched
// recursively; a glob (`*`, `**`, `?`) selects files by path.


const GLOB_CHARS = /[*?[]/;
const MAX_FILES = 10_000;
/** Converts a glob to a regular expression over '/'-separated paths: `**` any folders, `*` and `?` within one. */
function globRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            const slash = glob[i + 2] === '/';
            re += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += /[\\^$.|+(){}[\]]/.test(c) ? `\\${c}` : c;
    }
    return new RegExp(`^${re}$`);
}
/** Every file below dir (not following symbolic links), as '/'-separated paths relative to dir. */
function walk(dir, base = dir, out = []) {
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        if (out.length >= MAX_FILES)
            break;
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            walk(path, base, out);
        else if (entry.isFile())
            out.push((0,external_node_path_.relative)(base, path).split(external_node_path_.sep).join('/'));
    }
    return out;
}
/** The report files a folder or glob names: [base folder, relative paths]. */
function reportFiles(pattern) {
    const normalized = pattern.split(external_node_path_.sep).join('/');
    if (!GLOB_CHARS.test(normalized)) {
        if (!(0,external_node_fs_.existsSync)(pattern))
            return { base: pattern, files: [] };
        if (!(0,external_node_fs_.statSync)(pattern).isDirectory())
            return { base: (0,external_node_path_.join)(pattern, '..'), files: [pattern.split(external_node_path_.sep).pop()] };
        return { base: pattern, files: walk(pattern).filter((f) => f.endsWith('.json')) };
    }
    // The folders before the first wildcard are walked; the rest of the pattern selects.
    const parts = normalized.split('/');
    const fixed = parts.slice(0, parts.findIndex((p) => GLOB_CHARS.test(p)));
    const base = fixed.join('/') || '/';
    const rest = globRegExp(parts.slice(fixed.length).join('/'));
    if (!(0,external_node_fs_.existsSync)(base) || !(0,external_node_fs_.lstatSync)(base).isDirectory())
        return { base, files: [] };
    return { base, files: walk(base).filter((f) => rest.test(f)) };
}
function isRunReport(doc) {
    const d = doc;
    return typeof d === 'object' && d !== null && d.schema === 1 && Array.isArray(d.stages) && 'result' in d;
}
/** Reads every report the pattern names, in path order; unreadable ones are listed, never thrown. */
function readReports(pattern) {
    const { base, files } = reportFiles(pattern);
    const found = { base, reports: [], unreadable: [], ignored: [] };
    for (const file of [...files].sort()) {
        let doc;
        try {
            doc = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(base, file), 'utf8'));
        }
        catch (e) {
            found.unreadable.push({ file, reason: e.message.split('\n')[0] });
            continue;
        }
        if (isRunReport(doc))
            found.reports.push({ file, doc });
        else
            found.ignored.push(file);
    }
    return found;
}

// EXTERNAL MODULE: ./src/cargo/toolchain-names.ts
var toolchain_names = __webpack_require__(6790);
;// CONCATENATED MODULE: ./src/modes.ts
// The plan and merge modes for the action and the CLI: they run no stage and no cargo. The entry
// points hand over here when the mode input is not "run".













/** GitHub runs at most 256 jobs from one matrix. */
const MAX_MATRIX_JOBS = 256;
function plan(inputs, repoRoot, env) {
    const started = performance.now();
    let cells;
    try {
        cells = planFromInputs(inputs, repoRoot, env);
    }
    catch (e) {
        if (!(e instanceof toolchain_names/* ToolchainSpecError */.rY))
            throw e;
        return { cells: [], matrix: matrixJson([]), ms: performance.now() - started, error: e.message };
    }
    const ms = performance.now() - started;
    const error = cells.length > MAX_MATRIX_JOBS
        ? `The plan has ${cells.length} cells (os × toolchains × feature-sets × partitions) but GitHub runs at most ${MAX_MATRIX_JOBS} jobs per matrix: list fewer in os, toolchains or feature-sets, or lower partitions.`
        : undefined;
    return { cells, matrix: matrixJson(cells), ms, ...(error ? { error } : {}) };
}
/** CPU time of this process so far (a shared runner's load does not inflate it). */
function cpuMs() {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
}
function planBlocks(p) {
    if (p.cells.some((c) => c.target))
        return [
            { kind: 'heading', text: `rust-pipeline release plan: ${(0,src_text/* plural */.LS)(p.cells.length, 'target')}`, level: 2 },
            {
                kind: 'table',
                header: ['cell', 'target', 'runs on', 'toolchain'],
                rows: p.cells.map((c) => [c.name, c.target ?? '–', c.os, c.toolchain]),
            },
        ];
    return [
        { kind: 'heading', text: `rust-pipeline plan: ${(0,src_text/* plural */.LS)(p.cells.length, 'cell')}`, level: 2 },
        {
            kind: 'table',
            header: ['cell', 'os', 'toolchain', 'features', 'shard', 'saves the dependency cache'],
            rows: p.cells.map((c) => [
                c.name,
                c.os,
                c.toolchain,
                c.features,
                c.partition ? `${c.partition.index}/${c.partition.count}` : '–',
                c.cacheWriter ? 'yes' : 'no (restores it)',
            ]),
        },
    ];
}
function merge(inputs) {
    return mergeReports(readReports(inputs.matrix.reports), inputs.matrix.planned);
}
async function mergeAndPublish(inputs, event, env, o) {
    const found = readReports(inputs.matrix.reports);
    const run = mergeReports(found, inputs.matrix.planned);
    const planned = inputs.matrix.planned?.flatMap((c) => (c.target ? [c.target] : []));
    if (!(0,matrix_release/* isReleaseMatrix */.fs)(found.reports, planned))
        return { run };
    const { setting, token } = inputs.githubRelease;
    const release = await (0,matrix_release/* publishMerged */.EB)({
        base: found.base ?? inputs.matrix.reports,
        reports: found.reports,
        ...(planned?.length ? { planned } : {}),
        outDir: o.outDir,
        step: {
            setting,
            ...(token ? { token } : {}),
            event,
            changelogDirs: [...new Set([inputs.workingDirectory, o.repoRoot])],
            env,
            log: o.log,
        },
    });
    Object.assign(run.outputs, release.outputs);
    if (release.status === 'failure')
        run.result = 'failure';
    return { run, release };
}
function writeJson(path, value) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(value, null, 2)}\n`);
}
const failMessage = (run, release) => `The matrix ${run.result === 'cancelled' ? 'was cancelled' : 'failed'}: ${[
    run.failedStages.length ? `failed stages ${run.failedStages.join(', ')}` : '',
    run.missing.length ? `${(0,src_text/* plural */.LS)(run.missing.length, 'cell')} without a report` : '',
    release?.status === 'failure' ? `GitHub Release ${release.summary}` : '',
]
    .filter(Boolean)
    .join('; ')}.`;
/** The release's failure as a finding (annotated like the cells' findings). */
function releaseFindings(release) {
    return release?.error ? [{ level: 'error', title: release.input ?? 'GitHub Release', message: release.error }] : [];
}
/** mode: plan or merge in the action: outputs, summary, annotations; fails the step when the merged run failed. */
async function actionMode(inputs, workspace) {
    let blocks;
    if (inputs.matrix.mode === 'plan') {
        const p = plan(inputs, workspace, process.env);
        if (p.error)
            return (0,actions/* fail */.fJ)(p.error);
        const problems = (0,actions/* setOutputs */.n0)({ matrix: p.matrix });
        if (problems.length)
            return (0,actions/* fail */.fJ)(problems.join('\n'));
        // performance.now() counts from the process start: the whole step, module loading included.
        actions/* actionsLogger */.MV.info(`Planned ${(0,src_text/* plural */.LS)(p.cells.length, 'cell')} in ${(0,profiler/* formatMs */._V)(p.ms)} (step: ${(0,profiler/* formatMs */._V)(performance.now())} since node started, ${(0,profiler/* formatMs */._V)(cpuMs())} CPU):\n${p.matrix}`);
        blocks = planBlocks(p);
    }
    else {
        const outDir = (0,paths/* actionTempDir */.O4)();
        const { run, release } = await mergeAndPublish(inputs, (0,actions/* githubEvent */.iB)(process.env), process.env, {
            log: (m) => actions/* actionsLogger */.MV.info(m),
            outDir: (0,external_node_path_.join)(outDir, 'release'),
            repoRoot: workspace,
        });
        const findings = [...run.findings, ...releaseFindings(release)];
        const selection = (0,annotations/* selectAnnotations */.TT)(findings, inputs.maxAnnotations);
        for (const f of selection.shown)
            (0,actions/* annotate */.fz)(f);
        const reportPath = (0,external_node_path_.join)(outDir, 'merged-report.json');
        writeJson(reportPath, { ...mergedJson(run), ...(release ? { release: release.outcome ?? null } : {}) });
        const problems = (0,actions/* setOutputs */.n0)({ ...run.outputs, report: reportPath });
        if (problems.length)
            (0,actions/* fail */.fJ)(problems.join('\n'));
        blocks = [...mergeBlocks(run, inputs.matrix.reports, (0,annotations/* omittedText */.Uy)(selection.omitted)), ...(release?.blocks ?? [])];
        if (run.result !== 'success')
            (0,actions/* fail */.fJ)(`${failMessage(run, release)} See the job summary.`);
    }
    try {
        await (0,actions/* appendSummary */.fe)((0,src_blocks/* toMarkdown */.l6)(blocks));
    }
    catch (e) {
        actions/* actionsLogger */.MV.warning(`Could not write the job summary: ${e.message}`);
    }
}
function findingLine(f) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : '';
    return `${where}${f.level}${f.title ? ` [${f.title}]` : ''}: ${f.message.split('\n')[0]}`;
}
/**
 * mode: plan or merge in the CLI. plan prints only the matrix JSON (to pipe into other tools);
 * merge prints the summary and returns 1 when the merged run failed. `reportPath` receives the merged JSON.
 */
async function cliMode(inputs, root, event, reportPath) {
    if (inputs.matrix.mode === 'plan') {
        const p = plan(inputs, root, process.env);
        if (p.error) {
            console.error(`rust-pipeline: ${p.error}`);
            return 2;
        }
        console.log(p.matrix);
        return 0;
    }
    const { run, release } = await mergeAndPublish(inputs, event, process.env, {
        log: (m) => console.log(m),
        outDir: (0,external_node_path_.join)(reportPath ? (0,external_node_path_.dirname)(reportPath) : (0,external_node_path_.join)(root, 'target', 'rust-pipeline'), 'release'),
        repoRoot: root,
    });
    const findings = [...run.findings, ...releaseFindings(release)];
    if (findings.length)
        console.log(['Findings:', ...findings.map((f) => `  ${findingLine(f)}`)].join('\n'));
    console.log((0,src_blocks/* toText */.fE)([...mergeBlocks(run, inputs.matrix.reports), ...(release?.blocks ?? [])]));
    if (reportPath)
        writeJson(reportPath, mergedJson(run));
    if (run.result !== 'success')
        console.log(`\n${failMessage(run, release)}`);
    return run.result === 'success' ? 0 : 1;
}


/***/ })

};
