import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '@/lib/i18n/index.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';

/** Any unknown path. */
export default function NotFoundPage() {
  const t = useT();
  return (
    <EmptyState
      title={t('common.notFound')}
      action={
        <Button component={Link} to="/" variant="light" mt="sm">
          {t('common.goHome')}
        </Button>
      }
    />
  );
}
