import type { Payload } from 'payload';

/**
 * The next value of a named counter, atomic in the database so that concurrent requests (and
 * several CMS processes on one database) never get the same number: one SQLite statement
 * (`INSERT … ON CONFLICT DO UPDATE … RETURNING`), or MongoDB's `findOneAndUpdate` with `$inc`.
 * A number taken by a save that then fails is not reused; sequences may have gaps.
 */
export async function nextSequence(payload: Payload, name: string): Promise<number> {
  const db = payload.db as unknown as {
    name: string;
    drizzle?: { all(query: unknown): Promise<{ value: number }[]> };
    collections?: Record<string, { findOneAndUpdate(filter: object, update: object, options: object): Promise<{ value: number } | null> }>;
  };
  if (db.name === 'sqlite' && db.drizzle) {
    const { sql } = await import('@payloadcms/db-sqlite/drizzle');
    const now = new Date().toISOString();
    const rows = await db.drizzle.all(
      sql`INSERT INTO counters (name, value, updated_at, created_at) VALUES (${name}, 1, ${now}, ${now})
          ON CONFLICT (name) DO UPDATE SET value = value + 1, updated_at = ${now} RETURNING value`,
    );
    return Number(rows[0].value);
  }
  if (db.name === 'mongoose' && db.collections?.counters) {
    const counters = db.collections.counters;
    const increment = () =>
      counters.findOneAndUpdate(
        { name },
        { $inc: { value: 1 }, $setOnInsert: { createdAt: new Date() }, $set: { updatedAt: new Date() } },
        { upsert: true, new: true, lean: true },
      );
    // Two first-of-the-year upserts can race on the unique name; the loser's retry increments.
    const doc = await increment().catch((error: { code?: number }) => {
      if (error?.code === 11000) return increment();
      throw error;
    });
    return Number(doc?.value);
  }
  throw new Error(`nextSequence: no atomic counter for the ${db.name} database adapter`);
}
