import { SingleBar, Presets } from 'cli-progress';

/**
 * A progress bar on a terminal; on a pipe or in CI, a line every 10% instead, so logs stay
 * readable. Returns the callback to pass as onProgress and a stop function.
 */
export function progressReporter(label: string): {
  onProgress: (done: number, total: number) => void;
  stop: () => void;
} {
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      { format: `${label} [{bar}] {percentage}% {value}/{total}`, stream: process.stderr },
      Presets.shades_classic,
    );
    let started = false;
    return {
      onProgress: (done, total) => {
        if (!started) {
          bar.start(total, done);
          started = true;
        } else bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastTenth = -1;
  return {
    onProgress: (done, total) => {
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        process.stderr.write(`${label}: ${done}/${total}\n`);
      }
    },
    stop: () => undefined,
  };
}
