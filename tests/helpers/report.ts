import fs from 'node:fs';
import path from 'node:path';

/** Where the gates write their reports (git-ignored; CI keeps the folder). */
export const reportDir = (name: string) => {
  const dir = path.resolve(import.meta.dirname, '..', '..', 'test-results', name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
};

/** A Markdown table; also what the test prints. */
export function markdownTable(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Writes `summary.md` and `summary.json` into the report folder and returns the folder. */
export function writeReport(name: string, markdown: string, data: unknown): string {
  const dir = reportDir(name);
  fs.writeFileSync(path.join(dir, 'summary.md'), `${markdown}\n`);
  fs.writeFileSync(path.join(dir, 'summary.json'), `${JSON.stringify(data, null, 2)}\n`);
  return dir;
}
