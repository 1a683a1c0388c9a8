import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentBudget, graphQLLimits } from '../../cms/src/graphql/cost';

const schema = buildSchema(`
  type News { id: ID, title: String, related(limit: Int): NewsList }
  type NewsList { docs: [News] }
  type Query { allNews(limit: Int, page: Int): NewsList, Site: String }
`);
const errorsOf = (query: string, variableValues: Record<string, unknown> = {}) =>
  validate(schema, parse(query), [...specifiedRules, documentBudget({ variableValues })]).map((e) => e.message);

describe('the GraphQL document budget', () => {
  it('lets an ordinary query through', () => {
    expect(errorsOf('{ allNews(limit: 100) { docs { id title } } Site }')).toEqual([]);
    expect(errorsOf('{ allNews { docs { id } } }')).toEqual([]);
  });

  it('refuses the 200-alias query that occupied the CMS, in both languages', () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: allNews(limit: 100) { docs { id title } }`).join(' ');
    const errors = errorsOf(`{ ${aliases} }`);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join(' ')).toMatch(/最多 .* \/ At most/);
  });

  it('counts every list limit, nested lists and variables included', () => {
    const five = Array.from({ length: 5 }, (_, i) => `a${i}: allNews(limit: 100) { docs { id } }`).join(' ');
    expect(errorsOf(`{ ${five} }`)).toEqual([]);
    expect(errorsOf(`{ ${five} extra: allNews(limit: 1) { docs { id } } }`)).toEqual([
      `一次查询最多读取 ${graphQLLimits.maxDocuments} 篇文档 / At most ${graphQLLimits.maxDocuments} documents per request`,
    ]);
    expect(errorsOf('{ allNews(limit: 100) { docs { related(limit: 100) { docs { id } } } } }')).toEqual([]);
    expect(errorsOf('query ($n: Int) { allNews(limit: $n) { docs { id } } }', { n: 101 })).toHaveLength(1);
  });

  it('refuses limit 0 (all documents) and limits it cannot read', () => {
    expect(errorsOf('{ allNews(limit: 0) { docs { id } } }')).toHaveLength(1);
    expect(errorsOf('query ($n: Int) { allNews(limit: $n) { docs { id } } }', {})).toHaveLength(1);
  });
});
