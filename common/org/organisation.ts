/**
 * The organisation profile: who issues the documents. Data a user edits (a JSON file for the CLI,
 * a table of the registry later): header lines, symbol, kind, place, signers, usual recipients.
 */
import * as z from 'zod';
import { QUY_DINH_CODES } from '../rules/doc-types';
import { PROFILE_IDS, layoutOverrideSchema } from './layout-settings';

/** Kinds of issuing bodies; they decide the signature authority offered (spec §2.3 (7), §3.4). */
export const ISSUER_KINDS = {
  'cap-uy': 'Cấp ủy (tỉnh ủy, thành ủy, đảng ủy)',
  'uy-ban-kiem-tra': 'Ủy ban kiểm tra',
  'dang-doan': 'Đảng đoàn, ban cán sự đảng',
  'tham-muu': 'Cơ quan tham mưu, giúp việc (ban, văn phòng)',
  'ban-chi-dao': 'Ban chỉ đạo, tiểu ban, hội đồng',
  'dai-hoi': 'Đại hội đảng bộ',
  'chi-bo': 'Chi bộ',
} as const;

/** Key of ISSUER_KINDS. */
export type IssuerKind = keyof typeof ISSUER_KINDS;

const line = z.string().trim().min(1).max(200);

/** A person who signs for the organisation. */
export const signerSchema = z.object({
  name: line,
  /** Title as printed under the authority line, without the body name: "BÍ THƯ". */
  title: line,
  /** Deputy of the head: signs K/T in advisory bodies, T/M with own title in collective ones. */
  deputy: z.boolean().default(false),
});

/** One line of "Nơi nhận", or several lines bracketed with a purpose ("để báo cáo"). */
export const recipientItemSchema = z.object({
  lines: z.array(line).min(1).max(30),
  purpose: z.string().trim().max(60).default(''),
});

/**
 * Roles of the bodies that issue documents under one profile: the cấp ủy (Ban Chấp hành), its
 * standing committee (Ban Thường vụ), its văn phòng, its boards (ban), and an đảng ủy trực thuộc.
 */
export const ISSUER_ROLES = {
  committee: 'Ban Chấp hành (cấp ủy)',
  standing: 'Ban Thường vụ',
  office: 'Văn phòng',
  board: 'Ban của cấp ủy',
  'sub-committee': 'Đảng ủy trực thuộc',
} as const;

/** Key of ISSUER_ROLES. */
export type IssuerRole = keyof typeof ISSUER_ROLES;

/** One body issuing under the profile, with its own header lines, symbol and signers. */
export const issuerSchema = z.object({
  role: z.enum(Object.keys(ISSUER_ROLES) as [IssuerRole, ...IssuerRole[]]),
  /** Line printed regular above the issuer ("TỈNH ỦY NINH BÌNH" above "VĂN PHÒNG"); empty when none. */
  superior: z.string().trim().max(200).default(''),
  /** Issuer line as printed in bold ("VĂN PHÒNG", "BAN TỔ CHỨC", "TỈNH ỦY NINH BÌNH"). */
  name: line,
  /** The body as named in prose ("Văn phòng Tỉnh ủy"). */
  prose: line,
  /** Symbol after the slash of numbers ("VPTU", "BTCTU"). */
  symbol: z.string().trim().regex(/^[A-Za-zĐđ]{1,12}$/u),
  kind: z.enum(Object.keys(ISSUER_KINDS) as [IssuerKind, ...IssuerKind[]]),
  /** The collective signing T/M ("BAN THƯỜNG VỤ"); empty for a body headed by one person. */
  signingBody: z.string().trim().max(120).default(''),
  /** Head first; deputies marked (they sign K/T in an advisory body). Empty: the profile's signers. */
  signers: z.array(signerSchema).default([]),
});

/** The organisation profile. */
export const organisationSchema = z.object({
  /** Line of the body one level up, printed regular above the issuer ("ĐẢNG BỘ TỈNH …"); empty when none. */
  superior: z.string().trim().max(200).default(''),
  /** Issuing body as printed in bold ("TỈNH ỦY NINH BÌNH"). */
  name: line,
  /** Symbol used after the slash of numbers ("TU"). */
  symbol: z.string().trim().regex(/^[A-Za-zĐđ]{1,12}$/u),
  kind: z.enum(Object.keys(ISSUER_KINDS) as [IssuerKind, ...IssuerKind[]]),
  /** Place name of the date line ("Ninh Bình"). */
  place: line,
  /** The collective that signs T/M ("BAN THƯỜNG VỤ"); empty for advisory bodies. */
  signingBody: z.string().trim().max(120).default(''),
  /** The collective named in author lines ("BAN THƯỜNG VỤ TỈNH ỦY"). */
  authorBody: z.string().trim().max(200).default(''),
  signers: z.array(signerSchema).min(1),
  /** Body whose file copy ends Nơi nhận ("Văn phòng Tỉnh ủy" -> "- Lưu Văn phòng Tỉnh ủy."). */
  archive: line,
  /** Superiors reported to: the "để báo cáo" group of Nơi nhận. */
  superiors: z.array(line).default([]),
  /** Usual recipients of this body's documents. */
  recipients: z.array(recipientItemSchema).default([]),
  /**
   * Also offer T/U (thừa ủy quyền) and Q. (quyền) in the signature form. Off by default: the spec
   * (§2.3 (7)) finds them in no HD 36 text and the HD 05 guide says "Không có T/U; ủy quyền ký dùng T/L".
   * Absent means off (profiles saved before the setting existed stay valid).
   */
  extraAuthorities: z.boolean().optional(),
  /**
   * Abbreviation of Quy định in this body's numbers: "QĐ" (default; 66-QĐ/TW, 85-QĐ/TW, 399-QĐ/TW) or
   * "QĐi" (08-QĐi/TW of 25/10/2018); both occur in real numbers (spec §3.2, §7a). Absent means "QĐ".
   * With "QĐ", Quy định shares the counter of Quyết định; with "QĐi" it has its own.
   */
  quyDinhCode: z.enum(QUY_DINH_CODES).optional(),
  /**
   * The bodies issuing under this profile (standing committee, văn phòng, boards …). Absent in
   * profiles saved before it: the committee and standing committee are then derived from the fields
   * above (common/org/issuers.ts).
   */
  issuers: z.array(issuerSchema).max(40).optional(),
  /**
   * Layout profile chosen by the organisation (null: by document date) and its overrides: only the
   * values the settings screen offers, within their bounds (layout-settings.ts), as a draft accepts them.
   */
  layout: z.object({
    profile: z.enum(PROFILE_IDS).nullable().default(null),
    override: layoutOverrideSchema.default({}),
  }).default({ profile: null, override: {} }),
});

/** A validated organisation profile. */
export type Organisation = z.infer<typeof organisationSchema>;
/** A signer. */
export type Signer = z.infer<typeof signerSchema>;
/** One issuing body of a profile. */
export type Issuer = z.infer<typeof issuerSchema>;
/** A Nơi nhận item: the model's RecipientItem (common/model/nodes/closing.ts), which the schema above reads. */
export type { RecipientItem } from '../model/nodes/closing';
