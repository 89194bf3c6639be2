import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { holds } from './readme-curl-blocks';
import { redchain, ROOT } from './redchain-command';

/**
 * The README's journeys as a reader runs them: every `npm run redchain -- …` command of its code
 * blocks that is safe to run here (no file that is not in the repository, no export, no 10k
 * province), each block in its own data directory — on the demo world unless the block seeds
 * first — and what each prints compared with the lines the README shows under it.
 */
interface Step {
  args: string[];
  /** The lines shown under the command (`# …`), in order; … stands for text left out. */
  shown: string[];
  /** `# → text` beside the command: a line that holds the text. */
  beside?: string;
}

const SUBCOMMANDS = new Set([
  'partners',
  'tackle',
  'gaps',
  'dispatch',
  'resolve',
  'seed',
  'import',
  'talent',
  'finance',
  'lists',
  'squads',
  'members',
  'chief',
  'departments',
]);

function readmeBlocks(): Step[][] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```bash\n([\s\S]*?)```/gu)].map((m) => m[1]!.split('\n'));
  return blocks.map((lines) => {
    const steps: Step[] = [];
    for (const line of lines) {
      const command = /^npm run redchain -- (.*?)(?:\s+#\s*(.*))?$/u.exec(line);
      if (command) {
        const args = command[1]!.trim().split(/\s+/u);
        const beside = command[2]?.startsWith('→') ? command[2].slice(1).trim() : undefined;
        steps.push({ args, shown: [], ...(beside ? { beside } : {}) });
      } else if (line.startsWith('# ') && steps.length > 0) steps.at(-1)!.shown.push(line.slice(2).trimEnd());
      else if (line.trim() !== '' && !line.startsWith('#')) steps.push({ args: [], shown: [] }); // another command
    }
    return steps.filter((s) => runnable(s.args));
  });
}

/** Runnable here: a known subcommand, its files in the repository, not the 10k province. */
function runnable(args: string[]): boolean {
  if (!SUBCOMMANDS.has(args[0] ?? '')) return false;
  if (args[0] === 'seed' && args.includes('--synthetic')) return false;
  if (args[0] === 'import') return existsSync(path.join(ROOT, args[1] ?? '-'));
  return true;
}

/** Whether the printed lines show the README's lines, in order. */
function showsInOrder(printed: string[], shown: string[]): string | null {
  let at = 0;
  for (const want of shown) {
    const found = printed.findIndex((line, i) => i >= at && holds(line, want));
    if (found < 0) return want;
    at = found + 1;
  }
  return null;
}

describe('the README journeys', () => {
  let dir: string;
  let demo: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-readme-'));
    demo = path.join(dir, 'demo.json');
    const seeded = await redchain(demo, 'seed', '--demo');
    expect(seeded.code).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const blocks = readmeBlocks().filter((steps) => steps.length > 0);

  test('when the README is read, then it has journeys to run', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  test.each(blocks.map((steps, i) => [steps.map((s) => s.args.slice(0, 2).join(' ')).join(', '), i] as const))(
    'when the block with %s is run, then each command prints what the README shows',
    async (_, i) => {
      const steps = blocks[i]!;
      // a block that seeds starts from nothing; the others run on the demo world
      const snapshot = steps[0]!.args[0] === 'seed' ? path.join(dir, `block-${i}.json`) : demo;
      for (const step of steps) {
        const result = await redchain(snapshot, ...step.args);
        expect({
          command: step.args.join(' '),
          code: result.code,
          stderr: result.code === 0 ? '' : result.stderr,
        }).toEqual({ command: step.args.join(' '), code: 0, stderr: '' });
        const printed = result.stdout.split('\n').map((l) => l.trimEnd());
        expect(printed.join('').trim()).not.toBe('');
        expect({ command: step.args.join(' '), missing: showsInOrder(printed, step.shown) }).toEqual({
          command: step.args.join(' '),
          missing: null,
        });
        if (step.beside) expect(printed.some((line) => line.includes(step.beside!))).toBe(true);
      }
    },
    120_000,
  );
});
