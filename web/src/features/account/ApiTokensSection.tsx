import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError } from '@/lib/forms.ts';
import { useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDate, formatThaiDateTime } from '@/lib/thai-date.ts';
import { ConfirmButton } from '@/ui/ConfirmButton.tsx';
import { type Column, DataList } from '@/ui/DataList.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from './account.ts';

type Token = NonNullable<ReturnType<typeof useApiTokens>['data']>[number];

/** API tokens: the list, a create form that shows the new secret once, and revoke. */
export function ApiTokensSection() {
  const { t, lang } = useI18n();
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const [name, setName] = useState('');
  const [days, setDays] = useState<number | string>('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { name, expiresInDays: days === '' ? undefined : Number(days) },
      {
        onSuccess: () => {
          setName('');
          setDays('');
        },
      },
    );
  };

  const columns: Column<Token>[] = [
    { key: 'name', header: t('account.tokenName'), primary: true, render: (x) => x.name },
    {
      key: 'created',
      header: t('account.tokenCreatedAt'),
      render: (x) => formatThaiDateTime(x.createdAt, lang),
    },
    {
      key: 'used',
      header: t('account.tokenLastUsed'),
      render: (x) => formatThaiDateTime(x.lastUsedAt, lang) || t('common.none'),
    },
    {
      key: 'expires',
      header: t('account.tokenExpiresAt'),
      render: (x) => (x.expiresAt ? formatThaiDate(x.expiresAt, lang) : t('account.tokenNever')),
    },
    {
      key: 'status',
      header: t('common.status'),
      render: (x) => (
        <Badge variant="light" color={x.revokedAt ? 'gray' : 'teal'}>
          {x.revokedAt ? t('account.tokenRevoked') : t('account.tokenActive')}
        </Badge>
      ),
    },
  ];

  return (
    <Stack>
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('account.tokenName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(create.error, 'name')}
            required
            style={{ flex: '1 1 200px' }}
          />
          <NumberInput
            label={t('account.tokenExpires')}
            value={days}
            onChange={setDays}
            min={1}
            max={3650}
            allowDecimal={false}
            w={140}
            error={fieldError(create.error, 'expiresInDays')}
          />
          <Button type="submit" loading={create.isPending}>
            {t('account.tokenCreate')}
          </Button>
        </Group>
      </form>
      <ErrorAlert error={create.error} shownFields={['name', 'expiresInDays']} />
      {create.data && (
        <Alert color="teal" title={t('account.tokenCreated')} role="status">
          <Stack gap="xs">
            <Text size="sm">{t('account.tokenOnce')}</Text>
            <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
              {create.data.token}
            </Code>
            <CopyButton value={create.data.token}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy} style={{ alignSelf: 'flex-start' }}>
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Stack>
        </Alert>
      )}
      <QueryState query={tokens}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('account.noTokens')} />
          ) : (
            <DataList
              label={t('account.tokens')}
              rows={list}
              columns={columns}
              rowKey={(x) => x.id}
              actions={(x) =>
                x.revokedAt ? null : (
                  <ConfirmButton
                    size="xs"
                    message={t('account.tokenRevokeConfirm', { name: x.name })}
                    confirmLabel={t('account.tokenRevoke')}
                    onConfirm={() => revoke.mutateAsync(x.id)}
                  >
                    {t('account.tokenRevoke')}
                  </ConfirmButton>
                )
              }
            />
          )
        }
      </QueryState>
    </Stack>
  );
}
