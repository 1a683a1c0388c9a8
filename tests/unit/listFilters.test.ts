import { describe, expect, test } from 'vitest';
import { filterQuery, parseFilters } from '../../src/lib/listFilters';

const spec = { stage: ['signed', 'in-production'], industry: ['clean-energy'] } as const;
const parse = (query: string) => parseFilters(new URLSearchParams(query), spec);

describe('list filters from the query string', () => {
  test('absent or empty filters mean no filter', () => {
    expect(parse('')).toEqual({});
    expect(parse('stage=&industry=')).toEqual({});
    expect(parse('page=2')).toEqual({});
  });

  test('allowed values are kept', () => {
    expect(parse('stage=signed&industry=clean-energy')).toEqual({ stage: 'signed', industry: 'clean-energy' });
  });

  test('unknown values, and a filter given twice, make the request invalid', () => {
    expect(parse('stage=planned')).toBeUndefined();
    expect(parse('industry=<script>')).toBeUndefined();
    expect(parse('stage=signed&stage=in-production')).toBeUndefined();
  });

  test('filterQuery writes the filters and the page back, dropping empties and page 1', () => {
    expect(filterQuery({ stage: 'signed', industry: undefined })).toBe('?stage=signed');
    expect(filterQuery({ stage: 'signed' }, 2)).toBe('?stage=signed&page=2');
    expect(filterQuery({}, 1)).toBe('');
  });
});
