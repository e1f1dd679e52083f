import type { ReceiveBookRow } from '@contracts/letters.contract.ts';
import { useT } from '@/lib/i18n/index.tsx';
import type { Column } from '@/ui/DataList.tsx';
import { BookFrame, BookNumberCell, BookText } from './BookFrame.tsx';
import { useLetterDates } from './thai-format.ts';

/**
 * ทะเบียนหนังสือรับ (แบบที่ ๑๓) of one register and year: เลขทะเบียนรับ, ที่, ลงวันที่, จาก, ถึง, เรื่อง,
 * การปฏิบัติ, หมายเหตุ; cancelled numbers stay in the book marked ยกเลิก. With the printable PDF.
 */
export function ReceiveBookView({ registerId }: { registerId: string }) {
  const t = useT();
  const dates = useLetterDates();
  const struck = (r: { cancelled: boolean }, text: string) => (
    <BookText cancelled={r.cancelled} text={text} />
  );
  const columns: Column<ReceiveBookRow>[] = [
    {
      key: 'number',
      header: t('letters.book.number'),
      primary: true,
      render: (r) => (
        <BookNumberCell
          label={r.formatted}
          to={r.letterId ? `/letters/${r.letterId}` : null}
          cancelled={r.cancelled}
        />
      ),
    },
    { key: 'docNo', header: t('letters.docNo'), render: (r) => struck(r, r.docNo) },
    { key: 'docDate', header: t('letters.docDate'), render: (r) => struck(r, dates.date(r.docDate)) },
    { key: 'from', header: t('letters.from'), render: (r) => struck(r, r.from) },
    { key: 'to', header: t('letters.book.to'), render: (r) => struck(r, r.to) },
    { key: 'subject', header: t('letters.subject'), render: (r) => struck(r, r.subject) },
    { key: 'action', header: t('letters.book.action'), render: (r) => r.action || t('common.none') },
    { key: 'remarks', header: t('common.note'), render: (r) => r.remarks || t('common.none') },
  ];

  return (
    <BookFrame
      label={t('registers.kind.receive')}
      path={`/registers/${registerId}/receive-book`}
      columns={columns}
    />
  );
}
