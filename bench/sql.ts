import sqlite3 from "sqlite3";

/** A promise face on the `sqlite3` driver (the one @keyv/sqlite uses), for the raw SQL baselines. */
export interface Sql {
  run(sql: string, ...params: unknown[]): Promise<void>;
  all<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export async function openSql(file: string): Promise<Sql> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const d = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(d)));
  });
  const done = (resolve: () => void, reject: (e: Error) => void) => (error: Error | null) => (error ? reject(error) : resolve());
  return {
    run: (sql, ...params) => new Promise((resolve, reject) => db.run(sql, params, done(resolve, reject))),
    all: <T>(sql: string, ...params: unknown[]) =>
      new Promise<T[]>((resolve, reject) => db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as T[])))),
    exec: (sql) => new Promise((resolve, reject) => db.exec(sql, done(resolve, reject))),
    close: () => new Promise((resolve, reject) => db.close(done(resolve, reject))),
  };
}
