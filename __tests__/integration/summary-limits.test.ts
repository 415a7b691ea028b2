// The job summary stays under GitHub's 1 MiB whatever the repository makes us report: a crate
// whose rustfmt diff is over 5 MB, through the built action.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport, runAction, workspaces } from '../support/rig.js';

const workspace = workspaces();

/** A crate of `files` modules of `fns` one-line functions rustfmt rewrites (many files: rustfmt diffs each in memory). */
function unformattedCrate(files: number, fns: number): string {
  const dir = workspace.temp('rp-big-fmt-');
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, 'Cargo.toml'),
    '[package]\nname = "big-fmt"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n',
  );
  writeFileSync(join(dir, 'Cargo.lock'), 'version = 3\n\n[[package]]\nname = "big-fmt"\nversion = "0.1.0"\n');
  const mods: string[] = [];
  for (let m = 0; m < files; m++) {
    const body = Array.from({ length: fns }, (_, i) => `pub fn f${i}( a:u32 ,b:u32)->u32{ let   c=a+b ; c*2 }`);
    writeFileSync(join(dir, 'src', `m${m}.rs`), `${body.join('\n')}\n`);
    mods.push(`pub mod m${m};`);
  }
  writeFileSync(join(dir, 'src', 'lib.rs'), `${mods.join('\n')}\n`);
  return dir;
}

describe('a rustfmt diff over 5 MB', () => {
  it('gives a summary under 1 MiB that still says fmt failed; the report keeps every file', async () => {
    const files = 120;
    const fns = 250;
    const { main } = await runAction({
      workspace: workspace(unformattedCrate(files, fns)),
      inputs: { stages: 'fmt', cache: 'false' },
      noPost: true,
    });
    expect(main.code).toBe(1);
    const summaryBytes = Buffer.byteLength(main.summary);
    console.log(`rustfmt diff of ${files} files (about 5.4 MB): summary ${summaryBytes} bytes`);
    expect(summaryBytes).toBeLessThan(1024 * 1024);
    expect(main.summary).toContain('rust-pipeline: ❌ failed (fmt)');
    expect(main.summary).toMatch(/… \d+ more lines \(see the JSON report\)/);
    expect(main.summary).toMatch(/<\/code> … \d+ more \(see the JSON report\)\. Run `cargo fmt --all` to fix\./);
    const fmt = readReport(main).stages.find((s: { name: string }) => s.name === 'fmt');
    expect(fmt.data.files.length).toBeGreaterThanOrEqual(files);
    expect(main.annotations.length).toBeLessThanOrEqual(50);
  }, 600_000);
});
