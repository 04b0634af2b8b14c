/**
 * "Today" for the desk's deadlines. The end-to-end tests move the clock with `VANTHU_TODAY`
 * (yyyy-mm-dd), an environment variable read only here and set only by the test host; otherwise
 * it is the computer's local date.
 */
import { todayIso } from '../registry/sql';

/** Today as yyyy-mm-dd. */
export function deskToday(): string {
  const env = process.env.VANTHU_TODAY;
  return env && /^\d{4}-\d{2}-\d{2}$/.test(env) ? env : todayIso();
}
