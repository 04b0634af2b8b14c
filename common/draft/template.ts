/**
 * The template format (files in templates/): the type, the title block, a skeleton body in compact
 * notation, the default recipients, and the issuer and signature authority it is worded for.
 * Placeholders in {braces} take organisation fields ({authorBody}, {name}, {place}) and, in the
 * title and body, the issuer's name in prose ({issuer}: "Ban Tổ chức Tỉnh ủy").
 */
import * as z from 'zod';
import { AUTHORITIES } from '../model/nodes/closing';
import { ISSUER_ROLES, type IssuerRole } from '../org/organisation';
import { EXTRA_AUTHORITIES } from '../rules/signature';

const compactBlock = z.union([
  z.object({ h1: z.string() }), z.object({ h2: z.string() }), z.object({ h3: z.string() }),
  z.object({ p: z.string() }), z.object({ dash: z.string() }), z.object({ center: z.string() }),
  z.object({ table: z.array(z.array(z.string())).min(1) }),
]);

/** A document template. */
export const templateSchema = z.object({
  /** Template id, equal to the id of its document type (common/rules/doc-types.ts). */
  id: z.string().regex(/^[a-z-]+$/),
  name: z.string().min(1),
  description: z.string().default(''),
  title: z.object({
    layout: z.enum(['centered', 'letter']).default('centered'),
    author: z.string().default(''),
    summary: z.string().min(1),
    addressees: z.array(z.string()).default([]),
  }),
  /**
   * Who issues a document of this template and how it is signed by default: the role of the issuer
   * in the organisation profile (a board chosen by its symbol, "BTCTU"), and the authority: "T/M" for
   * the collective, "T/L" signed by order (the Chánh Văn phòng for a committee), "K/T" a deputy for
   * the head, "" the head in own name. Absent: the standing committee, T/M.
   */
  issuer: z.object({
    role: z.enum(Object.keys(ISSUER_ROLES) as [IssuerRole, ...IssuerRole[]]).default('standing'),
    symbol: z.string().optional(),
    authority: z.enum(AUTHORITIES).refine((a) => !EXTRA_AUTHORITIES.includes(a), { message: 'mẫu văn bản chỉ dùng T/M, K/T, T/L hoặc để trống' }).default('T/M'),
  }).default({ role: 'standing', authority: 'T/M' }),
  body: z.array(compactBlock).min(1),
  recipients: z.object({
    /** Purpose of the bracketed group of the organisation's superiors ("để báo cáo"), or null to leave them out. */
    superiors: z.string().nullable().default('để báo cáo'),
    /** Whether the organisation's usual recipients are included. */
    usual: z.boolean().default(true),
    extra: z.array(z.object({ lines: z.array(z.string()).min(1), purpose: z.string().default('') })).default([]),
  }),
});

/** A validated template. */
export type Template = z.infer<typeof templateSchema>;
