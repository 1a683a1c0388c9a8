import { describe, expect, test } from 'vitest';
import { limiter } from '../../src/cms/limiter';
import { allOf, published } from '../../src/cms/where';

describe('the request limiter in front of the CMS', () => {
  test('lets at most its number through at once; the others go in the order they came', async () => {
    const gate = limiter(2);
    const order: number[] = [];
    const first = await gate();
    const second = await gate();
    const waiting = [3, 4].map((n) => gate().then((release) => (order.push(n), release)));
    await Promise.resolve();
    expect(order).toEqual([]);
    first();
    const third = await waiting[0]!;
    expect(order).toEqual([3]);
    second();
    third();
    (await waiting[1]!)();
    expect(order).toEqual([3, 4]);
  });

  test('a place given back twice counts once', async () => {
    const gate = limiter(1);
    const release = await gate();
    release();
    release();
    await gate();
    let got = false;
    void gate().then(() => (got = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(got).toBe(false);
  });
});

describe('filters', () => {
  test('leave out filters not chosen, and make no clause of none', () => {
    expect(allOf()).toBeUndefined();
    expect(allOf(undefined, published)).toEqual(published);
    expect(allOf(published, { slug: { equals: 'a' } })).toEqual({ and: [published, { slug: { equals: 'a' } }] });
  });
});
