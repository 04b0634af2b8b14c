/**
 * Two clients at the same moment on one draft, as two OS processes on one registry (a real
 * PostgreSQL database, or one SQLite file): both save from the same revision, or both ask for the
 * edit lease. A third connection holds the draft's lock (PostgreSQL: its row FOR UPDATE; SQLite: the
 * write lock) while both start, so both are inside their transaction, queued at the same point, when
 * it is released. Exactly one wins; the other gets the conflict (its text kept as a new draft) or is
 * told who holds the lease.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { LeaseView, SaveConflict } from '../../../../common/api/domains/office-flow';
import type { Engine } from '../../../../main/store';
import { ENGINES, useRegistryEngines } from '../engines';
import { removeRacerScript, startRacers, type Racer } from './racers';

const engines = useRegistryEngines();
afterAll(removeRacerScript);

const A = 'Nguyễn Văn A';
const B = 'Trần Thị B';

/** Lets `racers` go while the draft `id` is locked by another connection; releases it once both wait; their answers. */
async function underLock<T>(engine: Engine, location: string, id: string, racers: Racer[]): Promise<T[]> {
  if (engine === 'sqlite') {
    const db = new Database(location);
    db.exec('BEGIN IMMEDIATE');
    for (const r of racers) r.go();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    db.exec('COMMIT');
    db.close();
    return (await Promise.all(racers.map((r) => r.done))) as T[];
  }
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT id FROM drafts WHERE id = $1 FOR UPDATE', [id]);
    for (const r of racers) r.go();
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      if (rows[0].n >= racers.length) break; // both are inside their transaction, waiting on the row
      if (Date.now() > deadline) throw new Error(`only ${rows[0].n} clients waited on the draft's row`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  return (await Promise.all(racers.map((r) => r.done))) as T[];
}

describe.each(ENGINES)('two clients at once on one draft (%s)', (engine) => {
  it('saving the same revision: exactly one wins, the other gets the conflict and its text is kept as a new draft', async () => {
    const { reg, location, dataDir } = engines.fresh(engine);
    reg.drafts.create({ id: 'd', templateId: 'nghi-quyet', title: 'Nghị quyết', doc: { text: 'gốc' } });
    const rev = reg.draftFlow('d').revision;
    const racers = await startRacers(location, dataDir, [
      [A, 'save', 'd', 'cua-so-a', String(rev), `bản của ${A}`],
      [B, 'save', 'd', 'cua-so-b', String(rev), `bản của ${B}`],
    ]);
    const answers = await underLock<{ user: string; answer: { revision: number; conflict?: SaveConflict } }>(engine, location, 'd', racers);
    const won = answers.filter((a) => !a.answer.conflict);
    const lost = answers.filter((a) => a.answer.conflict);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const [winner, loser] = [won[0], lost[0]];
    expect(winner.answer.revision).toBe(rev + 1);
    expect(loser.answer.conflict).toMatchObject({ kind: 'stale', by: winner.user });
    expect(loser.answer.conflict!.message).toMatch(new RegExp(`^Bản thảo đã được lưu bởi ${winner.user} lúc \\d\\d:\\d\\d; bản của bạn được giữ thành bản sao`));
    expect(reg.drafts.get('d')?.doc).toEqual({ text: `bản của ${winner.user}` });
    expect(reg.draftFlow('d')).toMatchObject({ revision: rev + 1, savedBy: winner.user });
    expect(reg.drafts.get(loser.answer.conflict!.copyId)).toMatchObject({
      title: loser.answer.conflict!.copyTitle, owner: loser.user, doc: { text: `bản của ${loser.user}` },
    });
  }, 120_000);

  it('taking the edit lease: exactly one holds it, the other is told who holds it', async () => {
    const { reg, location, dataDir } = engines.fresh(engine);
    reg.drafts.create({ id: 'd', templateId: 'nghi-quyet', title: 'Nghị quyết', doc: { text: 'gốc' } });
    const racers = await startRacers(location, dataDir, [[A, 'lease', 'd', 'cua-so-a'], [B, 'lease', 'd', 'cua-so-b']]);
    const answers = await underLock<{ user: string; answer: LeaseView }>(engine, location, 'd', racers);
    const held = answers.filter((a) => a.answer.held);
    const refused = answers.filter((a) => !a.answer.held);
    expect(held).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].answer).toMatchObject({ holder: held[0].user, sameUser: false });
    expect(refused[0].answer.message).toMatch(new RegExp(`^Bản thảo đang do ${held[0].user} sửa \\(đến \\d\\d:\\d\\d\\)\\.$`));
    expect(reg.draftLease('d', 'nobody')).toMatchObject({ holder: held[0].user });
  }, 120_000);
});
