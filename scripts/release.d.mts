// Types of scripts/release.mjs, for its tests.
export function versionOfTag(tag: string): [number, number, number] | undefined;
export function changelogSection(text: string, version: string): string | undefined;
export function majorTagFor(tag: string, tags: readonly string[]): string | undefined;
export function releaseProblem(tag: string, packageVersion: string, changelog: string): string | undefined;
