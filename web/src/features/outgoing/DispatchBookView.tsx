import type { DispatchBook } from '@contracts/outgoing.contract.ts';
import type { z } from 'zod';
import { BookFrame, BookNumberCell, BookText } from '@/features/letters/BookFrame.tsx';
import { useLetterDates } from '@/features/letters/thai-format.ts';
import { useT } from '@/lib/i18n/index.tsx';
import type { Column } from '@/ui/DataList.tsx';

type Row = z.infer<typeof DispatchBook>['rows'][number];

/**
 * ทะเบียนหนังสือส่ง (แบบที่ ๑๔) of one dispatch (or ว, order, announcement) register and year: เลขทะเบียนส่ง,
 * ที่, ลงวันที่, จาก, ถึง, เรื่อง, หมายเหตุ; reserved and cancelled numbers keep their place. With the PDF.
 */
export function DispatchBookView({ registerId }: { registerId: string }) {
  const t = useT();
  const dates = useLetterDates();
  const struck = (r: { cancelled: boolean }, text: string) => (
    <BookText cancelled={r.cancelled} text={text} />
  );
  const columns: Column<Row>[] = [
    {
      key: 'number',
      header: t('outgoing.book.number'),
      primary: true,
      render: (r) => (
        <BookNumberCell
          label={dates.num(r.number)}
          to={r.letterId ? `/outgoing/${r.letterId}` : null}
          cancelled={r.cancelled}
        />
      ),
    },
    { key: 'formatted', header: t('letters.docNo'), render: (r) => struck(r, r.formatted) },
    { key: 'letterDate', header: t('letters.docDate'), render: (r) => struck(r, dates.date(r.letterDate)) },
    { key: 'from', header: t('letters.from'), render: (r) => struck(r, r.from) },
    { key: 'to', header: t('letters.book.to'), render: (r) => struck(r, r.to) },
    { key: 'subject', header: t('letters.subject'), render: (r) => struck(r, r.subject) },
    { key: 'remarks', header: t('common.note'), render: (r) => r.remarks || t('common.none') },
  ];
  return (
    <BookFrame
      label={t('outgoing.book.title')}
      path={`/registers/${registerId}/dispatch-book`}
      columns={columns}
    />
  );
}
