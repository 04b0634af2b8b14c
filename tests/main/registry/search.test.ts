import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../main/registry/index';
import { ftsQuery, planQuery, textMatches, queryPhrases } from '../../../main/registry/search';
import { ENGINES, useRegistryEngines } from './engines';

const engines = useRegistryEngines();
let reg: RegistryService;
let bookId: number;
afterEach(() => reg.close());

const numbers = (text: string, extra = {}) => reg.search({ text, ...extra }).map((h) => h.number);

// The same entries and expectations on SQLite (FTS5) and on PostgreSQL (pg_trgm candidates, same word check).
describe.each(ENGINES)('on %s', (engine) => {
  beforeEach(() => {
    ({ reg, bookId } = engines.withTermBook(engine));
    reg.registerNumber(bookId, { typeCode: 'NQ', typeId: 'nghi-quyet', date: '2021-03-06', summary: 'Nghị quyết về tăng cường công tác tư tưởng trong tình hình mới' });
    reg.setLastUsed(bookId, 'KL', 87, { date: '2023-09-01' });
    reg.registerNumber(bookId, { typeCode: 'KL', date: '2023-09-05', summary: 'Kết luận của Ban Thường vụ về Đề án chuyển đổi số', signer: 'Đinh Đức Đạt' });
    reg.addIncoming({ receivedDate: '2021-03-10', sender: 'Đảng ủy Khối các cơ quan tỉnh', senderNumber: '116-GM/ĐUK', summary: 'Giấy mời dự hội nghị', deadline: '2021-03-12' });
    reg.addIncoming({ receivedDate: '2024-05-02', sender: 'Huyện ủy Lý Nhân', senderNumber: '12-BC/HU', summary: 'Báo cáo sơ kết công tác xây dựng Đảng', status: 'đã xử lý' });
  });

  describe('search (diacritics and đ/Đ folded)', () => {
    it('finds words without tone marks, in any order, not necessarily adjacent', () => {
      expect(numbers('nghi quyet tu tuong')).toEqual(['01-NQ/TU']);
      expect(numbers('tư tưởng NGHỊ QUYẾT')).toEqual(['01-NQ/TU']);
      expect(numbers('chuyen doi so')).toEqual(['88-KL/TU']);
    });

    it('folds đ/Đ to d, both in the text and in the query', () => {
      // "Huyện ủy … xây dựng Đảng" has both words too: the words of a query are ANDed.
      expect(numbers('dang uy').sort()).toEqual(['116-GM/ĐUK', '12-BC/HU']);
      expect(numbers('dang uy khoi')).toEqual(['116-GM/ĐUK']);
      expect(numbers('Đảng ủy Khối')).toEqual(['116-GM/ĐUK']);
      expect(numbers('dinh duc dat')).toEqual(['88-KL/TU']);
      expect(numbers('xay dung dang')).toEqual(['12-BC/HU']);
    });

    it('finds numbers with "/" and "-" as phrases', () => {
      expect(numbers('88-KL/TU')).toEqual(['88-KL/TU']);
      expect(numbers('116-GM/ĐUK')).toEqual(['116-GM/ĐUK']);
      expect(numbers('116-gm/duk')).toEqual(['116-GM/ĐUK']);
      expect(numbers('01-NQ/TU')).toEqual(['01-NQ/TU']);
      expect(numbers('87-KL/TU')).toEqual([]);
    });

    it('filters by register, type, date range, status and overdue', () => {
      expect(numbers('', { register: 'out', typeCode: 'KL' })).toEqual(['88-KL/TU']);
      expect(numbers('', { from: '2021-01-01', to: '2021-12-31' }).sort()).toEqual(['01-NQ/TU', '116-GM/ĐUK']);
      expect(numbers('', { register: 'in', status: 'đã xử lý' })).toEqual(['12-BC/HU']);
      expect(numbers('', { overdue: true })).toEqual(['116-GM/ĐUK']);
      expect(numbers('cong tac', { register: 'in' })).toEqual(['12-BC/HU']);
    });

    it('quotes every term, so FTS syntax in the query is harmless', () => {
      expect(ftsQuery('a"b OR NEAR(x')).toBe('"a b"* AND "or"* AND "near x"*');
      expect(numbers('tư tưởng" OR "x')).toEqual([]);
      expect(numbers('***')).toEqual([]);
    });

    it('follows corrections and cancellations', () => {
      const e = reg.listOutgoing({ typeCode: 'NQ' })[0];
      reg.correctOutgoing(e.id, { summary: 'Nghị quyết về phát triển văn hóa' }, 'Sửa trích yếu');
      expect(numbers('tu tuong')).toEqual([]);
      expect(numbers('van hoa')).toEqual(['01-NQ/TU']);
    });
  });

  describe('one rule for every search: word prefixes, one letter and đ/d alike', () => {
    it('a one-letter query finds register entries (through LIKE, word by word)', () => {
      expect(planQuery('Đ').kind).toBe('like');
      expect(numbers('Đ').sort()).toEqual(['116-GM/ĐUK', '12-BC/HU', '88-KL/TU']);
      expect(numbers('d').sort()).toEqual(numbers('Đ').sort());
      // A LIKE hit inside a word ("g" of "Lý Nhân"… "cong") is dropped by the word check.
      expect(numbers('g', { register: 'in' })).toEqual(['116-GM/ĐUK']);
    });

    it('a word is found from its first letters', () => {
      expect(numbers('chuy')).toEqual(['88-KL/TU']);
      expect(numbers('nghi quy tu')).toEqual(['01-NQ/TU']);
    });

    it('drafts follow the same rule', () => {
      expect(textMatches('Đề án chuyển đổi số', queryPhrases('d'))).toBe(true);
      expect(textMatches('Đề án chuyển đổi số', queryPhrases('chuy doi'))).toBe(true);
      expect(textMatches('Kế hoạch', queryPhrases('oach'))).toBe(false);
    });
  });

  describe('desk search shows why a hit matched', () => {
    it('lists the hidden field that holds the words the shown fields lack, and only that one', () => {
      const e = reg.search({ text: 'giay moi' })[0];
      reg.desk.route(e.id, { unit: 'Ban Dân vận', person: '' });
      const hits = reg.desk.search({ text: 'dan van' });
      const hit = hits.find((h) => h.number === '116-GM/ĐUK')!;
      expect(hit.also).toEqual([{ label: 'Chuyển', text: 'Ban Dân vận' }]);
      expect(reg.desk.search({ text: 'giay' }).find((h) => h.number === '116-GM/ĐUK')!.also).toBeUndefined();
    });

    it('a one-letter query lists register entries in the desk search too', () => {
      expect(reg.desk.search({ text: 'Đ' }).map((h) => h.number).sort()).toEqual(['116-GM/ĐUK', '12-BC/HU', '88-KL/TU']);
    });
  });
});
