export const id = 969;
export const ids = [969];
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

/***/ 3969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cliMode: () => (/* binding */ cliMode)
});

// UNUSED EXPORTS: MAX_MATRIX_JOBS, actionMode, merge, plan

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
function merge_mergeReports(found, planned) {
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
function merge_mergeBlocks(run, source, annotationsNote) {
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
function merge_mergedJson(run) {
    const { outputs, ...rest } = run;
    return { schema: 1, mode: 'merge', ...rest, outputs, cellNames: run.cells.map((c) => (0,types/* cellName */.I)(c)) };
}

// EXTERNAL MODULE: ./src/cargo/toolchain-resolve.ts + 2 modules
var toolchain_resolve = __webpack_require__(9112);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/release/publish-step.ts + 3 modules
var publish_step = __webpack_require__(5761);
;// CONCATENATED MODULE: ./src/matrix/release.ts
// The release fan-out: mode: plan with targets plans one build cell per target (on a runner that
// can build it), each cell leaves its archives beside its JSON report, and mode: merge gathers them
// into one release: every planned target present and built, every archive's bytes the ones its cell
// recorded, one SHA256SUMS recomputed from the archives. Anything less publishes nothing.





/** The runner a target builds on: Apple targets on macOS, Windows targets on Windows, the rest on Linux. */
function runnerFor(target) {
    if (/-apple-/.test(target))
        return 'macos-latest';
    if (/-windows-/.test(target))
        return 'windows-latest';
    return 'ubuntu-latest';
}
/** One cell per target (in the order given); the first cell of each runner saves the dependency cache. */
function planReleaseCells(targets, toolchain, features = 'default') {
    const writers = new Set();
    return targets.map((target) => {
        const os = runnerFor(target);
        const cacheWriter = !writers.has(os);
        writers.add(os);
        return { name: `release / ${target}`, os, toolchain, features, target, cacheWriter };
    });
}
/** Copies each archive and the files beside it into `dir` (the folder of the cell's JSON report). */
function placeBesideReport(archives, dir) {
    mkdirSync(dir, { recursive: true });
    const placed = [];
    for (const a of archives) {
        for (const file of [a.path, ...a.assets]) {
            const to = join(dir, basename(file));
            if (to !== file)
                copyFileSync(file, to);
            placed.push(to);
        }
    }
    return placed;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an uploaded report, read field by field
function buildStageOf(r) {
    return Array.isArray(r.doc.stages) ? r.doc.stages.find((s) => s?.name === 'build') : undefined;
}
/** A file of a cell: beside its report (where download-artifact put it), else where the cell wrote it. */
function locate(base, report, path) {
    const beside = (0,external_node_path_.join)(base, (0,external_node_path_.dirname)(report.file), (0,external_node_path_.basename)(path));
    if ((0,external_node_fs_.existsSync)(beside))
        return beside;
    return (0,external_node_fs_.existsSync)(path) ? path : undefined;
}
function archivesOf(base, r, problems) {
    const target = String(r.doc.cell?.target ?? '');
    const build = buildStageOf(r);
    if (r.doc.result !== 'success' || build?.status !== 'success') {
        const why = build
            ? `the build stage ${build.status === 'success' ? 'passed but the run' : String(build.status)}`
            : 'no build stage ran';
        problems.push({
            target,
            why: `${why}${r.doc.result !== 'success' ? ` (run: ${String(r.doc.result)})` : ''} — ${r.file}`,
        });
        return [];
    }
    const listed = Array.isArray(build.data?.archives) ? build.data.archives : [];
    if (listed.length === 0)
        problems.push({ target, why: `the cell's report lists no archive — ${r.file}` });
    const out = [];
    for (const raw of listed) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one archive entry of the report
        const a = raw;
        const path = typeof a?.path === 'string' ? locate(base, r, a.path) : undefined;
        if (!path) {
            problems.push({
                target,
                why: `archive ${String(a?.name ?? '?')} is not beside ${r.file}: upload the cell's release-dir`,
            });
            continue;
        }
        const assets = [];
        for (const extra of Array.isArray(a.assets) ? a.assets : []) {
            const p = typeof extra === 'string' ? locate(base, r, extra) : undefined;
            if (p)
                assets.push(p);
            else
                problems.push({ target, why: `${String(extra)} is not beside ${r.file}` });
        }
        out.push({
            target: String(a.target ?? target),
            path,
            name: (0,external_node_path_.basename)(path),
            sha256: String(a.sha256 ?? ''),
            size: Number(a.size ?? 0),
            assets,
        });
    }
    return out;
}
/**
 * The archives of a release matrix. `planned` (the plan's targets) names the targets without a
 * report; without it, the targets of the reports found are all there is to check.
 */
function gatherRelease(base, reports, planned) {
    const problems = [];
    const releaseReports = reports.filter((r) => typeof r.doc.cell?.target === 'string');
    const archives = releaseReports.flatMap((r) => archivesOf(base, r, problems));
    const seen = new Set(releaseReports.map((r) => String(r.doc.cell.target)));
    for (const t of planned ?? []) {
        if (!seen.has(t))
            problems.push({
                target: t,
                why: 'no report (the cell failed before reporting, was cancelled, or its artifact was not downloaded)',
            });
    }
    const versions = releaseReports
        .map((r) => buildStageOf(r)?.data?.package?.version)
        .filter((v) => typeof v === 'string');
    return { archives, problems, ...(versions.length ? { cargoVersion: versions[0] } : {}) };
}
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * One SHA256SUMS (sha256sum's format, sorted by name) for the archives, from their bytes; each must
 * match the sha256 its cell recorded. Returns the file's path, or stops with the archives that do not match.
 */
async function writeChecksums(archives, dir) {
    const lines = [];
    const mismatches = [];
    for (const a of [...archives].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
        const actual = await sha256File(a.path);
        if (actual !== a.sha256.toLowerCase())
            mismatches.push({
                target: a.target,
                why: `${a.name} has sha256 ${actual}, its cell recorded ${a.sha256 || '(none)'}`,
            });
        lines.push(`${actual}  ${a.name}`);
    }
    if (mismatches.length)
        return (0,context/* stop */.ds)(mismatches);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const path = (0,external_node_path_.join)(dir, 'SHA256SUMS');
    (0,external_node_fs_.writeFileSync)(path, `${lines.join('\n')}\n`);
    return (0,context.ok)(path);
}
const stopped = (summary, error) => ({
    status: 'failure',
    summary,
    error,
    outputs: { 'release-url': '', 'release-assets': '[]' },
    blocks: [
        { kind: 'heading', text: 'GitHub Release', level: 3 },
        { kind: 'text', text: `❌ ${error.replace(/\n/g, '<br>')}` },
    ],
});
/** Whether the reports (or the plan) are those of a release matrix. */
function isReleaseMatrix(reports, planned) {
    return (planned?.length ?? 0) > 0 || reports.some((r) => typeof r.doc.cell?.target === 'string');
}
/**
 * mode: merge of a release matrix: every planned target built, every archive as its cell recorded
 * it, one SHA256SUMS; then the same publishing step as a single run. Anything missing publishes nothing.
 */
async function publishMerged(i) {
    const g = gatherRelease(i.base, i.reports, i.planned);
    const list = (ps) => ps.map((p) => `- ${p.target}: ${p.why}`).join('\n');
    if (g.problems.length)
        return stopped(`not published: ${[...new Set(g.problems.map((p) => p.target))].join(', ')}`, `Nothing was published: ${g.problems.length === 1 ? 'a planned target is' : 'planned targets are'} not ready.\n${list(g.problems)}`);
    const sums = await writeChecksums(g.archives, i.outDir);
    if (!sums.ok)
        return stopped(`not published: ${sums.result.map((m) => m.target).join(', ')}`, `Nothing was published: archives differ from what their cells recorded.\n${list(sums.result)}`);
    return (0,publish_step/* publishStep */.gm)({ ...i.step, archives: g.archives, checksums: sums.value, cargoVersion: g.cargoVersion ?? '' });
}
/** The archives a run's build stage made (BuildData.archives), or none. */
function runArchives(report) {
    const build = report.stages.find((s) => s.name === 'build');
    const data = build?.status === 'success' ? build.data : undefined;
    return Array.isArray(data?.archives) ? data.archives : [];
}
/** A cell run's archives copied beside its report in `dir`; returns dir (a copy that fails is said, and merge will name it). */
function placeCellRelease(report, dir, warn) {
    try {
        placeBesideReport(runArchives(report), dir);
    }
    catch (e) {
        warn(`Could not place the archives beside the report in ${dir}: ${e.message}`);
    }
    return dir;
}

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
        return planReleaseCells(targets, list[0]?.request ?? 'stable', inputs.featureSets[0]?.label);
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
function reports_readReports(pattern) {
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
            { kind: 'heading', text: `rust-pipeline release plan: ${plural(p.cells.length, 'target')}`, level: 2 },
            {
                kind: 'table',
                header: ['cell', 'target', 'runs on', 'toolchain'],
                rows: p.cells.map((c) => [c.name, c.target ?? '–', c.os, c.toolchain]),
            },
        ];
    return [
        { kind: 'heading', text: `rust-pipeline plan: ${plural(p.cells.length, 'cell')}`, level: 2 },
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
    const found = reports_readReports(inputs.matrix.reports);
    const run = merge_mergeReports(found, inputs.matrix.planned);
    const planned = inputs.matrix.planned?.flatMap((c) => (c.target ? [c.target] : []));
    if (!isReleaseMatrix(found.reports, planned))
        return { run };
    const { setting, token } = inputs.githubRelease;
    const release = await publishMerged({
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
            return fail(p.error);
        const problems = setOutputs({ matrix: p.matrix });
        if (problems.length)
            return fail(problems.join('\n'));
        // performance.now() counts from the process start: the whole step, module loading included.
        actionsLogger.info(`Planned ${plural(p.cells.length, 'cell')} in ${formatMs(p.ms)} (step: ${formatMs(performance.now())} since node started, ${formatMs(cpuMs())} CPU):\n${p.matrix}`);
        blocks = planBlocks(p);
    }
    else {
        const outDir = actionTempDir();
        const { run, release } = await mergeAndPublish(inputs, githubEvent(process.env), process.env, {
            log: (m) => actionsLogger.info(m),
            outDir: join(outDir, 'release'),
            repoRoot: workspace,
        });
        const findings = [...run.findings, ...releaseFindings(release)];
        const selection = selectAnnotations(findings, inputs.maxAnnotations);
        for (const f of selection.shown)
            annotate(f);
        const reportPath = join(outDir, 'merged-report.json');
        writeJson(reportPath, { ...mergedJson(run), ...(release ? { release: release.outcome ?? null } : {}) });
        const problems = setOutputs({ ...run.outputs, report: reportPath });
        if (problems.length)
            fail(problems.join('\n'));
        blocks = [...mergeBlocks(run, inputs.matrix.reports, omittedText(selection.omitted)), ...(release?.blocks ?? [])];
        if (run.result !== 'success')
            fail(`${failMessage(run, release)} See the job summary.`);
    }
    try {
        await appendSummary(toMarkdown(blocks));
    }
    catch (e) {
        actionsLogger.warning(`Could not write the job summary: ${e.message}`);
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
    console.log((0,src_blocks/* toText */.fE)([...merge_mergeBlocks(run, inputs.matrix.reports), ...(release?.blocks ?? [])]));
    if (reportPath)
        writeJson(reportPath, merge_mergedJson(run));
    if (run.result !== 'success')
        console.log(`\n${failMessage(run, release)}`);
    return run.result === 'success' ? 0 : 1;
}


/***/ })

};
