// `npm run lint:zh` (part of `npm run check`): the zh UI strings and the Chinese of the seed content
// follow the written convention (scripts/lib/zhTypography.ts). `--fix` rewrites the files.
import fs from 'node:fs';
import { root } from './lib/portal.ts';
import { lintZh, zhSources } from './lib/zhTypography.ts';

const fix = process.argv.includes('--fix');
let findings = 0;
for (const source of zhSources(root)) {
  const found = lintZh(source.texts);
  findings += found.length;
  if (fix && found.length) {
    for (const text of source.texts) {
      const finding = found.find((f) => f.where === text.where);
      if (finding) text.set(finding.corrected);
    }
    fs.writeFileSync(source.file, JSON.stringify(source.data, null, 2) + '\n');
  }
  if (!fix)
    for (const f of found) console.error(`${f.where}\n  found:     ${f.text.slice(0, 160)}\n  should be: ${f.corrected.slice(0, 160)}`);
}
if (fix) console.log(`Chinese typography: ${findings} text(s) corrected.`);
else if (findings) {
  console.error(`\nChinese typography: ${findings} text(s) break the convention in docs/glossary.md. Run \`npm run lint:zh -- --fix\`.`);
  process.exit(1);
} else console.log('Chinese typography: the zh UI strings and seed content follow the convention.');
