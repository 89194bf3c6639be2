import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GRAPH_PROCESS_V8_FLAGS } from '../../src/api/api-processes';
import { ENGINE_V8_FLAGS, hasEngineV8Flags } from '../../src/shared/engine-v8-flags';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/**
 * The engines' young generation is sized when a process starts, so every way redchain starts a
 * process that runs them must pass the flags: a worker started without them runs a quarter slower
 * and only its log says so.
 */
describe('the engine V8 flags', () => {
  test('when a worker is started by the npm script or Docker Compose, then its command carries them', () => {
    const script = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts['worker']!;
    const node = script.slice(script.indexOf('node '));
    for (const flag of ENGINE_V8_FLAGS)
      expect(node).toMatch(new RegExp(`^node (\\S+ )*${flag} (\\S+ )*dist/workers/worker\\.js$`, 'u'));
    const compose = read('docker-compose.yml');
    const worker = /command: \[(.*'dist\/workers\/worker\.js')\]/u.exec(compose)?.[1];
    expect(worker).toBeDefined();
    for (const flag of ENGINE_V8_FLAGS) expect(worker).toContain(`'${flag}'`);
  });

  test('when the primary forks the graph-query process, then it passes them', () => {
    for (const flag of ENGINE_V8_FLAGS) expect(GRAPH_PROCESS_V8_FLAGS).toContain(flag);
  });

  test('when the operations guide says how to start a worker, then it says with them', () => {
    const guide = read('docs/operations.md');
    const starts = guide.match(/node [^`]*dist\/workers\/worker\.js/gu) ?? [];
    expect(starts.length).toBeGreaterThan(0);
    for (const start of starts) for (const flag of ENGINE_V8_FLAGS) expect(start).toContain(flag);
  });

  test('when a process was started with them on its command line or in NODE_OPTIONS, then it knows, and without them it knows too', () => {
    expect(hasEngineV8Flags([...ENGINE_V8_FLAGS], '')).toBe(true);
    expect(hasEngineV8Flags([], `--max-old-space-size=8192 ${ENGINE_V8_FLAGS.join(' ')}`)).toBe(true);
    expect(hasEngineV8Flags(['--max-old-space-size=8192'], '')).toBe(false);
    expect(hasEngineV8Flags([], '--max-semi-space-size=16')).toBe(false);
  });
});
