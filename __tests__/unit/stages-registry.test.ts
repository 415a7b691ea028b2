// The stage registry: the release stages are loaded when they run, under their modules' own names and titles.
import { describe, expect, it } from 'vitest';
import { STAGE_REGISTRY } from '../../src/stages/index.js';
import { buildStage } from '../../src/stages/build.js';
import { dockerStage } from '../../src/stages/docker.js';
import { publishStage } from '../../src/stages/publish.js';

describe('STAGE_REGISTRY', () => {
  it.each([buildStage, dockerStage, publishStage])('$name is named and titled as its module says', (stage) => {
    expect(STAGE_REGISTRY[stage.name].name).toBe(stage.name);
    expect(STAGE_REGISTRY[stage.name].title).toBe(stage.title);
  });

  it('names every stage under its own name', () => {
    for (const [name, stage] of Object.entries(STAGE_REGISTRY)) expect(stage.name).toBe(name);
  });
});
