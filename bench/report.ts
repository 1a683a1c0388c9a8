// Generates the results part of bench/README.md (between `<!-- results:start -->` and
// `<!-- results:end -->`) and the two SVG charts in bench/results/ from
// bench/results/latest.json, so the tables, the charts and the file never disagree.
// `npm run bench -- report` runs only this; every other run ends with it.
import fs from 'node:fs';
import path from 'node:path';
import { barChart, type BarInput } from '#common/barChart.ts';

const benchDir = import.meta.dirname;
const readmeFile = path.join(benchDir, 'README.md');
const resultsFile = path.join(benchDir, 'results', 'latest.json');
const markers = { start: '<!-- results:start -->', end: '<!-- results:end -->' };

/* eslint-disable @typescript-eslint/no-explicit-any -- latest.json is read as the sections wrote it */
type Results = Record<string, any>;

const ms = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '—' : `${value} ms`);
const when = (section: Results | undefined) =>
  section
    ? `${String(section.date).slice(0, 16).replace('T', ' ')} UTC, ${section.machine.cpus} CPUs, Node ${section.machine.node}, load average ${section.machine.loadAverage?.join(' / ') ?? '?'}`
    : '';

function throughputTable(t: Results): string[] {
  return [
    `### Cached page throughput`,
    '',
    `Run of ${when(t)}. \`${t.page}\` (${t.bytes} bytes), ${t.connections} connections, ${t.durationSeconds} s measured, twice each, alternating.`,
    '',
    '| measure | site (cached) | baseline (`node:http`, same bytes) | site / baseline |',
    '| --- | ---: | ---: | ---: |',
    `| requests/s (mean of two runs) | ${t.site.rps} | ${t.baseline.rps} | **${t.ratio}** |`,
    `| p99 latency (worse run) | ${t.site.p99Ms} ms | ${t.baseline.p99Ms} ms | |`,
    `| server CPU per request | ${t.site.cpuUsPerRequest} µs | ${t.baseline.cpuUsPerRequest} µs | ${t.cpuRatio} (baseline CPU / site CPU) |`,
    '',
  ];
}

function compressionTable(c: Results): string[] {
  const t = c.throughput;
  const pct = (ratio: number) => `${round1(ratio * 100)} %`;
  return [
    `### Compression`,
    '',
    `Run of ${when(c)}. Bytes of each page as the route cache sends it, brotli and gzip against the plain page (**goal: brotli at most 25 %**); then \`${t.page}\` with \`Accept-Encoding: br\` (${t.bytes} bytes), ${t.connections} connections, ${t.durationSeconds} s measured, twice each, alternating with a bare \`node:http\` server sending the same brotli bytes (**goal: 0.8 or more**).`,
    '',
    '| page | plain | brotli | gzip | brotli / plain | gzip / plain |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...c.pages.map(
      (p: Results) => `| \`${p.page}\` | ${p.rawBytes} | ${p.brBytes} | ${p.gzipBytes} | **${pct(p.brRatio)}** | ${pct(p.gzipRatio)} |`,
    ),
    '',
    '| measure | site (cached, br) | baseline (`node:http`, same bytes) | site / baseline |',
    '| --- | ---: | ---: | ---: |',
    `| requests/s (mean of two runs) | ${t.site.rps} | ${t.baseline.rps} | **${t.ratio}** |`,
    `| p99 latency (worse run) | ${t.site.p99Ms} ms | ${t.baseline.p99Ms} ms | |`,
    `| server CPU per request | ${t.site.cpuUsPerRequest} µs | ${t.baseline.cpuUsPerRequest} µs | ${t.cpuRatio} (baseline CPU / site CPU) |`,
    '',
  ];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function renderTable(r: Results): string[] {
  const rows = r.pages.map(
    (p: Results) =>
      `| ${p.page} | ${p.lang} | ${ms(p.uncached.p50Ms)} | ${ms(p.uncached.p95Ms)} | ${ms(p.cached.p50Ms)} | ${ms(p.cmsRequest.p50Ms)} | ${ms(p.cmsRequest.p95Ms)} |`,
  );
  return [
    `### Uncached page render`,
    '',
    `Run of ${when(r)}. ${r.samples} requests per page, each right after \`POST /api/revalidate {"tags":["global:site"]}\` (every cached page carries that tag), each answered \`X-Astro-Cache: MISS\`.`,
    '',
    '| page | lang | uncached p50 | uncached p95 | cached p50 | CMS REST call p50 | CMS REST call p95 |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ];
}

function publishTable(p: Results): string[] {
  return [
    `### Publish-to-live`,
    '',
    `Run of ${when(p)}.`,
    '',
    '| publish-to-live | samples | p50 | p95 | max |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| Chinese and English saves -> both pages show the new title | ${p.samples} | ${ms(p.p50Ms)} | ${ms(p.p95Ms)} | ${ms(p.maxMs)} |`,
    '',
  ];
}

function expiryTable(e: Results): string[] {
  return [
    `### Policy expiry`,
    '',
    `Run of ${when(e)}: an expiring policy showed as expired on both language pages ${e.secondsAfterBoundary} s after midnight in China (its boundary), without any edit.`,
    '',
  ];
}

function leadsTable(r: Results): string[] {
  return [
    `### The lead desk`,
    '',
    `Run of ${when(r)}.`,
    '',
    '| run | sent | acknowledged | stored | duplicates | acknowledged but missing | 5xx | other |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    `| load, 50 clients | ${r.load.submissions} | ${r.load.acknowledged} | ${r.load.stored} | ${r.load.duplicates} | ${r.load.acknowledgedMissing} | ${r.load.status5xx} | **${r.load.perSecond} inquiries/s**, p50 ${r.load.p50Ms} ms, **p99 ${r.load.p99Ms} ms** |`,
    `| \`kill -9\` of the CMS mid-load | ${r.fault.submissions} | ${r.fault.acknowledged} | ${r.fault.stored} | ${r.fault.duplicates} | ${r.fault.acknowledgedMissing} | — | ${r.fault.resent} resent after a refusal; CMS back after ${r.fault.cmsDownMs} ms |`,
    `| hostile input | ${r.hostile.requests} | 0 | ${r.hostile.stored} | — | — | ${r.hostile.status5xx} | ${Object.entries(
      r.hostile.byStatus,
    )
      .map(([s, n]) => `${n}× ${s}`)
      .join(', ')} |`,
    '',
  ];
}

function scaleTable(s: Results): string[] {
  const names = Object.keys(s.large.pages);
  const rows = names.map((name) => {
    const a = s.small.pages[name];
    const b = s.large.pages[name];
    const ratio = s.ratios[name] ?? {};
    return `| ${name} | ${ms(a?.uncached?.p95Ms)} | ${ms(b.uncached?.p95Ms)} | ${ratio.uncachedP95 ?? '—'} | ${ms(a?.cached.p95Ms)} | ${ms(b.cached.p95Ms)} | ${ratio.cachedP95 ?? '—'} |`;
  });
  const m = s.memory;
  return [
    `### Scale: ${s.small.news} news / ${s.small.policies} policies against ${s.large.news.toLocaleString('en')} news / ${s.large.policies.toLocaleString('en')} policies`,
    '',
    `Run of ${when(s)}. Every document in Chinese and English (synthetic, \`bench/lib/syntheticContent.ts\`; inserted in ${s.large.syntheticInsertSeconds} s; database ${s.databaseMb} MB). p95 of ${'10'} uncached requests (route cache emptied before each) and 20 cached ones; search is never route-cached, so its "cached" column is a repeated search (every search is a query of the CMS search collection).`,
    '',
    `| page | uncached p95, ${s.small.news} | uncached p95, ${s.large.news} | ratio | cached p95, ${s.small.news} | cached p95, ${s.large.news} | ratio |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Site RSS before the first search: ${s.small.siteRssMb.beforeSearch} MB with ${s.small.news} news items, ${s.large.siteRssMb.beforeSearch} MB with ${s.large.news.toLocaleString('en')}; after the searches: ${s.small.siteRssMb.afterSearches ?? s.small.siteRssMb.afterSearchIndex ?? '—'} MB and ${s.large.siteRssMb.afterSearches ?? s.large.siteRssMb.afterSearchIndex ?? '—'} MB.`,
    ...[s.small.searchError, s.large.searchError].filter(Boolean).map((e: string) => `\n**Search failed:** ${e}`),
    '',
    !m.rss
      ? `**Memory under load:** not measured (${m.skipped}).`
      : `**Memory under load** (${s.large.news.toLocaleString('en')} news): ${m.connections} clients for ${m.seconds} s over a mix of home, list, detail (random among all documents), filtered, search, feed and sitemap pages: site RSS **peak ${m.rss.peakMb} MB**, mean ${m.rss.meanMb} MB (${m.rss.samples} samples of VmRSS, limit ${m.limitMb} MB); ${m.requests} requests (${m.rps}/s), p50 ${m.latencyP50Ms} ms, p99 ${m.latencyP99Ms} ms, ${m.non2xx} non-2xx, ${m.errors} errors, ${m.timeouts} timeouts.`,
    '',
  ];
}

function scaleOutTable(o: Results): string[] {
  const t = o.throughput;
  const p = o.publish;
  const k = o.kill;
  const sites = Object.keys(p.sites ?? {});
  const phase = (name: string, ph: Results) => `| ${name} | ${ph.answered} | ${ph.lost} | ${ms(ph.p99Ms)} | ${ms(ph.maxMs)} |`;
  return [
    `### Scale-out: two site instances behind Varnish`,
    '',
    `Run of ${when(o)}. The CMS, ${o.instances} site instances and Debian's Varnish with \`deploy/varnish\` on loopback, the CMS invalidating all three (\`REVALIDATE_TARGETS\`).`,
    '',
    ...(t.failed
      ? [`Cached throughput: **failed**: ${t.failed}`, '']
      : [
          `\`${t.page}\` (${t.bytes} bytes, no encoding) from Varnish's cache, from a bare \`node:http\` server sending the same bytes, and from one instance's route cache: ${t.connections} connections, ${t.durationSeconds} s measured, twice each, in turn. Varnish's CPU is its manager's and its cache worker's.`,
          '',
          '| measure | Varnish (cached) | baseline (`node:http`, same bytes) | Varnish / baseline | one instance (route cache) | instance / baseline |',
          '| --- | ---: | ---: | ---: | ---: | ---: |',
          `| requests/s (mean of two runs) | ${t.varnish.rps} | ${t.baseline.rps} | **${t.ratio}** | ${t.instance.rps} | ${t.instanceRatio} |`,
          `| p99 latency (worse run) | ${t.varnish.p99Ms} ms | ${t.baseline.p99Ms} ms | | ${t.instance.p99Ms} ms | |`,
          `| server CPU per request | ${t.varnish.cpuUsPerRequest} µs | ${t.baseline.cpuUsPerRequest} µs | ${t.cpuRatio} (baseline CPU / Varnish CPU) | ${t.instance.cpuUsPerRequest} µs | ${t.instanceCpuRatio} |`,
          '',
        ]),
    ...(p.failed
      ? [`Publish-to-live: **failed**: ${p.failed}`, '']
      : [
          `Publish-to-live (**goal: p95 at most ${p.goalP95Ms} ms** with two instances): ${p.n} publications, each a Chinese and an English save of one news item, timed from the first save until both language pages show the new title where they are watched, each page polled on its own. The saves alone: p50 ${ms(p.saves.p50)}, p95 ${ms(p.saves.p95)} (each sends the change's tags to all three targets before it returns).`,
          '',
          '| watched at | p50 | p95 | max | p95 after the saves returned |',
          '| --- | ---: | ---: | ---: | ---: |',
          ...sites.map(
            (name) =>
              `| ${name} | ${ms(p.sites[name].p50)} | **${ms(p.sites[name].p95)}** | ${ms(p.sites[name].max)} | ${ms(p.sitesAfterSaves[name].p95)} |`,
          ),
          `| all three (the last of them) | ${ms(p.p50)} | **${ms(p.p95)}** | ${ms(p.max)} | |`,
          '',
        ]),
    ...(k.failed
      ? [`\`kill -9\` of one instance: **failed**: ${k.failed}`, '']
      : [
          `\`kill -9\` of one instance under load (**goal: 0 lost**): ${k.connections} connections through Varnish for ${k.seconds} s over ${k.paths.map((path: string) => `\`${path}\``).join(', ')} (contact and search are passed to an instance every time), the cached ones purged every 200 ms (${k.purges} purges); instance 2 killed ${k.killAfterSeconds} s in. Lost: no answer or a 5xx. **${k.lost} of ${k.requests} lost**; answers by status: ${Object.entries(
            k.byStatus,
          )
            .map(([status, count]) => `${count}× ${status}`)
            .join(', ')}.`,
          '',
          '| phase | answered | lost | p99 | max |',
          '| --- | ---: | ---: | ---: | ---: |',
          phase('before the kill', k.beforeKill),
          phase(`the ${k.windowMs / 1000} s after it (probes not yet failed)`, k.afterKill),
          phase('the rest', k.rest),
          '',
        ]),
  ];
}

function coldStartTable(c: Results): string[] {
  const s = (value: number | undefined) => (value === undefined ? '—' : `${value} s`);
  const f = c.freshClone;
  return [
    `### Cold start`,
    '',
    `Run of ${when(c)}. \`node scripts/start.ts\` (what \`npm start\` runs) until the site's \`/zh/privacy\` and the CMS's \`/api/globals/site\` both answer 200 (**goal: 3 s** for a restart).`,
    '',
    '| start | both answering | site | CMS |',
    '| --- | ---: | ---: | ---: |',
    `| built checkout, empty database (migrations, first admin, seed) | **${s(c.emptyDatabase.seconds)}** | ${s(c.emptyDatabase.siteSeconds)} | ${s(c.emptyDatabase.cmsSeconds)} |`,
    `| warm restart: built, migrated, seeded (median of ${c.warmRestart.samples.length}: ${c.warmRestart.samples.join(', ')} s) | **${s(c.warmRestart.seconds)}** | ${s(c.warmRestart.siteSeconds)} | ${s(c.warmRestart.cmsSeconds)} |`,
    `| the same restart as before: a preparation process, then the servers (median: ${c.previousRestart.samples.join(', ')} s) | ${s(c.previousRestart.seconds)} | | |`,
    `| warm restart / before | **${c.warmRestartRatio}** | | |`,
    '',
    ...(f
      ? [
          `From a fresh clone (**goal: 180 s** from \`git clone\` to both answering):`,
          '',
          '| step | time |',
          '| --- | ---: |',
          `| \`git clone\` | ${s(f.cloneSeconds)} |`,
          `| \`npm install\` | ${s(f.installSeconds)} |`,
          `| first \`npm start\` until both answer | ${s(f.firstStartSeconds)} |`,
          `| of which its builds (CMS and site side by side) | ${s(f.firstStartBuildSeconds)} |`,
          `| **total** | **${s(f.totalSeconds)}** |`,
          ...(f.previousBuildSeconds !== undefined
            ? [
                `| the build as it was before (\`npm run build\`: CMS with type check and build cache, then site) | ${s(f.previousBuildSeconds)} |`,
                `| build now / before | **${f.buildRatio}** |`,
              ]
            : []),
          '',
        ]
      : []),
  ];
}

/** A horizontal bar chart as a standalone SVG document, laid out by src/common/barChart.ts (as on /figures). */
export function chartSvg(title: string, inputs: BarInput[], reference?: { value: number; label: string }): string {
  const titleHeight = 30;
  const layout = barChart(inputs, { width: 720, valueSpace: 120 });
  const max = Math.max(...inputs.map((i) => i.value), reference?.value ?? 0);
  const track = 720 - 16 - 120;
  const scale = (value: number) => 8 + (track * value) / Math.max(...inputs.map((i) => i.value));
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const referenceX = reference && max > 0 ? scale(reference.value) : undefined;
  const height = layout.height + titleHeight;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${height}" viewBox="0 0 ${layout.width} ${height}" role="img" aria-labelledby="t">`,
    `<title id="t">${escape(title)}</title>`,
    '<rect width="100%" height="100%" fill="#fff"/>',
    `<text x="8" y="20" font-family="sans-serif" font-size="15" font-weight="bold" fill="#111">${escape(title)}</text>`,
    `<g transform="translate(0 ${titleHeight})" font-family="sans-serif" font-size="13" fill="#111">`,
    ...layout.bars.flatMap((bar) => [
      `<text x="${bar.x}" y="${bar.labelY}">${escape(bar.label)}</text>`,
      `<rect x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}" fill="#1f5f8b"/>`,
      `<text x="${bar.valueX}" y="${bar.valueY}">${escape(bar.display)}</text>`,
    ]),
    ...(referenceX !== undefined && reference && referenceX <= layout.width
      ? [
          `<line x1="${referenceX}" y1="0" x2="${referenceX}" y2="${layout.height}" stroke="#b00" stroke-dasharray="4 3"/>`,
          `<text x="${referenceX + 3}" y="${layout.height - 2}" fill="#b00" font-size="11">${escape(reference.label)}</text>`,
        ]
      : []),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

function charts(results: Results): string[] {
  const lines: string[] = [];
  const t = results.throughput;
  if (t?.cpuRatio !== undefined) {
    const svg = chartSvg(
      'Cached page against node:http sending the same bytes (1.0 = as fast as the baseline)',
      [
        { label: 'requests/s, site / baseline', value: t.ratio, display: String(t.ratio) },
        { label: 'CPU per request, baseline / site', value: t.cpuRatio, display: String(t.cpuRatio) },
        { label: 'baseline', value: 1, display: '1.0' },
      ],
      { value: 0.5, label: 'goal 0.5' },
    );
    fs.writeFileSync(path.join(benchDir, 'results', 'throughput.svg'), svg);
    lines.push('![Ratios of the cached page to the baseline](results/throughput.svg)', '');
  }
  const s = results.scale;
  if (s?.ratios) {
    const inputs = Object.entries(s.ratios as Record<string, { uncachedP95?: number }>)
      .filter(([, r]) => r.uncachedP95 !== undefined)
      .map(([name, r]) => ({ label: name, value: r.uncachedP95!, display: `× ${r.uncachedP95}` }));
    const svg = chartSvg(
      `Uncached p95 with ${s.large.news.toLocaleString('en')} news items / with ${s.small.news} (1 = no slower)`,
      inputs,
      { value: 1, label: '1' },
    );
    fs.writeFileSync(path.join(benchDir, 'results', 'scale.svg'), svg);
    lines.push('![Uncached p95 at 10,000 news items against 100](results/scale.svg)', '');
  }
  return lines;
}

function failedPart(name: string, section: Results): string[] {
  return [`### ${name}: failed`, '', `Run of ${when(section)}: ${section.failed}`, ''];
}

export function writeReport(): void {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Results;
  const blocks: string[] = [];
  for (const [name, section] of Object.entries(results)) if (section?.failed) blocks.push(...failedPart(name, section));
  const ok = (name: string) => results[name] && !results[name].failed;
  blocks.unshift(...charts(results));
  if (ok('throughput')) blocks.push(...throughputTable(results.throughput));
  if (ok('compression')) blocks.push(...compressionTable(results.compression));
  if (ok('render')) blocks.push(...renderTable(results.render));
  if (ok('publish')) blocks.push(...publishTable(results.publish));
  if (ok('expiry')) blocks.push(...expiryTable(results.expiry));
  if (ok('leads')) blocks.push(...leadsTable(results.leads));
  if (ok('scale')) blocks.push(...scaleTable(results.scale));
  if (ok('coldstart')) blocks.push(...coldStartTable(results.coldstart));
  if (ok('scaleout')) blocks.push(...scaleOutTable(results.scaleout));
  const text = fs.readFileSync(readmeFile, 'utf8');
  const start = text.indexOf(markers.start);
  const end = text.indexOf(markers.end);
  if (start < 0 || end < start) throw new Error(`${readmeFile} has no ${markers.start} … ${markers.end} block to fill`);
  fs.writeFileSync(readmeFile, `${text.slice(0, start + markers.start.length)}\n${blocks.join('\n')}${text.slice(end)}`);
}

if (import.meta.filename === process.argv[1]) writeReport();
