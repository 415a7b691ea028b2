export const id = 924;
export const ids = [924];
export const modules = {

/***/ 8924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishStage: () => (/* binding */ publishStage)
/* harmony export */ });
/* harmony import */ var _release_publish_step_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5761);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(788);


function failedEarlier(ctx) {
    return [...ctx.previous].filter(([, r]) => r.status === 'failure' || r.status === 'cancelled').map(([n]) => n);
}
const publishStage = {
    name: 'publish',
    title: 'Publish (GitHub Release)',
    async run(ctx) {
        const failed = failedEarlier(ctx);
        if (failed.length)
            return (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .result */ .Ke)('skipped', `not published: earlier stages failed (${failed.join(', ')})`);
        const build = ctx.previous.get('build');
        const data = build?.status === 'success' ? build.data : undefined;
        if (!data)
            return (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .result */ .Ke)('failure', 'nothing to publish', {
                findings: [
                    {
                        level: 'error',
                        title: 'stages',
                        message: 'The publish stage needs the build stage: add "build" to the stages.',
                    },
                ],
            });
        const { setting, token } = ctx.inputs.githubRelease;
        if (token)
            ctx.log.secret(token);
        const step = await (0,_release_publish_step_js__WEBPACK_IMPORTED_MODULE_0__/* .publishStep */ .gm)({
            setting,
            ...(token ? { token } : {}),
            event: ctx.event,
            cargoVersion: data.package.version,
            archives: data.archives ?? [],
            ...(data.checksums ? { checksums: data.checksums } : {}),
            changelogDirs: [...new Set([ctx.cwd, ctx.repoRoot])],
            env: ctx.env,
            log: (m) => ctx.log.info(m),
        });
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .result */ .Ke)(step.status, step.summary, {
            outputs: step.outputs,
            blocks: step.blocks,
            ...(step.outcome ? { data: step.outcome } : {}),
            findings: step.error ? [{ level: 'error', title: step.input ?? 'GitHub Release', message: step.error }] : [],
        });
    },
};


/***/ })

};
