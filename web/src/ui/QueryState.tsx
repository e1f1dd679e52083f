import { Button, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { LoadingState } from './LoadingState.tsx';

/** Renders a query's loading and error states, and the children once data has arrived. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const t = useT();
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return (
      <Stack align="flex-start">
        <ErrorAlert error={query.error} />
        <Button variant="light" size="xs" onClick={() => query.refetch()}>
          {t('error.retry')}
        </Button>
      </Stack>
    );
  }
  return <>{children(query.data)}</>;
}
