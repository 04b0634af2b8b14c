/**
 * Picking the layout profile of a document: by its date (the profile in force that day), or by the
 * organisation's explicit choice, then applying the organisation's overrides.
 */
import { HD05 } from './hd05';
import { HD36 } from './hd36';
import type { LayoutProfile, ProfileOverride } from './types';

export type { LayoutProfile, ProfileOverride, ParagraphStyle, TextStyle, Component, Wording } from './types';

/** Every profile, oldest first. */
export const PROFILES: readonly LayoutProfile[] = [HD36, HD05];

/** Finds a profile by id. */
export function profileById(id: string): LayoutProfile | undefined {
  return PROFILES.find((p) => p.id === id);
}

/** The profile in force on an ISO date (the newest whose validFrom is not after it; HD 36 before 2018). */
export function profileForDate(isoDate: string): LayoutProfile {
  let chosen = PROFILES[0];
  for (const p of PROFILES) if (p.validFrom <= isoDate) chosen = p;
  return chosen;
}

function merge<T>(base: T, over: unknown): T {
  if (over === undefined || over === null) return base;
  if (typeof base !== 'object' || base === null || Array.isArray(base)) return over as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over as Record<string, unknown>)) out[k] = merge(out[k], v);
  return out as T;
}

/** Applies an organisation's override to a profile (deep merge; arrays replaced whole). */
export function applyOverride(profile: LayoutProfile, override?: ProfileOverride): LayoutProfile {
  return merge(profile, override);
}

/** The profile for a document: explicit id if given, else by date; then the overrides. */
export function resolveProfile(opts: { date: string; profileId?: string | null; override?: ProfileOverride }): LayoutProfile {
  const base = (opts.profileId && profileById(opts.profileId)) || profileForDate(opts.date);
  return applyOverride(base, opts.override);
}
