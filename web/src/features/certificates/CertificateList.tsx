import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDateTime } from '@/lib/thai-date.ts';
import { type Column, DataList } from '@/ui/DataList.tsx';
import { CertificateStatusBadge, Fingerprint, validityText } from './CertificateBits.tsx';
import type { Certificate } from './certificates.ts';
import { dnName } from './dn.ts';

/**
 * Certificates as a table (cards on phones): name, issuer, where it came from, validity and status (with
 * when and why it was revoked); the owner too on the administrator's list.
 */
export function CertificateList({
  items,
  label,
  showOwner = false,
  actions,
}: {
  items: Certificate[];
  label: string;
  showOwner?: boolean;
  actions?: (c: Certificate) => ReactNode;
}) {
  const { t, lang } = useI18n();
  const columns: Column<Certificate>[] = [
    ...(showOwner
      ? [
          {
            key: 'owner',
            header: t('certs.owner'),
            primary: true,
            render: (c: Certificate) =>
              c.owner.kind === 'unit' ? `${c.owner.name} ${t('certs.ownerUnit')}` : c.owner.name,
          },
        ]
      : []),
    {
      key: 'name',
      header: t('certs.commonName'),
      primary: !showOwner,
      render: (c) => <span style={{ overflowWrap: 'anywhere' }}>{c.commonName}</span>,
    },
    {
      key: 'issuer',
      header: t('certs.issuer'),
      render: (c) => (
        <span title={c.issuer} style={{ overflowWrap: 'anywhere' }}>
          {dnName(c.issuer)}
        </span>
      ),
    },
    {
      key: 'source',
      header: t('certs.source'),
      render: (c) => `${t(`certs.source.${c.source}`)} · ${c.algorithm}`,
    },
    {
      key: 'validity',
      header: t('certs.validity'),
      render: (c) => validityText(c.notBefore, c.notAfter, lang),
    },
    {
      key: 'status',
      header: t('common.status'),
      render: (c) => (
        <Stack gap={2} align="flex-start">
          <CertificateStatusBadge status={c.status} />
          {c.revokedAt && (
            <Text size="xs" c="dimmed">
              {t('certs.revokedAt', { at: formatThaiDateTime(c.revokedAt, lang) })}
              {c.revokeReason ? ` — ${c.revokeReason}` : ''}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'sha256',
      header: t('certs.sha256'),
      desktopOnly: true,
      render: (c) => <Fingerprint value={c.sha256} short />,
    },
  ];
  return (
    <DataList
      label={label}
      rows={items}
      columns={columns}
      rowKey={(c) => c.id}
      actions={actions}
      minWidth={880}
    />
  );
}
