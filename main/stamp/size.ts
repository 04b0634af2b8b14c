/**
 * The size of the received stamp. The Party's clerical rule in force (Quy định 693-QĐ/VPTW, 2021)
 * was not found with a size (spec §5.1 and "Choices": the Party's size rule was not retrieved), so
 * the default is the State's stamp: 35 × 50 mm (Nghị định 30/2020/NĐ-CP, Phụ lục IV, mẫu dấu
 * "ĐẾN"), 50 mm wide and 35 mm high. An office changes it in the stamp preview (a setting).
 */

/** Width and height of the stamp in millimetres. */
export interface StampSize { widthMm: number; heightMm: number }

/** The default size and where it comes from (shown to the clerk). */
export const DEFAULT_STAMP_SIZE: StampSize = { widthMm: 50, heightMm: 35 };

/** Where the default size comes from, as the clerk reads it. */
export const STAMP_SIZE_SOURCE =
  'Cỡ mặc định 50 × 35 mm theo mẫu dấu "ĐẾN" của Nghị định 30/2020/NĐ-CP (Phụ lục IV); '
  + 'chưa tìm thấy cỡ dấu trong Quy định 693-QĐ/VPTW của Đảng.';

/** Bounds of a stamp size setting (mm). */
export const STAMP_SIZE_BOUNDS = { min: 25, max: 120 } as const;
