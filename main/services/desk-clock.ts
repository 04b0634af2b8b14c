/**
 * "Today" for the desk's deadlines. The end-to-end tests move the clock with `VANTHU_TODAY`
 * (yyyy-mm-dd), an environment variable read only here and set only by the test host; otherwise
 * it is the computer's local date.
 */
import { ISO_DATE_FORM } from '../../common/rules/date-line';
import { todayIso } from '../registry/sql';

/** Today as yyyy-mm-dd. */
export function deskToday(): string {
  const env = process.env.VANTHU_TODAY;
  return env && ISO_DATE_FORM.test(env) ? env : todayIso();
}
