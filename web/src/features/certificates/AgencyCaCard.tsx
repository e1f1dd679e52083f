import { SectionCard } from '@/ui/SectionCard.tsx';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useI18n } from '@/lib/i18n/index.tsx';
import { InfoList } from '@/ui/InfoList.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { Fingerprint, validityText } from './CertificateBits.tsx';
import { useAgencyCa } from './certificates.ts';

/**
 * The agency's internal CA (ผู้ออกใบรับรองภายในของหน่วยงาน): who it is, how long it is valid, its SHA-256
 * fingerprint to compare by eye, and the CA certificate and CRL to download and install elsewhere.
 */
export function AgencyCaCard() {
  const { t, lang } = useI18n();
  const ca = useAgencyCa();
  const title = t('pki.ca');
  return (
    <SectionCard title={title} hint={t('pki.caHint')}>
      <QueryState query={ca}>
        {(c) => (
          <Stack gap="sm">
            <InfoList
              items={[
                { label: t('pki.subject'), value: c.subject },
                {
                  label: t('certs.serial'),
                  value: (
                    <Text span size="sm" ff="monospace">
                      {c.serialNumber}
                    </Text>
                  ),
                },
                { label: t('certs.validity'), value: validityText(c.notBefore, c.notAfter, lang) },
                { label: t('certs.sha256'), value: <Fingerprint value={c.sha256} size="sm" /> },
              ]}
            />
            <Group gap="xs">
              <Button component="a" href={c.caUrl} download variant="light" h={44}>
                {t('pki.downloadCa')}
              </Button>
              <Button component="a" href={c.crlUrl} download variant="default" h={44}>
                {t('pki.downloadCrl')}
              </Button>
            </Group>
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
