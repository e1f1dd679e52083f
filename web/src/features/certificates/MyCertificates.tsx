import { SectionCard } from '@/ui/SectionCard.tsx';
import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '@/lib/i18n/index.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { IconShield } from '@/ui/icons.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { useToast } from '@/ui/toast.tsx';
import { CertificateList } from './CertificateList.tsx';
import { useImportMyCertificate, useMyCertificates, usableCertificates } from './certificates.ts';
import { ImportP12Form } from './ImportP12Form.tsx';

/** ใบรับรองของฉัน: the user's certificates in the system store, and นำเข้าใบรับรอง (.p12). */
export function MyCertificates() {
  const t = useT();
  const notify = useToast();
  const certificates = useMyCertificates();
  const importMine = useImportMyCertificate();
  return (
    <Stack>
      <SectionCard title={t('certs.stored')}>
        <QueryState query={certificates}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState
                icon={<IconShield size={26} />}
                title={t('certs.none')}
                hint={t('certs.noneHint')}
              />
            ) : (
              <CertificateList items={items} label={t('certs.stored')} />
            )
          }
        </QueryState>
      </SectionCard>
      <SectionCard title={t('certs.import')}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('certs.importHint')}
          </Text>
          <ImportP12Form
            submitLabel={t('certs.import')}
            onImport={async (body) => {
              await importMine.mutateAsync(body);
              notify(t('certs.imported'));
            }}
          />
        </Stack>
      </SectionCard>
    </Stack>
  );
}

/** On the account page: how many certificates can sign, and the way to ใบรับรองของฉัน. */
export function MyCertificatesSummary() {
  const t = useT();
  const certificates = useMyCertificates();
  const usable = usableCertificates(certificates.data).length;
  return (
    <Stack gap="sm" align="flex-start">
      <Text size="sm" c="dimmed">
        {certificates.isSuccess ? t('certs.usableCount', { count: usable }) : t('certs.summaryHint')}
      </Text>
      <Button component={Link} to="/account/certificates" variant="light" h={44}>
        {t('certs.manage')}
      </Button>
    </Stack>
  );
}
