/**
 * The hint under "Số và ký hiệu" of the incoming form: the body the issuer symbol of the typed
 * number stands for (common/rules/issuer-symbols.ts, old symbols of the 2025 reorganisation
 * included), a note for an old symbol, a warning when the document is dated on or after the day
 * the symbol went out of use, and — while "Cơ quan gửi" is empty — a button to take the body as
 * the sender (the clerk confirms by clicking; nothing is filled silently). Shows nothing for an
 * unknown symbol.
 */
import { dayText, fromIsoDate, monthText } from '../../../common/rules/date-line';
import { recogniseSender } from '../../../common/rules/issuer-symbols';

/** Props of SenderHint. */
export interface SenderHintProps {
  /** The typed "Số và ký hiệu". */
  number: string;
  /** The document date as ISO, or '' when not typed (or not readable yet). */
  docDate: string;
  /** The current "Cơ quan gửi" (the button is offered only while it is empty). */
  sender: string;
  /** Takes `name` as "Cơ quan gửi". */
  onUse(name: string): void;
}

/** "2025-07-01" → "01/7/2025": day and month written as the date line writes them (common/rules/date-line). */
function untilShown(iso: string): string {
  const date = fromIsoDate(iso);
  return `${dayText(date.day)}/${monthText(date.month)}/${date.year}`;
}

/** The body's name as a sender: without the trailing explanation in brackets ("… (trước khi hợp nhất)"). */
export function senderName(name: string): string {
  return name.replace(/\s*\([^()]*\)\s*$/, '').trim();
}

/** The hint, or nothing when the number carries no known symbol. */
export function SenderHint({ number, docDate, sender, onUse }: SenderHintProps) {
  const guess = recogniseSender(number, docDate || undefined);
  if (!guess) return <span className="sender-hint" id="in-senderNumber-hint" aria-live="polite" />;
  const { symbol, afterUntil } = guess;
  return (
    <span className="sender-hint" id="in-senderNumber-hint" aria-live="polite" data-testid="sender-hint">
      <span className="sender-hint-name">
        {symbol.symbol}: {symbol.name}{symbol.until ? ` (ký hiệu dùng đến ${untilShown(symbol.until)})` : ''}
      </span>
      {afterUntil && symbol.until && (
        <span className="sender-hint-warn">
          Ký hiệu này đã thôi dùng từ {untilShown(symbol.until)}; kiểm tra lại số, ký hiệu.
        </span>
      )}
      {!sender.trim() && (
        <button type="button" className="link sender-hint-use" onClick={() => onUse(senderName(symbol.name))}>Dùng làm cơ quan gửi</button>
      )}
    </span>
  );
}
