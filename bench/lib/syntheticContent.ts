// Synthetic news and policies for the scale benchmark (bench/scale.ts), in both languages, written
// straight into a throw-away portal's SQLite database: Payload's Local API needs about 40 ms per
// localized, versioned document on this machine (over 15 minutes for 22,000 locale versions),
// this needs seconds. The rows are the ones Payload itself writes for a published document
// (main table, `_locales`, `_rels`, and a latest published version), so the CMS reads them like
// any other, plus the row the search plugin keeps for a published document (`search`,
// `search_locales`, `search_rels`; built by src/common/searchIndex.ts searchText as the plugin's hook
// builds it); bench/scale.ts checks the REST API's counts, search rows included, before measuring.
//
// Clearly synthetic and never shipped: slugs start with `synthetic-`, the source says
// "合成测试数据 / synthetic benchmark data" and the editor notes name this file. The text is
// recombined from the zone's own vocabulary, in realistic lengths (Chinese titles of 15–30
// characters, bodies of 3–6 paragraphs), so that search and sitemaps see varied, real-sized text.
import { DatabaseSync } from 'node:sqlite';
import { searchText } from '#common/searchIndex.ts';
import { parseDatabaseUrl } from '../../cms/src/lib/databaseUrl.ts';

const zhSubjects = [
  '湘潭高新区',
  '高新区管委会',
  '招商局',
  '双马工业园',
  '先进装备制造产业园',
  '电机产业链',
  '新能源企业',
  '精品钢材项目',
  '医疗器械企业',
  '科技创新服务中心',
  '人才服务站',
  '园区企业',
];
const zhVerbs = ['举办', '推进', '签约', '启动', '完成', '召开', '发布', '考察', '引进', '表彰', '部署', '对接'];
const zhObjects = [
  '重大项目集中签约活动',
  '产业链招商推介会',
  '企业服务专题会议',
  '标准厂房建设工程',
  '高层次人才引进计划',
  '新能源汽车零部件项目',
  '智能制造示范车间',
  '绿色低碳发展行动',
  '营商环境优化措施',
  '产学研合作对接会',
  '中小企业融资服务',
  '海外客商考察交流',
];
const zhClauses = [
  '会议强调要坚持项目为王，持续优化营商环境',
  '相关负责人介绍了园区产业基础和配套条件',
  '与会企业代表围绕技术创新和市场拓展展开交流',
  '项目建成后预计将新增就业岗位数百个',
  '园区将进一步完善水电气等基础设施配套',
  '各部门要压实责任，确保各项任务按期完成',
  '此次活动吸引了来自长三角和珠三角的多家企业参加',
  '下一步将围绕主导产业开展精准招商',
  '企业负责人表示将继续扩大在湘潭的投资',
  '现场还设置了政策咨询和人才招聘服务台',
  '通过一站式服务，项目从签约到开工用时大幅缩短',
  '专家建议加快培育专精特新企业',
];
const enSubjects = [
  'Xiangtan Hi-tech Zone',
  'The zone administration',
  'The investment promotion bureau',
  'Shuangma Industrial Park',
  'The advanced equipment park',
  'The motor industry chain',
  'A clean-energy company',
  'A fine-steel project',
  'A medical-device maker',
  'The innovation service centre',
  'The talent service station',
  'Companies in the zone',
];
const enVerbs = [
  'hosts',
  'advances',
  'signs',
  'launches',
  'completes',
  'convenes',
  'publishes',
  'visits',
  'attracts',
  'honours',
  'plans',
  'matches',
];
const enObjects = [
  'a round of major project signings',
  'an industry-chain investment forum',
  'a business service meeting',
  'standard factory construction',
  'a high-level talent programme',
  'an electric-vehicle components project',
  'a smart manufacturing showcase',
  'a green low-carbon action plan',
  'measures to improve the business environment',
  'an industry-university matchmaking event',
  'financing services for small firms',
  'an exchange with overseas investors',
];
const enClauses = [
  'The meeting stressed that projects come first and the business environment must keep improving.',
  'Officials described the industrial base and the services available in the parks.',
  'Company representatives exchanged views on technology and new markets.',
  'Once completed, the project is expected to create several hundred jobs.',
  'The park will further improve its water, power and gas connections.',
  'Each department is responsible for finishing its tasks on schedule.',
  'The event drew companies from the Yangtze and Pearl River deltas.',
  'The next step is targeted investment promotion around the leading industries.',
  'The company said it would keep expanding its investment in Xiangtan.',
  'Desks for policy questions and recruitment were set up on site.',
  'One-stop service has shortened the time from signing to ground-breaking.',
  'Experts suggested faster support for specialised small and medium-sized firms.',
];
const zhPolicyTopics = [
  '关于支持先进制造业高质量发展的若干措施',
  '招商引资项目奖励办法',
  '高层次人才引进实施细则',
  '标准厂房租赁补贴办法',
  '科技创新平台认定管理办法',
  '中小企业融资担保支持政策',
  '新能源产业扶持办法',
  '工业用地弹性出让实施办法',
  '研发费用加计扣除服务指引',
  '总部经济发展奖励办法',
];
const enPolicyTopics = [
  'measures supporting high-quality advanced manufacturing',
  'rewards for investment projects',
  'rules for attracting high-level talent',
  'subsidies for renting standard factories',
  'recognition of innovation platforms',
  'loan guarantees for small and medium-sized firms',
  'support for the clean-energy industry',
  'flexible grants of industrial land',
  'guidance on the extra deduction of R&D costs',
  'rewards for regional headquarters',
];
const policyTypes = ['investment-promotion', 'project-management', 'incentive', 'land', 'talent', 'tax', 'finance'];

/** A small deterministic generator, so two runs write the same content. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    next,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
  };
}

type Random = ReturnType<typeof random>;

function lexical(paragraphs: string[]): string {
  return JSON.stringify({
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: null,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: null,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  });
}

function zhParagraph(r: Random): string {
  return Array.from({ length: r.int(3, 6) }, () => r.pick(zhClauses)).join('，') + '。';
}
function enParagraph(r: Random): string {
  return Array.from({ length: r.int(3, 6) }, () => r.pick(enClauses)).join(' ');
}

/**
 * The SQLite file these rows go into, from the bench portal's DATABASE_URL. The rows are SQLite's
 * tables, so the bench always runs on a private SQLite file (scripts/lib/portal.ts
 * privatePortalEnv) and refuses a MongoDB URL rather than write rows MongoDB would never read.
 */
export function syntheticContentFile(databaseUrl: string | undefined, root: string): string {
  const target = parseDatabaseUrl(databaseUrl, root);
  if (target.kind !== 'sqlite') {
    throw new Error('the scale bench writes its synthetic content as SQLite rows: give it a file: DATABASE_URL, not MongoDB');
  }
  return target.file;
}

export interface SyntheticCounts {
  news: number;
  policies: number;
}

const note = 'Synthetic benchmark content written by bench/lib/syntheticContent.ts; never shipped.';

/**
 * Adds `counts.news` news items and `counts.policies` policies, each published in Chinese and
 * English, numbered from `start` (so a second call adds more without clashing slugs).
 */
export function addSyntheticContent(databaseFile: string, counts: SyntheticCounts, start = 0): void {
  const db = new DatabaseSync(databaseFile);
  db.exec('PRAGMA busy_timeout = 30000');
  const ids = (table: string) => (db.prepare(`SELECT id FROM ${table}`).all() as { id: number }[]).map((row) => row.id);
  const industries = ids('industries');
  const categories = ids('news_categories');
  const parks = ids('parks');
  const now = new Date().toISOString();
  const r = random(7 + start);
  const day = 86_400_000;
  const base = Date.UTC(2026, 10, 1);

  db.exec('BEGIN');
  try {
    const searchRow = db.prepare(`INSERT INTO search (priority, slug, updated_at, created_at) VALUES (0, ?, ?, ?)`);
    const searchLocale = db.prepare(
      `INSERT INTO search_locales (title, summary, excerpt, text, _locale, _parent_id) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const searchRel = db.prepare(`INSERT INTO search_rels ("order", parent_id, path, news_id, policies_id) VALUES (NULL, ?, 'doc', ?, ?)`);
    const index = (
      collection: 'news' | 'policies',
      id: number,
      slug: string,
      texts: readonly { locale: string; title: string; summary: string; body: string }[],
    ) => {
      const searchId = Number(searchRow.run(slug, now, now).lastInsertRowid);
      searchRel.run(searchId, collection === 'news' ? id : null, collection === 'policies' ? id : null);
      for (const text of texts) {
        const fields = searchText(text.title, text.summary, JSON.parse(text.body));
        searchLocale.run(fields.title, fields.summary, fields.excerpt, fields.text, text.locale, searchId);
      }
    };
    const news = db.prepare(
      `INSERT INTO news (slug, published_at, updated_at, created_at, _status, category_id, editor_notes) VALUES (?, ?, ?, ?, 'published', ?, ?)`,
    );
    const newsLocale = db.prepare(`INSERT INTO news_locales (title, summary, body, source, _locale, _parent_id) VALUES (?, ?, ?, ?, ?, ?)`);
    const newsRel = db.prepare(`INSERT INTO news_rels ("order", parent_id, path, parks_id, industries_id) VALUES (?, ?, ?, ?, ?)`);
    const newsVersion = db.prepare(
      `INSERT INTO _news_v (parent_id, version_slug, version_published_at, version_updated_at, version_created_at, version__status, created_at, updated_at, latest, version_category_id, version_editor_notes) VALUES (?, ?, ?, ?, ?, 'published', ?, ?, 1, ?, ?)`,
    );
    const newsVersionLocale = db.prepare(
      `INSERT INTO _news_v_locales (version_title, version_summary, version_body, version_source, _locale, _parent_id) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (let n = start; n < start + counts.news; n += 1) {
      const slug = `synthetic-news-${n + 1}`;
      const publishedAt = new Date(base - r.int(0, 5 * 365) * day).toISOString();
      const category = categories.length ? r.pick(categories) : null;
      const id = Number(news.run(slug, publishedAt, now, now, category, note).lastInsertRowid);
      const version = Number(newsVersion.run(id, slug, publishedAt, now, now, now, now, category, note).lastInsertRowid);
      const [s, v, o] = [r.int(0, 11), r.int(0, 11), r.int(0, 11)];
      const zhTitle = `${zhSubjects[s]}${zhVerbs[v]}${zhObjects[o]}`;
      const enTitle = `${enSubjects[s]} ${enVerbs[v]} ${enObjects[o]}`;
      const paragraphs = r.int(3, 6);
      const zhBody = Array.from({ length: paragraphs }, () => zhParagraph(r));
      const enBody = Array.from({ length: paragraphs }, () => enParagraph(r));
      const texts = [
        ['zh', zhTitle, `${zhTitle}。${zhParagraph(r)}`, lexical(zhBody), '合成测试数据'],
        ['en', enTitle, `${enTitle}. ${enParagraph(r)}`, lexical(enBody), 'Synthetic benchmark data'],
      ] as const;
      for (const [locale, title, summary, body, source] of texts) {
        newsLocale.run(title, summary, body, source, locale, id);
        newsVersionLocale.run(title, summary, body, source, locale, version);
      }
      index(
        'news',
        id,
        slug,
        texts.map(([locale, title, summary, body]) => ({ locale, title, summary, body })),
      );
      if (industries.length && r.next() < 0.6) newsRel.run(1, id, 'industries', null, r.pick(industries));
      if (parks.length && r.next() < 0.3) newsRel.run(1, id, 'parks', r.pick(parks), null);
    }

    const policy = db.prepare(
      `INSERT INTO policies (slug, type, effective_from, expires_on, updated_at, created_at, _status, editor_notes) VALUES (?, ?, ?, ?, ?, ?, 'published', ?)`,
    );
    const policyLocale = db.prepare(
      `INSERT INTO policies_locales (title, issuing_body, summary, body, _locale, _parent_id) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const policyRel = db.prepare(`INSERT INTO policies_rels ("order", parent_id, path, industries_id) VALUES (?, ?, 'industries', ?)`);
    const policyVersion = db.prepare(
      `INSERT INTO _policies_v (parent_id, version_slug, version_type, version_effective_from, version_expires_on, version_updated_at, version_created_at, version__status, created_at, updated_at, latest, version_editor_notes) VALUES (?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, 1, ?)`,
    );
    const policyVersionLocale = db.prepare(
      `INSERT INTO _policies_v_locales (version_title, version_issuing_body, version_summary, version_body, _locale, _parent_id) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (let n = start; n < start + counts.policies; n += 1) {
      const slug = `synthetic-policy-${n + 1}`;
      const type = r.pick(policyTypes);
      const from = base - r.int(0, 6 * 365) * day;
      // Some open-ended, some expired, some still running.
      const roll = r.next();
      const expires = roll < 0.3 ? null : new Date(from + r.int(365, 5 * 365) * day).toISOString();
      const effectiveFrom = new Date(from).toISOString();
      const id = Number(policy.run(slug, type, effectiveFrom, expires, now, now, note).lastInsertRowid);
      const version = Number(policyVersion.run(id, slug, type, effectiveFrom, expires, now, now, now, now, note).lastInsertRowid);
      const topic = r.int(0, zhPolicyTopics.length - 1);
      const year = new Date(from).getUTCFullYear();
      const zhTitle = `湘潭高新区${zhPolicyTopics[topic]}（${year}年第${n + 1}号）`;
      const enTitle = `Xiangtan Hi-tech Zone: ${enPolicyTopics[topic]} (${year}, no. ${n + 1})`;
      const articles = r.int(4, 8);
      const zhBody = Array.from({ length: articles }, (_, i) => `第${i + 1}条\u3000${zhParagraph(r)}`);
      const enBody = Array.from({ length: articles }, (_, i) => `Article ${i + 1}. ${enParagraph(r)}`);
      const texts = [
        ['zh', zhTitle, '湘潭高新区管委会', zhParagraph(r), lexical(zhBody)],
        ['en', enTitle, 'Xiangtan Hi-tech Zone Administrative Committee', enParagraph(r), lexical(enBody)],
      ] as const;
      for (const [locale, title, issuer, summary, body] of texts) {
        policyLocale.run(title, issuer, summary, body, locale, id);
        policyVersionLocale.run(title, issuer, summary, body, locale, version);
      }
      index(
        'policies',
        id,
        slug,
        texts.map(([locale, title, , summary, body]) => ({ locale, title, summary, body })),
      );
      if (industries.length) policyRel.run(1, id, r.pick(industries));
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  } finally {
    db.close();
  }
}
