import { SectionCard } from '@/ui/SectionCard.tsx';
import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { UserPicker } from '@/features/users/UserPicker.tsx';
import { useUser } from '@/features/users/users.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { IconPlus, IconShield } from '@/ui/icons.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { AgencyCaCard } from './AgencyCaCard.tsx';
import { ImportForUserDialog, IssueCertificateDialog, RevokeButton } from './CertificateDialogs.tsx';
import { CertificateList } from './CertificateList.tsx';
import { useAgencyCertificates } from './certificates.ts';
import { TrustAnchors } from './TrustAnchors.tsx';

/** The certificates of the agency, or of the user picked (kept in ?userId= so a user's page can link here). */
function AgencyCertificateList({
  userId,
  userLabel,
  onUser,
}: {
  userId: string | null;
  userLabel: string | undefined;
  onUser: (id: string | null) => void;
}) {
  const t = useT();
  const certificates = useAgencyCertificates(userId);
  const title = t('certs.agencyList');
  return (
    <SectionCard title={title}>
      <Stack>
        {/* Mounted again once the chosen user's name is known, so the picker shows it. */}
        <UserPicker
          key={userLabel ? 'named' : 'unnamed'}
          label={t('certs.filterUser')}
          value={userId}
          onChange={onUser}
          initialLabel={userLabel}
        />
        <QueryState query={certificates}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState icon={<IconShield size={26} />} title={t('certs.agencyNone')} />
            ) : (
              <CertificateList
                items={items}
                label={title}
                showOwner
                actions={(c) =>
                  c.status === 'active' || c.status === 'not-yet-valid' ? (
                    <RevokeButton certificate={c} />
                  ) : null
                }
              />
            )
          }
        </QueryState>
      </Stack>
    </SectionCard>
  );
}

/**
 * ใบรับรองอิเล็กทรอนิกส์ for the agency administrator: the agency CA, the certificates with revoke,
 * ออกใบรับรองภายใน and นำเข้า .p12 ให้ผู้ใช้, and the trust anchors.
 */
export function AdminCertificates() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const userId = params.get('userId');
  const [dialog, setDialog] = useState<'issue' | 'import' | null>(null);
  const chosen = useUser(userId ?? undefined);
  const userLabel = chosen.data ? `${chosen.data.displayName} (${chosen.data.username})` : undefined;
  const initialUser = userId && userLabel ? { id: userId, label: userLabel } : null;
  const setUser = (id: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (id) next.set('userId', id);
        else next.delete('userId');
        return next;
      },
      { replace: true },
    );
  return (
    <Stack>
      <PageHeader
        title={t('certs.title')}
        subtitle={t('certs.titleHint')}
        actions={
          <>
            <Button leftSection={<IconPlus size={16} />} h={44} onClick={() => setDialog('issue')}>
              {t('certs.issue')}
            </Button>
            <Button variant="light" h={44} onClick={() => setDialog('import')}>
              {t('certs.importFor')}
            </Button>
          </>
        }
      />
      <AgencyCaCard />
      <AgencyCertificateList userId={userId} userLabel={userLabel} onUser={setUser} />
      <TrustAnchors />
      <IssueCertificateDialog
        opened={dialog === 'issue'}
        onClose={() => setDialog(null)}
        initialUser={initialUser}
      />
      <ImportForUserDialog
        opened={dialog === 'import'}
        onClose={() => setDialog(null)}
        initialUser={initialUser}
      />
    </Stack>
  );
}
