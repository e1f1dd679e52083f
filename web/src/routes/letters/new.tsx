import { Container } from '@mantine/core';
import { useNavigate } from 'react-router';
import { RegisterLetterForm } from '@/features/letters/RegisterLetterForm.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { useToast } from '@/ui/toast.tsx';

/** /letters/new — ลงทะเบียนรับหนังสือ; goes to the letter once registered. */
export default function RegisterLetterPage() {
  const t = useT();
  const notify = useToast();
  const navigate = useNavigate();
  return (
    <Container size="sm" px={0}>
      <PageHeader
        title={t('letters.register')}
        back={{ to: '/inbox/to-receive', label: t('letters.incoming') }}
      />
      <RegisterLetterForm
        onDone={(letter) => {
          notify(
            letter.receipt
              ? t('letters.done.registeredNumber', { number: letter.receipt.formatted })
              : t('letters.done.registered'),
          );
          navigate(`/letters/${letter.id}`, { replace: true });
        }}
        onCancel={() => navigate(-1)}
      />
    </Container>
  );
}
