/**
 * Two people on one draft (issue 14 item 4): two registries with different users on the same
 * database (one SQLite file, or one PostgreSQL database). One holds the edit lease, the other is refused and told who and until when; the
 * lease is renewed, released on close, taken over by the same user's other window, and a crashed
 * client's lease expires. A stale save overwrites nothing and keeps its text as a copy.
 */
import { describe, expect, it } from 'vitest';
import { LEASE_MS, clockTime } from '../../../../common/rules/office-flow';
import type { RegistryService } from '../../../../main/registry/index';
import { ENGINES, useRegistryEngines } from '../engines';

const engines = useRegistryEngines();

describe.each(ENGINES)('two people on one draft (%s)', (engine) => {
  function twoSeats(): { a: RegistryService; b: RegistryService } {
    const { location, dataDir } = engines.location(engine);
    const a = engines.open(location, dataDir, { user: 'Nguyễn Văn A' });
    const b = engines.open(location, dataDir, { user: 'Trần Thị B' });
    a.drafts.create({ id: 'd', templateId: 'nghi-quyet', title: 'Nghị quyết', doc: { text: 'gốc' } });
    return { a, b };
  }

  describe('edit lease', () => {
    it('one holds it, the other is refused and told who holds it and until when', () => {
      const { a, b } = twoSeats();
      const mine = a.acquireDraftLease('d', 'cua-so-a');
      expect(mine).toMatchObject({ held: true, holder: 'Nguyễn Văn A', message: '' });
      const theirs = b.acquireDraftLease('d', 'cua-so-b');
      expect(theirs).toMatchObject({ held: false, holder: 'Nguyễn Văn A', sameUser: false });
      expect(theirs.message).toBe(`Bản thảo đang do Nguyễn Văn A sửa (đến ${clockTime(mine.expiresAt)}).`);
      // Another user cannot take it over; the holder renews it.
      expect(b.acquireDraftLease('d', 'cua-so-b', { takeOver: true }).held).toBe(false);
      const later = Date.now() + 30_000;
      expect(Date.parse(a.acquireDraftLease('d', 'cua-so-a', { now: later }).expiresAt)).toBe(later + LEASE_MS);
      // A transition from another window is refused while the lease is held.
      expect(() => b.flowTransition({ user: 'Trần Thị B', roles: ['chuyen-vien'] }, 'd', 'submit', { client: 'cua-so-b' }))
        .toThrow(/Bản thảo đang do Nguyễn Văn A sửa \(đến \d\d:\d\d\)/);
      // Once submitted (locked), the leader's step does not wait for the drafter's open window.
      a.flowTransition({ user: 'Nguyễn Văn A', roles: ['chuyen-vien'] }, 'd', 'submit', { client: 'cua-so-a' });
      expect(b.flowTransition({ user: 'Trần Thị B', roles: ['lanh-dao'] }, 'd', 'approve').state).toBe('approved');
      // Released on close: the other may edit now.
      expect(a.releaseDraftLease('d', 'cua-so-a')).toBe(true);
      expect(b.acquireDraftLease('d', 'cua-so-b')).toMatchObject({ held: true, holder: 'Trần Thị B' });
      expect(a.draftLease('d', 'cua-so-a')).toMatchObject({ held: false, holder: 'Trần Thị B' });
    });

    it("a crashed client's lease expires, and the same user may take over from another window", () => {
      const { a, b } = twoSeats();
      const t0 = Date.now();
      a.acquireDraftLease('d', 'cua-so-a', { now: t0 }); // then the client crashes: never renewed, never released
      expect(b.acquireDraftLease('d', 'cua-so-b', { now: t0 + LEASE_MS - 1000 }).held).toBe(false);
      expect(b.acquireDraftLease('d', 'cua-so-b', { now: t0 + LEASE_MS + 1 })).toMatchObject({ held: true, holder: 'Trần Thị B' });
      const other = b.acquireDraftLease('d', 'cua-so-b2');
      expect(other).toMatchObject({ held: false, sameUser: true });
      expect(other.message).toMatch(/^Bản thảo đang do Trần Thị B sửa ở một cửa sổ khác \(đến \d\d:\d\d\)\.$/);
      expect(b.acquireDraftLease('d', 'cua-so-b2', { takeOver: true })).toMatchObject({ held: true });
      expect(b.draftLease('d', 'cua-so-b')?.held).toBe(false);
    });
  });

  describe('version check on save', () => {
    it('a stale save overwrites nothing; its text is kept as a copy the user can open', () => {
      const { a, b } = twoSeats();
      const rev0 = a.draftFlow('d').revision;
      a.acquireDraftLease('d', 'cua-so-a');
      const saved = a.drafts.save('d', { title: 'Nghị quyết', doc: { text: 'bản của A' } }, 'auto', { revision: rev0, client: 'cua-so-a' });
      expect(saved.conflict).toBeUndefined();
      expect(saved.revision).toBe(rev0 + 1);
      a.releaseDraftLease('d', 'cua-so-a');
      // B opened the draft at rev0 and saves afterwards: refused, kept as a copy.
      const lost = b.drafts.save('d', { title: 'Nghị quyết', doc: { text: 'bản của B' } }, 'auto', { revision: rev0, client: 'cua-so-b' });
      expect(lost.conflict).toMatchObject({ kind: 'stale', by: 'Nguyễn Văn A' });
      expect(lost.conflict!.message).toMatch(/^Bản thảo đã được lưu bởi Nguyễn Văn A lúc \d\d:\d\d; bản của bạn được giữ thành bản sao "Nghị quyết \(bản của Trần Thị B lúc \d\d:\d\d\)"\.$/);
      expect(a.drafts.get('d')?.doc).toEqual({ text: 'bản của A' });
      expect(b.drafts.get(lost.conflict!.copyId)).toMatchObject({ title: lost.conflict!.copyTitle, templateId: 'nghi-quyet', doc: { text: 'bản của B' } });
      // With the current revision B's save goes through.
      expect(b.drafts.save('d', { title: 'Nghị quyết', doc: { text: 'bản của B' } }, 'auto', { revision: lost.revision, client: 'cua-so-b' }).conflict).toBeUndefined();
      expect(a.draftFlow('d')).toMatchObject({ revision: rev0 + 2, savedBy: 'Trần Thị B' });
    });

    it('a save from a window whose lease was taken is kept as a copy, naming the holder', () => {
      const { a, b } = twoSeats();
      a.acquireDraftLease('d', 'cua-so-a');
      const rev = a.draftFlow('d').revision;
      const r = b.drafts.save('d', { title: 'Nghị quyết', doc: { text: 'B gõ khi A đang sửa' } }, 'auto', { revision: rev, client: 'cua-so-b' });
      expect(r.conflict?.kind).toBe('leased');
      expect(r.conflict?.message).toMatch(/^Bản thảo đang do Nguyễn Văn A sửa \(đến \d\d:\d\d\); bản của bạn được giữ thành bản sao "/);
      expect(a.drafts.get('d')?.doc).toEqual({ text: 'gốc' });
      expect(a.drafts.get(r.conflict!.copyId)?.doc).toEqual({ text: 'B gõ khi A đang sửa' });
    });
  });
});
