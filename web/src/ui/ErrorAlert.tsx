import { Alert, List, Text } from '@mantine/core';
import { ApiError } from '@/lib/api.ts';
import { useT } from '@/lib/i18n/index.tsx';

/**
 * Shows a failed request as the server worded it (Thai by default), with its code and request id
 * so a user can quote them to support. Validation issues already shown next to fields are skipped.
 */
export function ErrorAlert({ error, shownFields = [] }: { error: unknown; shownFields?: string[] }) {
  const t = useT();
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  const message = apiError?.message ?? (error instanceof Error ? error.message : String(error));
  const issues = (apiError?.issues ?? []).filter((i) => !shownFields.includes(i.path.join('.')));
  return (
    <Alert color="red" variant="light" title={t('error.title')} role="alert">
      <Text size="sm">{message}</Text>
      {issues.length > 0 && (
        <List size="sm" mt={4}>
          {issues.map((i) => (
            <List.Item key={`${i.path.join('.')}:${i.message}`}>
              {i.path.length > 0 ? `${i.path.join('.')}: ` : ''}
              {i.message}
            </List.Item>
          ))}
        </List>
      )}
      {apiError && (apiError.code || apiError.requestId) && (
        <Text size="xs" c="dimmed" mt={6}>
          {t('error.code')}: {apiError.code}
          {apiError.requestId ? ` · ${t('error.requestId')}: ${apiError.requestId}` : ''}
        </Text>
      )}
    </Alert>
  );
}
