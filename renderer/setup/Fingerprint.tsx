/** A server's fingerprint as the clerk compares it: 8 numbered groups of 4, then the full SHA-256. */

/** Props of Fingerprint. */
export interface FingerprintProps {
  /** "3F2A 9C01 …" (8 groups). */
  short: string;
  /** "3F:2A:…" (SHA-256). */
  full: string;
}

/** The groups, large and numbered, with the full fingerprint under them. */
export function Fingerprint({ short, full }: FingerprintProps) {
  return (
    <div>
      <ol className="fingerprint" aria-label="Mã nhận dạng rút gọn" data-testid="server-fingerprint">
        {short.split(' ').map((g, i) => (
          <li key={i}><b>{g}</b><small>nhóm {i + 1}</small></li>
        ))}
      </ol>
      <p className="fingerprint-full" data-testid="server-fingerprint-full">SHA-256: {full}</p>
    </div>
  );
}
