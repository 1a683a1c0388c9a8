import fs from 'node:fs';
import path from 'node:path';

/**
 * The repository root, found by walking up from the working directory to our package.json.
 * Paths derived from `import.meta.url` break once Next bundles the config, and `next start cms`
 * may run from either the root or `cms/`, so the root is found, not assumed.
 */
export function projectRoot(start = process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if (JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'xiangtan-hitech-portal') return dir;
      } catch {
        // not ours; keep walking
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
}

/** Uploaded files: outside git, beside the database. */
export function mediaDirectory(): string {
  return process.env.MEDIA_DIR ? path.resolve(process.env.MEDIA_DIR) : path.join(projectRoot(), 'data', 'media');
}

/** Where uploaded PDF documents live: a `documents` folder beside the media folder. */
export function documentsDirectory(): string {
  return path.join(path.dirname(mediaDirectory()), 'documents');
}
