import fs from 'node:fs';

/**
 * Ids of the processes that have one of `files` open, read from /proc (Linux): a running CMS
 * keeps its SQLite database and the database's -wal file open. Processes this user may not
 * inspect are skipped; where /proc does not exist the answer is empty.
 */
export function processesHolding(files: string[]): number[] {
  const wanted = new Set(files);
  const holders: number[] = [];
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
  } catch {
    return [];
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (wanted.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))) {
          holders.push(Number(pid));
          break;
        }
      } catch {
        // the descriptor closed meanwhile
      }
    }
  }
  return holders;
}
