/**
 * The banner shown while the office server cannot be reached (the network or the server is down:
 * the request failed; or the server answers 503 because its database is away): the text in the
 * editor stays in this window and the autosave tries again until the server takes it. The next
 * successful call removes the banner. Plain DOM, so it works whatever screen is open; it sits at the
 * foot of the window, so the editor's toolbar and save state stay visible.
 */
import './outage-banner.css';

const ID = 'office-unreachable';

/** The banner's sentence after the reason (Vietnamese). */
export const OUTAGE_ADVICE = 'Văn bản đang soạn vẫn được giữ trong cửa sổ này; vanthu đang thử lại và tự lưu khi máy chủ hoạt động lại. Đừng đóng cửa sổ này.';

/** Shows the banner with `reason`, or updates its reason. */
export function showOutage(reason: string): void {
  let box = document.getElementById(ID);
  if (!box) {
    box = document.createElement('div');
    box.id = ID;
    box.className = 'office-outage';
    box.setAttribute('role', 'alert');
    box.append(document.createElement('span'));
    document.body.append(box);
  }
  const text = box.firstElementChild as HTMLElement;
  const sentence = `${reason} ${OUTAGE_ADVICE}`;
  if (text.textContent !== sentence) text.textContent = sentence;
}

/** Removes the banner (a call went through again). */
export function hideOutage(): void {
  document.getElementById(ID)?.remove();
}
