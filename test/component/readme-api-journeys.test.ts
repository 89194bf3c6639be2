import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, ServerProcess } from '../helpers/server-process';
import { until } from '../helpers/until';
import { bashBlocks, firstMissing, type Command } from './readme-curl-blocks';
import { ROOT } from './redchain-command';

/**
 * The README's curl examples as a reader runs them: the demo started as `npm start` starts it, a
 * key made beside it as the README makes `$KEY`, then each `bash` block that calls the API, in the
 * README's order, in bash (so quoting is the README's), with localhost:3000 pointed at this demo.
 * Every call must answer 2xx and hold what the README shows of its answer; the README's words
 * about an answer (CLAIMS) are checked as a reader would check them.
 */
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const execFileAsync = promisify(execFile);

/** A shell variable set on its own (`KEY=$(…)`, `export NAME=…`), nothing run after it. */
const ASSIGNMENT = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(?:\$\([^()]*\)|'[^']*'|"[^"]*"|[^\s;&|]*)$/u;

const isCurl = (command: Command) => command.text.startsWith('curl ');

/**
 * Runnable here: a curl to the demo (localhost:3000, no other host), a shell variable the later
 * calls use (the keys are made with the redchain command beside the server, as the README makes
 * them), and the README's waits. Left out: `npm start` (beforeAll starts the demo), `npm test`,
 * the redchain command's journeys (readme-journeys.test.ts runs them on data of their own), and
 * any setting of redchain's own (REDCHAIN_…): the demo here has its data directory in a temporary
 * folder, never a developer's.
 */
function runnable(command: Command): boolean {
  if (isCurl(command)) return command.text.includes('localhost:3000/');
  const assigned = ASSIGNMENT.exec(command.text)?.[1];
  if (assigned) return !assigned.startsWith('REDCHAIN_');
  return /^sleep \d+$/u.test(command.text);
}

/** A block named by its calls: `POST /problems, GET /assignment`. */
function callsOf(commands: Command[]): string {
  return commands
    .filter(isCurl)
    .map(
      (c) =>
        `${/-X (\w+)/u.exec(c.text)?.[1] ?? 'GET'} ${/localhost:3000\/api\/v1(\/[^\s'"?]*)/u.exec(c.text)?.[1] ?? '?'}`,
    )
    .join(', ');
}

/**
 * The README's words about an answer, and how a reader checks them: on the answer of the command
 * they follow, or with a call of their own in the README's style, run after the block.
 */
interface Claim {
  /** The README's words (blanks as one space). */
  says: string;
  /** A part of the README command it is about. */
  about: string;
  /** The reader's own call; none: the claim is about the answer of the command above. */
  call?: string;
  /** The status of the answer checked. */
  status: number;
  /** What the answer holds, … standing for text left out. */
  shown: string;
}

const CLAIMS: Claim[] = [
  {
    says: 'then 孙绯 (person-sun-fei, 0.574: the same skill, works a little further from it, farther away)',
    about: '/talent-needs/tn-kdjz-quartz/candidates',
    status: 200,
    shown:
      '{"need":{…},"candidates":[{"person":{"id":"demo-person-0415",…"components":{"skills":1,"works":0.553,"place":0.7,…},{"person":{"id":"person-sun-fei","name":"孙绯"},"score":0.574,"components":{"skills":1,"works":0.455,"place":0.4,…',
  },
  {
    says: '(posted 2026-11-02; the need is now filled)',
    about: '"subjectId":"tn-kdjz-quartz"',
    call: `curl -s localhost:3000/api/v1/talent-needs/tn-kdjz-quartz -H "Authorization: Bearer $KEY"`,
    status: 200,
    shown: '{"id":"tn-kdjz-quartz",…,"status":"filled","postedAt":"2026-11-02","filledAt":"2026-11-20",…}',
  },
  {
    says: 'resolving now: 409',
    about: '/requests/req-sanhuan-hazard/departments/dept-xn-hitech-emergency',
    call: `curl -s -X POST localhost:3000/api/v1/requests/req-sanhuan-hazard/transitions -H "Authorization: Bearer $KEY" -H 'content-type: application/json' -d '{"to":"resolved"}'`,
    status: 409,
    shown: '{"type":…,"status":409,…}',
  },
  {
    says: 'A landing of 荆州欣枫夏 (signed in the demo world) names the outcome its signing recorded, `outcome-squad-c01ecd67ea4ce37ce4c4`, and records no second one.',
    about: '/squads/tally',
    call: `curl -s -X POST localhost:3000/api/v1/squad-visits -H "Authorization: Bearer $KEY" -H 'content-type: application/json' -d '{"squadId":"demo-squad-xn-hitech-auto-parts","enterpriseId":"demo-ent-01060","date":"2026-12-03","outcome":"landed"}'`,
    status: 201,
    shown:
      '{…,"enterprise":{"id":"demo-ent-01060","name":"荆州欣枫夏汽车零部件有限公司"},"outcome":"landed",…,"outcomeId":"outcome-squad-c01ecd67ea4ce37ce4c4",…}',
  },
  {
    says: 'and records no second one.',
    about: '/squads/tally',
    call: `curl -s -G localhost:3000/api/v1/squads/tally -d region=region-xn-hitech -d chain=chain-auto-parts -H "Authorization: Bearer $KEY"`,
    status: 200,
    shown: '{…,"counted":{"squads":1,"visits":15,…,"signed":2,"landed":1,"leads":5,"leadsAttracted":2},…}',
  },
];

/** One call's outcome, as bash left it. */
interface Ran {
  exit: number;
  status: string;
  answer: string;
}

describe('the README’s curl examples against the demo', () => {
  let dir: string;
  let server: ServerProcess;
  /** The reader's shell: the variables the blocks set, carried from one block to the next. */
  let shellState: string;
  /** The demo's own data directory, for the server and for the keys the README makes beside it. */
  const dataEnv = () => ({
    REDCHAIN_SNAPSHOT: path.join(dir, 'data', 'snapshot.json'),
    REDCHAIN_UPLOAD_DIR: path.join(dir, 'uploads'),
    NEO4J_URI: '',
    REDIS_URL: '',
  });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-readme-api-'));
    shellState = path.join(dir, 'shell-state.sh');
    // the composition root `npm start` runs once built (the build is of the page and of dist/,
    // which no curl reads), on a data directory of its own: the demo world, as on a first start
    const adminKey = randomBytes(24).toString('hex');
    server = await ServerProcess.start(
      {
        ...dataEnv(),
        REDCHAIN_FIRST_DATA: 'demo',
        REDCHAIN_ADMIN_KEY: adminKey,
      },
      await freePort(),
      240_000,
    );
    await until(
      async () =>
        (
          (await fetch(server.url('/readyz')).then(
            (r) => r.json(),
            () => null,
          )) as { graph?: string } | null
        )?.graph === 'loaded',
      120_000,
      'the demo ready with its graph loaded',
    );
    // the demo's lists are computed by jobs after the start; the README reads them as computed
    await until(
      async () =>
        (
          await fetch(server.url('/api/v1/enterprises/ent-zj-shipyard/partners?direction=upstream'), {
            headers: { authorization: `Bearer ${adminKey}` },
          })
        ).status === 200,
      180_000,
      'the demo’s partner lists',
      500,
    );
  }, 600_000);

  afterAll(async () => {
    await server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the steps in one bash, after the variables earlier blocks set; each call's status and answer kept. */
  async function runInBash(steps: string[], name: string): Promise<{ ran: Ran[]; stderr: string }> {
    const out = path.join(dir, name);
    mkdirSync(out, { recursive: true });
    const script = [
      // the README's `curl -s …` unchanged: this only keeps what it answered and with which status
      `curl() { command curl "$@" --output "${out}/$__step.answer" --write-out '%{http_code}' > "${out}/$__step.status"; }`,
      `if [ -f '${shellState}' ]; then source '${shellState}'; fi`,
      ...steps.flatMap((step, i) => [
        `__step=${i}`,
        step.replaceAll('localhost:3000/', `localhost:${server.port}/`),
        `echo $? > "${out}/${i}.exit"`,
      ]),
      `for __name in ${variables.join(' ')}; do if [ -n "\${!__name+set}" ]; then declare -p "$__name"; fi; done > '${shellState}'`,
    ].join('\n');
    writeFileSync(path.join(out, 'block.sh'), script);
    const { stderr } = await execFileAsync('bash', [path.join(out, 'block.sh')], {
      cwd: ROOT,
      env: { ...process.env, ...dataEnv() },
      // within the test's own time: a hung call must not outlive the run
      timeout: 150_000,
      killSignal: 'SIGKILL',
    }).catch((error: { stderr: string }) => ({ stderr: error.stderr }));
    const read = (file: string) => (existsSync(path.join(out, file)) ? readFileSync(path.join(out, file), 'utf8') : '');
    const ran = steps.map((_, i) => ({
      exit: Number(read(`${i}.exit`).trim() || -1),
      status: read(`${i}.status`),
      answer: read(`${i}.answer`).trim(),
    }));
    return { ran, stderr };
  }

  const blocks = bashBlocks(README)
    .map((commands) => commands.filter(runnable))
    .filter((commands) => commands.some(isCurl));
  /** The shell variables the blocks set, kept for the blocks after. */
  const variables = [...new Set(blocks.flat().flatMap((c) => ASSIGNMENT.exec(c.text)?.[1] ?? []))];
  const flat = (text: string) => text.replace(/\s+/gu, ' ');

  test('when the README is read, then it has curl journeys, and each of its words about an answer is checked here', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    for (const claim of CLAIMS)
      expect({ claim: claim.says, inReadme: flat(README).includes(claim.says) }).toEqual({
        claim: claim.says,
        inReadme: true,
      });
    // each claim is about one command, and each remark under a command is a claim about it
    for (const claim of CLAIMS)
      expect({ claim: claim.says, commands: blocks.flat().filter((c) => c.text.includes(claim.about)).length }).toEqual(
        { claim: claim.says, commands: 1 },
      );
    for (const command of blocks.flat())
      for (const remark of command.remarks)
        expect({
          remark,
          checked: CLAIMS.some((claim) => claim.says.includes(remark) && command.text.includes(claim.about)),
        }).toEqual({ remark, checked: true });
  });

  test('when /readyz is asked as the README asks it, then it answers what the README says', async () => {
    const [, call, answer] = /`(curl localhost:3000\/readyz)` answers `([^`]+)`/u.exec(README) ?? [];
    expect(call).toBeDefined();
    const { ran } = await runInBash([call!], 'readyz');
    expect(ran[0]).toEqual({ exit: 0, status: '200', answer });
  });

  test.each(blocks.map((commands, i) => [callsOf(commands), i] as const))(
    'when the block with %s is run, then every call answers 2xx with what the README shows',
    async (_, i) => {
      const commands = blocks[i]!;
      const claims = CLAIMS.filter((claim) => commands.some((c) => c.text.includes(claim.about)));
      const steps = [...commands.map((c) => c.text), ...claims.flatMap((claim) => claim.call ?? [])];
      const { ran, stderr } = await runInBash(steps, `block-${i}`);
      commands.forEach((command, j) => {
        const { exit, status, answer } = ran[j]!;
        const what = command.text.split('\n')[0]!;
        expect({ command: what, exit, stderr: exit === 0 ? '' : stderr }).toEqual({
          command: what,
          exit: 0,
          stderr: '',
        });
        if (!isCurl(command)) return;
        expect({ command: what, status: /^2\d\d$/u.test(status) ? '2xx' : `${status}: ${answer}` }).toEqual({
          command: what,
          status: '2xx',
        });
        if (command.shown !== null)
          expect({ command: what, missing: firstMissing(answer, command.shown) }).toEqual({
            command: what,
            missing: null,
          });
        if (command.names.length > 0) {
          // `# → id, name`: the first thing the answer lists is that one
          const first = JSON.stringify((JSON.parse(answer) as { items?: unknown[] }).items?.[0] ?? answer);
          for (const name of command.names)
            expect({ command: what, first }).toEqual({ command: what, first: expect.stringContaining(`"${name}"`) });
        }
      });
      // the README's words about the answers, checked after the block as a reader would
      let next = commands.length;
      for (const claim of claims) {
        const checked = claim.call ? ran[next++]! : ran[commands.findIndex((c) => c.text.includes(claim.about))]!;
        expect({
          claim: claim.says,
          status: checked.status,
          missing: firstMissing(checked.answer, claim.shown),
        }).toEqual({
          claim: claim.says,
          status: String(claim.status),
          missing: null,
        });
      }
    },
    180_000,
  );
});
