/** Invented, realistic Vietnamese data for the desk's end-to-end tests and screenshots. */

/** Bodies put into the address book before the keyboard test. */
export const SENDERS = [
  'Văn phòng Trung ương Đảng', 'Ban Tổ chức Trung ương', 'Văn phòng Tỉnh ủy Ninh Bình', 'Ban Tuyên giáo Tỉnh ủy',
  'Ủy ban Kiểm tra Tỉnh ủy', 'Huyện ủy Gia Viễn', 'Thành ủy Hoa Lư', 'Đảng ủy Khối các cơ quan tỉnh', 'Ban Dân vận Tỉnh ủy',
];

/** One incoming document typed by the clerk: what is typed in "Cơ quan gửi", and the fields. */
export interface Typed { typed: string; sender: string; number: string; docDate: string; summary: string; unit: string; person: string; deadline: string }

const SUBJECTS = [
  'Về việc triển khai chuyển đổi số trong các cơ quan đảng',
  'Về việc tổ chức hội nghị học tập, quán triệt nghị quyết Trung ương',
  'Về việc báo cáo sơ kết 6 tháng đầu năm công tác kiểm tra, giám sát',
  'Về việc rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025 – 2030',
  'Về việc kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam',
  'Về việc tăng cường công tác bảo vệ bí mật nhà nước',
  'Về việc tổng kết công tác dân vận năm 2025',
  'Về việc lấy ý kiến góp ý dự thảo văn kiện đại hội',
  'Về việc thực hiện chế độ báo cáo định kỳ',
  'Về việc phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước',
];
const UNITS: [string, string][] = [
  ['Ban Tổ chức', 'đ/c Nguyễn Thị Lan'], ['Văn phòng', 'đ/c Trần Văn Hùng'], ['Ban Tuyên giáo', 'đ/c Phạm Minh Đức'],
  ['Ủy ban Kiểm tra', 'đ/c Lê Thu Hà'], ['Ban Dân vận', ''],
];
const TYPED: [string, string][] = [
  ['vp trung', 'Văn phòng Trung ương Đảng'], ['ban to chuc', 'Ban Tổ chức Trung ương'], ['van phong tinh', 'Văn phòng Tỉnh ủy Ninh Bình'],
  ['tuyen giao', 'Ban Tuyên giáo Tỉnh ủy'], ['uy ban kiem', 'Ủy ban Kiểm tra Tỉnh ủy'], ['gia vien', 'Huyện ủy Gia Viễn'],
  ['hoa lu', 'Thành ủy Hoa Lư'], ['dang uy khoi', 'Đảng ủy Khối các cơ quan tỉnh'], ['dan van', 'Ban Dân vận Tỉnh ủy'],
];
const SYMBOL: Record<string, string> = {
  'Văn phòng Trung ương Đảng': 'CV/VPTW', 'Ban Tổ chức Trung ương': 'HD/BTCTW', 'Văn phòng Tỉnh ủy Ninh Bình': 'CV/VPTU',
  'Ban Tuyên giáo Tỉnh ủy': 'KH/BTGTU', 'Ủy ban Kiểm tra Tỉnh ủy': 'BC/UBKTTU', 'Huyện ủy Gia Viễn': 'BC/HU',
  'Thành ủy Hoa Lư': 'TTr/TU', 'Đảng ủy Khối các cơ quan tỉnh': 'CV/ĐUK', 'Ban Dân vận Tỉnh ủy': 'CV/BDVTU',
};

/** Twenty documents, deterministic. */
export const DOCS: Typed[] = Array.from({ length: 20 }, (_, i) => {
  const [typed, sender] = TYPED[i % TYPED.length];
  const [unit, person] = UNITS[i % UNITS.length];
  return {
    typed, sender, number: `${112 + i * 7}-${SYMBOL[sender]}`, docDate: `${1 + (i % 8)}/3/26`, summary: SUBJECTS[i % SUBJECTS.length],
    unit: i % 4 === 3 ? '' : unit, person: i % 4 === 3 ? '' : person, deadline: i % 4 === 3 ? '' : `+${2 + (i % 6)}`,
  };
});
