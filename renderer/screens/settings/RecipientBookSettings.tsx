/**
 * Cài đặt → Nơi nhận: the address book of outgoing documents. Groups of lines with their purpose,
 * the default Nơi nhận of each document type (what a new draft of the type starts with), and every
 * line, filled from the organisation profile and from the documents already issued.
 */
import type { RecipientBook as Book } from '../../../common/api/domains/desk-care';
import { useLoad } from '../../app/use-load';
import { Notice } from '../Notice';
import { RecipientDefaults } from './RecipientDefaults';
import { RecipientGroups } from './RecipientGroups';
import { RecipientLines } from './RecipientLines';

/** Props shared by the parts of the book: the book and a way to read it again after a change. */
export interface BookPartProps {
  book: Book;
  reload(): void;
}

/** The "Nơi nhận" tab. */
export function RecipientBookSettings() {
  const book = useLoad(() => window.vanthu.registry.deskRecipientBook());
  if (book.error) return <Notice kind="error">{book.error}</Notice>;
  if (!book.data) return null;
  return (
    <div className="recipient-book">
      <div className="two-cols even">
        <RecipientDefaults book={book.data} reload={book.reload} />
        <RecipientGroups book={book.data} reload={book.reload} />
      </div>
      <RecipientLines book={book.data} reload={book.reload} />
    </div>
  );
}
