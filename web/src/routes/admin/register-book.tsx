import { useParams } from 'react-router';
import { RegisterBook } from '@/features/registers/RegisterBook.tsx';
import { useRegister } from '@/features/registers/registers.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

/** /admin/registers/:id — the register book. */
export default function RegisterBookPage() {
  const t = useT();
  const { id = '' } = useParams();
  const register = useRegister(id);
  return (
    <>
      <PageHeader
        title={register.data?.name ?? t('registers.book')}
        subtitle={t('registers.book')}
        back={{ to: '/admin/registers', label: t('registers.title') }}
      />
      <QueryState query={register}>{(r) => <RegisterBook register={r} />}</QueryState>
    </>
  );
}
