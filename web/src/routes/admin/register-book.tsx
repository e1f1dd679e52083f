import { Tabs } from '@mantine/core';
import { useParams } from 'react-router';
import { ReceiveBookView } from '@/features/letters/ReceiveBookView.tsx';
import { DispatchBookView } from '@/features/outgoing/DispatchBookView.tsx';
import { RegisterBook } from '@/features/registers/RegisterBook.tsx';
import { useRegister } from '@/features/registers/registers.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

/** /admin/registers/:id — the register book, with ทะเบียนหนังสือรับ or ทะเบียนหนังสือส่ง by the register's kind. */
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
      <QueryState query={register}>
        {(r) =>
          r.kind === 'receive' ? (
            <Tabs defaultValue="book" keepMounted={false}>
              <Tabs.List mb="md">
                <Tabs.Tab value="book">{t('registers.kind.receive')}</Tabs.Tab>
                <Tabs.Tab value="numbers">{t('registers.book')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="book">
                <ReceiveBookView registerId={r.id} />
              </Tabs.Panel>
              <Tabs.Panel value="numbers">
                <RegisterBook register={r} />
              </Tabs.Panel>
            </Tabs>
          ) : r.kind !== 'certificate' ? (
            <Tabs defaultValue="book" keepMounted={false}>
              <Tabs.List mb="md">
                <Tabs.Tab value="book">{t('outgoing.book.title')}</Tabs.Tab>
                <Tabs.Tab value="numbers">{t('registers.book')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="book">
                <DispatchBookView registerId={r.id} />
              </Tabs.Panel>
              <Tabs.Panel value="numbers">
                <RegisterBook register={r} />
              </Tabs.Panel>
            </Tabs>
          ) : (
            <RegisterBook register={r} />
          )
        }
      </QueryState>
    </>
  );
}
