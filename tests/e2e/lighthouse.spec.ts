import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { siteUrl } from '../helpers/e2e.ts';
import { markdownTable, reportDir, writeReport } from '../helpers/report.ts';
import { readSitemaps } from '../helpers/seo.ts';

/** Every category on every page must score at least this (of 100), its median over the runs; the goal is 100. */
const minimum = 95;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Lighthouse's mobile emulation targets a Moto G Power (2022), whose BenchmarkIndex is about 264
 * (the figure Chrome DevTools' CPU calibration uses). The default 4x CPU slowdown assumes a
 * desktop host (BenchmarkIndex 1,000 and more); this 2-core machine, shared with other builds,
 * measures 280-860, i.e. is itself a phone-class CPU. As Lighthouse's throttling guide says for
 * weaker hosts, the slowdown is calibrated from the host's BenchmarkIndex, measured right before
 * each page: host / 264, never above the default 4 nor below 1. Everything else is default.
 */
const targetBenchmarkIndex = 264;
const cpuSlowdown = (benchmarkIndex: number) => Math.min(4, Math.max(1, Math.round((benchmarkIndex / targetBenchmarkIndex) * 10) / 10));

/**
 * Each page is audited this many times and each category scored by the median of its runs, as
 * Lighthouse's variability guide and Lighthouse CI (`numberOfRuns`, median aggregation) advise:
 * one run's performance score moves by 10 points and more on a shared machine, on which another
 * process can take the CPU for a second in the middle of a page's load. Every run's score is
 * reported. LIGHTHOUSE_RUNS overrides it.
 */
const runsPerPage = Number(process.env.LIGHTHOUSE_RUNS) || 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

// Lighthouse's defaults otherwise: a mobile device, simulated slow 4G and simulated CPU throttling.
// Pages run one after another in one Chromium, in a Playwright project that runs alone.
test('Lighthouse scores every category at least 95 on the key pages, in both languages', async ({ page, request }) => {
  test.setTimeout(runsPerPage * 12 * 90_000);
  const { urls } = await readSitemaps(page, request);
  const detail = (lang: string, collection: string) => {
    const found = urls
      .map((u) => new URL(u.loc).pathname)
      .find((p) => p.startsWith(`/${lang}/${collection}/`) && p.split('/').length === 4);
    if (!found) throw new Error(`the ${lang} sitemap lists no ${collection} page`);
    return found;
  };
  const pages = ['zh', 'en'].flatMap((lang) => [
    { name: 'home', lang, path: `/${lang}/` },
    { name: 'parks', lang, path: `/${lang}/parks` },
    { name: 'park detail', lang, path: detail(lang, 'parks') },
    { name: 'news detail', lang, path: detail(lang, 'news') },
    { name: 'policies', lang, path: `/${lang}/policies` },
    { name: 'contact', lang, path: `/${lang}/contact` },
  ]);

  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const dir = reportDir('lighthouse');
  const results: {
    name: string;
    lang: string;
    path: string;
    runs: { benchmarkIndex: number; cpuSlowdownMultiplier: number; scores: Record<string, number> }[];
    scores: Record<string, number>;
    failing: Record<string, string[]>;
  }[] = [];
  try {
    for (const target of pages) {
      const runs: {
        benchmarkIndex: number;
        cpuSlowdownMultiplier: number;
        scores: Record<string, number>;
        failing: Record<string, string[]>;
      }[] = [];
      for (let run = 1; run <= runsPerPage; run += 1) {
        // Lighthouse's own benchmark, in a Chromium on the same machine, just before each run.
        const benchmarkIndex = Math.round(await page.evaluate(pageFunctions.computeBenchmarkIndex));
        const cpuSlowdownMultiplier = cpuSlowdown(benchmarkIndex);
        const audit = () =>
          lighthouse(
            `${siteUrl()}${target.path}`,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
            { extends: 'lighthouse:default', settings: { throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier } } },
          );
        // A run that failed to record (e.g. NO_NAVSTART, which Lighthouse says to run again for) is
        // repeated once; a run that recorded is scored as it is.
        let lhr = (await audit())?.lhr;
        if (lhr?.runtimeError) lhr = (await audit())?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${target.path}`);
        if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${target.path}: ${lhr.runtimeError.message}`);
        fs.writeFileSync(
          path.join(dir, `${target.path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'root'}-run${run}.json`),
          JSON.stringify(lhr),
        );
        const scores: Record<string, number> = {};
        const failing: Record<string, string[]> = {};
        for (const id of categories) {
          const category = lhr.categories[id];
          scores[id] = Math.round((category.score ?? 0) * 100);
          // What cost points: weighted audits that did not pass in full.
          failing[id] = category.auditRefs
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
            .map((ref) => {
              const audit = lhr.audits[ref.id];
              return `${ref.id} (${Math.round((audit.score ?? 0) * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`;
            });
        }
        runs.push({ benchmarkIndex, cpuSlowdownMultiplier, scores, failing });
      }
      const scores = Object.fromEntries(categories.map((c) => [c, median(runs.map((r) => r.scores[c]))]));
      // The audits that cost points in the run whose score is the median (or the closest to it).
      const failing = Object.fromEntries(
        categories.map((c) => [
          c,
          runs.reduce((best, r) => (Math.abs(r.scores[c] - scores[c]) < Math.abs(best.scores[c] - scores[c]) ? r : best)).failing[c],
        ]),
      );
      results.push({ ...target, runs, scores, failing });
    }
  } finally {
    chrome.kill();
  }

  const table = markdownTable(
    ['page', 'language', 'path', ...categories.map((c) => `${c} (median; runs)`), 'host BenchmarkIndex', 'CPU slowdown'],
    results.map((r) => [
      r.name,
      r.lang,
      r.path,
      ...categories.map((c) => `${r.scores[c]} (${r.runs.map((run) => run.scores[c]).join(', ')})`),
      r.runs.map((run) => run.benchmarkIndex).join(', '),
      r.runs.map((run) => `${run.cpuSlowdownMultiplier}x`).join(', '),
    ]),
  );
  const notes = results.flatMap((r) =>
    categories.filter((c) => r.failing[c].length).map((c) => `- ${r.name} (${r.lang}) ${c} ${r.scores[c]}: ${r.failing[c].join(', ')}`),
  );
  const markdown = `# Lighthouse (mobile, simulated throttling, CPU slowdown calibrated to a Moto G Power; median of ${runsPerPage} runs)\n\n${table}\n\n${notes.length ? `Audits that cost points:\n\n${notes.join('\n')}` : 'Every audit passed.'}`;
  writeReport('lighthouse', markdown, results);
  console.log(markdown);

  const failures = results.flatMap((r) =>
    categories
      .filter((c) => r.scores[c] < minimum)
      .map((c) => `${r.name} (${r.lang}, ${r.path}): ${c} ${r.scores[c]} < ${minimum}; failing audits: ${r.failing[c].join(', ')}`),
  );
  expect(failures, failures.join('\n')).toEqual([]);
});
