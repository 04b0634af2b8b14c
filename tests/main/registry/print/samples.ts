/**
 * Invented sample rows for the printed-register tests, renders and bench (deterministic: a seeded
 * generator, no clock). The content is made up for vanthu; it copies no real register.
 */
import {
  cancelledOutgoingRow, type FollowUpPrintRow, type IncomingPrintRow, type OutgoingPrintRow,
} from '../../../../main/registry/print/columns';

const TYPES = [
  ['NQ', 'Nghị quyết'], ['KL', 'Kết luận'], ['CT', 'Chỉ thị'], ['QĐ', 'Quyết định'], ['BC', 'Báo cáo'],
  ['KH', 'Kế hoạch'], ['TB', 'Thông báo'], ['CV', 'Công văn'], ['GM', 'Giấy mời'],
] as const;
const TOPICS = [
  'về đẩy mạnh chuyển đổi số trong các cơ quan đảng giai đoạn 2026 - 2030',
  'về công tác kiểm tra, giám sát năm 2026',
  'tổng kết công tác xây dựng Đảng 9 tháng đầu năm, phương hướng nhiệm vụ quý IV',
  'về việc tổ chức Hội nghị học tập, quán triệt nghị quyết của Trung ương',
  'về tăng cường công tác bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng',
  'về chuẩn bị nhân sự đại hội chi bộ nhiệm kỳ 2027 - 2030',
  'về công tác phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước',
  'về việc điều động, bổ nhiệm cán bộ',
  'dự Hội nghị sơ kết 6 tháng thực hiện Chỉ thị về phòng, chống tham nhũng, tiêu cực',
  'về thực hiện chế độ thông tin, báo cáo định kỳ của Văn phòng Đảng ủy',
];
const SIGNERS = ['Nguyễn Văn Đông', 'Trần Thị Hạnh', 'Lê Quang Vinh', 'Phạm Đức Thắng', 'Đỗ Thị Ngọc Ánh'];
const BODIES = [
  ['Tỉnh ủy Hà Nam', 'TU'], ['Ban Tổ chức Tỉnh ủy', 'BTCTU'], ['Ủy ban Kiểm tra Tỉnh ủy', 'UBKTTU'],
  ['Ban Tuyên giáo và Dân vận Tỉnh ủy', 'BTGDVTU'], ['Văn phòng Tỉnh ủy', 'VPTU'], ['Đảng ủy Khối Doanh nghiệp', 'ĐUK'],
] as const;
const UNITS = ['Ban Tổ chức Đảng ủy', 'Ủy ban Kiểm tra Đảng ủy', 'Văn phòng Đảng ủy', 'Đồng chí Bí thư',
  'Đồng chí Phó Bí thư Thường trực', 'Ban Tuyên giáo Đảng ủy'];
const MARKS = ['', '', '', '', '', 'Mật', 'Khẩn', 'Mật, Thượng khẩn'];
const PROGRESS = ['Đang xử lý', 'Đã trình Thường trực Đảng ủy', 'Đã xử lý: đã báo cáo bằng văn bản',
  'Đã xử lý: tổ chức hội nghị ngày 15/10/2026', 'Chưa xử lý'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const pad = (n: number) => String(n).padStart(2, '0');
/** ISO date `day` days after 1 October 2026. */
function dayIso(day: number): string {
  const d = new Date(Date.UTC(2026, 9, 1 + day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `n` outgoing rows of Đảng ủy Khối (ĐUK); every 25th number is cancelled. */
export function outgoingRows(n: number, seed = 1): OutgoingPrintRow[] {
  const r = rng(seed);
  const serials = new Map<string, number>();
  return Array.from({ length: n }, (_, i) => {
    const [code, name] = pick(r, TYPES);
    const serial = (serials.get(code) ?? 40) + 1;
    serials.set(code, serial);
    const number = `${pad(serial)}-${code}/ĐUK`;
    const date = dayIso(Math.floor((i * 30) / Math.max(n, 1)));
    if (i % 25 === 24) return cancelledOutgoingRow(number, date, 'văn bản không ban hành, đồng chí ký đã rút lại dự thảo');
    return {
      number, date, summary: `${name} ${pick(r, TOPICS)}`, signer: pick(r, SIGNERS),
      recipients: ['- Các chi bộ, đảng bộ cơ sở trực thuộc', '- Các ban, Văn phòng Đảng ủy', `- Lưu Văn phòng Đảng ủy`].join('\n'),
      archiveHolder: pick(r, UNITS), copies: String(5 + Math.floor(r() * 60)), secrecyUrgency: pick(r, MARKS),
      notes: i % 7 === 3 ? 'Gửi kèm bản điện tử' : '',
    };
  });
}

/** `n` incoming rows (Số đến from 101). */
export function incomingRows(n: number, seed = 2): IncomingPrintRow[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const [body, code] = pick(r, BODIES);
    const [typeCode, typeName] = pick(r, TYPES);
    const day = Math.floor((i * 30) / Math.max(n, 1));
    return {
      receivedDate: dayIso(day), serial: String(101 + i), sender: body,
      number: `${pad(1 + Math.floor(r() * 180))}-${typeCode}/${code}`, date: dayIso(day - 2 - Math.floor(r() * 4)),
      summary: `${typeName} ${pick(r, TOPICS)}`, secrecyUrgency: pick(r, MARKS), routedTo: pick(r, UNITS),
      deadline: i % 3 === 0 ? dayIso(day + 10) : '', receipt: '', fileRef: i % 4 === 0 ? `${pad(1 + (i % 12))}/HS` : '',
      notes: i % 9 === 5 ? 'Bản chụp đính kèm' : '',
    };
  });
}

/** `n` follow-up rows for incoming documents that carry a deadline. */
export function followUpRows(n: number, seed = 3): FollowUpPrintRow[] {
  const r = rng(seed);
  return incomingRows(n, seed).map((e) => ({
    serial: e.serial, receivedDate: e.receivedDate,
    document: `${e.sender} — ${e.number} — ${e.summary}`, routedTo: e.routedTo,
    deadline: e.deadline || e.receivedDate.replace(/-(\d\d)$/, (_, d) => `-${pad(Math.min(28, Number(d) + 7))}`),
    progress: pick(r, PROGRESS), notes: r() < 0.2 ? 'Quá hạn' : '',
  }));
}
