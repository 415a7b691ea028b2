// The repository's output cannot issue workflow commands: a build script and a test that print
// `::stop-commands::tok` (never resumed), forged annotations (both syntaxes), a mask, outputs and
// state leave the action's annotations, masks, outputs and state exactly as without them. The
// step's stdout is read as the runner reads it (support/workflow-commands.ts).
import { describe, expect, it } from 'vitest';
import { runAction, type StepResult, workspaces } from '../support/rig.js';
import { parseWorkflowCommands, type WorkflowCommand } from '../support/workflow-commands.js';

const workspace = workspaces();
const PASSWORD = `pw-${process.pid}-ours`;

/** One run of the action on the fixture, forging or not. */
async function run(forge: boolean): Promise<StepResult> {
  const { main } = await runAction({
    workspace: workspace('forged-commands'),
    inputs: { stages: 'clippy, test', cache: 'false', 'docker-username': 'bot', 'docker-password': PASSWORD },
    env: { ...(forge ? { RP_FORGE: '1' } : {}), CARGO_TARGET_DIR: `${workspace.temp('rp-forge-target-')}/t` },
    noPost: true,
  });
  return main;
}

/** Values with what differs between two runs of the same thing (temporary paths, times) replaced. */
function normalized(values: Record<string, string>, step: StepResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values))
    out[k] = v
      .split(step.temp)
      .join('<temp>')
      .replace(/"ms":\d+(\.\d+)?/g, '"ms":0');
  return out;
}

/** Our commands, with timings (group names, messages) left out of the comparison. */
const commands = (step: StepResult): WorkflowCommand[] =>
  parseWorkflowCommands(step.stdout).map((c) => ({ ...c, data: c.data.replace(/\d+(\.\d+)?\s?(ms|s)\b/g, '<t>') }));

describe('output of the repository’s code that looks like workflow commands', () => {
  it('leaves the action’s annotations, masks, outputs and state exactly as without it', async () => {
    const forged = await run(true);
    const clean = await run(false);
    // The forgeries were printed, and reached the log.
    for (const line of ['::stop-commands::tok', '::set-output name=image-digest::sha256:forged', '##[warning]forged'])
      expect(forged.stdout).toContain(line);
    expect(forged.stdout).toContain('forged through a cargo warning');
    expect(clean.stdout).not.toContain('::stop-commands::tok');

    expect(forged.code).toBe(1);
    expect(clean.code).toBe(1);
    expect(commands(forged)).toEqual(commands(clean));
    const ours = parseWorkflowCommands(forged.stdout);
    expect(ours.filter((c) => /forged/.test(JSON.stringify(c)))).toEqual([]);
    expect(ours.filter((c) => c.name === 'set-output' || c.name === 'save-state')).toEqual([]);
    expect(ours).toContainEqual({ name: 'add-mask', properties: {}, data: PASSWORD });
    expect(forged.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', file: 'src/lib.rs', line: 43 }),
    );
    expect(ours.some((c) => c.name === 'group')).toBe(true);

    expect(normalized(forged.outputs, forged)).toEqual(normalized(clean.outputs, clean));
    expect(normalized(forged.state, forged)).toEqual(normalized(clean.state, clean));
    expect(forged.outputs.result).toBe('failure');
    expect(forged.outputs['image-digest'] ?? '').toBe('');
  }, 600_000);
});
