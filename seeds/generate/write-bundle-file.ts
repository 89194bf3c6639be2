import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Writes a bundle as JSON, one record per line, section by section, without ever holding the
 * whole text in memory (a 100k-enterprise province is over 100 MB). Key order follows the
 * records, so the same bundle gives the same bytes.
 */
export function writeBundleFile(file: string, bundle: Record<string, unknown>): number {
  const fd = openSync(file, 'w');
  let bytes = 0;
  const write = (text: string) => {
    bytes += writeSync(fd, text);
  };
  try {
    write(`{"format":${JSON.stringify(bundle['format'])}`);
    for (const [section, records] of Object.entries(bundle)) {
      if (section === 'format') continue;
      write(`,\n${JSON.stringify(section)}:[`);
      (records as unknown[]).forEach((record, i) => write(`${i === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`));
      write(']');
    }
    write('}\n');
  } finally {
    closeSync(fd);
  }
  return bytes;
}
