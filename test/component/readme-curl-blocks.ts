/**
 * The README's `bash` blocks read as a reader reads them: each command (its continuation lines
 * joined as written), the remark beside it and the lines shown under it; and whether an answer
 * holds what the README shows of it.
 */
export interface Command {
  /** As the README writes it, continuation lines and all, without the remark beside it. */
  text: string;
  /** `# → …` beside it: what the answer names, `, `-separated. */
  names: string[];
  /** The answer shown under it (`# {…}` lines joined); … stands for text left out. Null: none shown. */
  shown: string | null;
  /** Lines under it, or after the answer on its line, that are words about it rather than the answer. */
  remarks: string[];
}

/** The commands of each `bash` block, in the README's order. */
export function bashBlocks(readme: string): Command[][] {
  return [...readme.matchAll(/```bash\n([\s\S]*?)```/gu)].map((m) => commandsOf(m[1]!.split('\n')));
}

function commandsOf(lines: string[]): Command[] {
  const commands: Command[] = [];
  let open: string[] | null = null;
  for (const line of lines) {
    if (open) open.push(line);
    else if (line.startsWith('#')) {
      if (commands.length > 0) underCommand(commands.at(-1)!, line.replace(/^#\s?/u, ''));
    } else if (line.trim() !== '') open = [line];
    if (open && !line.endsWith('\\')) {
      commands.push(command(open.join('\n')));
      open = null;
    }
  }
  return commands;
}

function command(written: string): Command {
  const at = commentAt(written);
  const remark = at < 0 ? '' : written.slice(at + 1).trim();
  return {
    text: (at < 0 ? written : written.slice(0, at)).trimEnd(),
    names: remark.startsWith('→')
      ? remark
          .slice(1)
          .split(', ')
          .map((n) => n.trim())
      : [],
    shown: null,
    remarks: [],
  };
}

/** Where the shell's comment starts: a # after a blank, outside quotes (-1: none). */
function commentAt(text: string): number {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === 0 || /\s/u.test(text[i - 1]!))) return i;
  }
  return -1;
}

/**
 * A line under a command: a piece of its answer when it starts as JSON does (or with …), a remark
 * otherwise; words after an answer, set off by three blanks, are a remark too.
 */
function underCommand(command: Command, line: string): void {
  const text = line.trim();
  if (!/^[[{"}\]…]/u.test(text)) {
    command.remarks.push(text);
    return;
  }
  const [answer, ...after] = text.split(/\s{3,}/u);
  command.shown = (command.shown ?? '') + answer;
  if (after.length > 0) command.remarks.push(after.join(' '));
}

/**
 * Whether an answer (or a printed line) holds what the README shows of it: the shown text with
 * each … standing for text left out (blanks before a … are the README's spacing, not the
 * answer's), its first piece starting the answer and its last ending it.
 */
export function holds(answer: string, shown: string): boolean {
  if (!shown.includes('…')) return answer === shown;
  const parts = shown.split('…').map((part, i, all) => (i === all.length - 1 ? part : part.trimEnd()));
  if (!answer.startsWith(parts[0]!) || !answer.endsWith(parts.at(-1)!)) return false;
  let at = parts[0]!.length;
  for (const part of parts.slice(1, -1)) {
    const found = answer.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return at <= answer.length - parts.at(-1)!.length;
}

/**
 * The first piece of what the README shows that the answer does not hold, with where it was
 * looked for: a failing test names the text to fix rather than the whole answer.
 */
export function firstMissing(answer: string, shown: string): string | null {
  if (holds(answer, shown)) return null;
  const parts = shown.split('…');
  if (!answer.startsWith(parts[0]!)) return `the answer does not start with ${parts[0]}`;
  let at = parts[0]!.length;
  for (const part of parts.slice(1, -1)) {
    const found = answer.indexOf(part, at);
    if (found < 0) return `${part} (the answer goes on: ${answer.slice(Math.max(0, at - 40), at + 120)}…)`;
    at = found + part.length;
  }
  return `the answer does not end with ${parts.at(-1)}`;
}
