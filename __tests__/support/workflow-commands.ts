// Reads a step's stdout the way GitHub's runner does (actions/runner, ActionCommandManager and
// ActionCommand): line by line, `::name props::data` after leading white space, or the older
// `##[name props]data` anywhere in a line; only registered command names (case-insensitive); and
// `::stop-commands::<token>` stopping every command until a line `::<token>::`.

/** The commands the runner knows (its command extensions), besides stop-commands. */
const REGISTERED = [
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'echo',
  'error',
  'warning',
  'notice',
  'group',
  'endgroup',
  'set-env',
  'set-output',
  'save-state',
] as const;

export interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

function properties(text: string, separator: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(separator)) {
    const eq = part.indexOf('=');
    if (eq > 0 && eq < part.length - 1) out[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1));
  }
  return out;
}

/** `::name props::data` (the runner's TryParseV2). */
function parseV2(line: string, known: Set<string>): WorkflowCommand | undefined {
  const m = line.trimStart();
  if (!m.startsWith('::')) return undefined;
  const end = m.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = m.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!known.has(name.toLowerCase())) return undefined;
  const props = space > 0 ? properties(info.slice(space + 1).trim(), ',') : {};
  return { name: name.toLowerCase(), properties: props, data: unescapeData(m.slice(end + 2)) };
}

/** `##[name props]data`, found anywhere in the line (the runner's older TryParse). */
function parseV1(line: string, known: Set<string>): WorkflowCommand | undefined {
  const at = line.indexOf('##[');
  if (at < 0) return undefined;
  const rb = line.indexOf(']', at);
  if (rb < 0) return undefined;
  const info = line.slice(at + 3, rb);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!known.has(name.toLowerCase())) return undefined;
  const props = space > 0 ? properties(info.slice(space + 1), ';') : {};
  return { name: name.toLowerCase(), properties: props, data: unescapeData(line.slice(rb + 1)) };
}

/** The commands the runner would process from this output, in order (stop and resume excluded). */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const known = new Set<string>([...REGISTERED, 'stop-commands']);
  let stopToken: string | undefined;
  const out: WorkflowCommand[] = [];
  for (const raw of stdout.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const cmd = parseV2(line, known) ?? parseV1(line, known);
    if (!cmd) continue;
    if (stopToken !== undefined) {
      // An empty token is never resumed (the runner requires a non-empty one).
      if (stopToken !== '' && cmd.name === stopToken.toLowerCase()) {
        known.delete(stopToken.toLowerCase());
        stopToken = undefined;
      }
      continue;
    }
    if (cmd.name === 'stop-commands') {
      stopToken = cmd.data;
      known.add(stopToken.toLowerCase());
      continue;
    }
    out.push(cmd);
  }
  return out;
}
