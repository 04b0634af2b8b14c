/**
 * 8 OS processes × 250 registrations through the registry's own method (registerNumber), started
 * together on one registry: on PostgreSQL (each client its own connection, the sequence's row
 * locked) and on one SQLite file. The numbers are exactly 1..2000, no duplicate, no gap, every
 * acknowledged number is in the register, and the audit chain verifies afterwards.
 */
import { describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../main/registry/index';
import { ENGINES, useRegistryEngines } from './engines';
import { runWriters } from './fixtures/engine-clients';

const engines = useRegistryEngines();
const CLIENTS = 8;
const EACH = 250;

describe.each(ENGINES)('concurrent registration on %s', (engine) => {
  it(`${CLIENTS} processes × ${EACH} registrations give 1..${CLIENTS * EACH} in the sequence, no gap, no duplicate, the chain intact`, async () => {
    const t = engines.withTermBook(engine);
    t.reg.close();
    const results = await runWriters(t.location, t.dataDir, t.bookId, CLIENTS, EACH);
    for (const r of results) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.serials).toHaveLength(EACH);
    }
    const acknowledged = results.flatMap((r) => r.serials).sort((a, b) => a - b);
    expect(acknowledged).toEqual(Array.from({ length: CLIENTS * EACH }, (_, i) => i + 1));
    let check: RegistryService | undefined;
    try {
      check = engines.open(t.location, t.dataDir);
      const rows = check.listOutgoing({ bookId: t.bookId });
      expect(rows.map((e) => e.serial).sort((a, b) => a - b)).toEqual(acknowledged);
      expect(new Set(rows.map((e) => e.number)).size).toBe(CLIENTS * EACH);
      expect(check.auditVerify()).toEqual({ ok: true, count: CLIENTS * EACH + 2 });
    } finally {
      check?.close();
    }
  }, 600_000);
});
