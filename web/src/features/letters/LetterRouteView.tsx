import './route-print.css';
import type { LetterRoute } from '@contracts/letters.contract.ts';
import { Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { HopDelivery, HopSender, HopSigner } from './RouteCells.tsx';
import { useLetterDates } from './thai-format.ts';

/** ที่ … ลงวันที่ … / เรื่อง … / ความเร่งด่วน … ชั้นความลับ …, as the route page heads. */
function RouteHeading({ route }: { route: LetterRoute }) {
  const t = useT();
  const dates = useLetterDates();
  const { letter } = route;
  return (
    <Stack gap={2}>
      <Text size="sm">
        {t('letters.docNo')} {letter.docNo || t('common.none')}
        {letter.docDate ? `  ${t('letters.docDate')} ${dates.date(letter.docDate)}` : ''}
      </Text>
      <Text size="sm">
        {t('letters.subject')} {letter.subject}
      </Text>
      <Text size="sm">
        {t('letters.urgency')} {t(`letters.urgency.${letter.urgency}`)}
        {'   '}
        {t('letters.secrecy')} {t(`letters.secrecy.${letter.secrecy}`)}
      </Text>
    </Stack>
  );
}

/**
 * เส้นทางหนังสือ: every hop with sender and content, signer and time, and each receiver with their เลขรับ
 * (or ดึงกลับ / ส่งคืน / รอลงรับ). A bordered table on wide screens and on paper; cards on phones.
 */
export function LetterRouteView({ route }: { route: LetterRoute }) {
  const t = useT();
  const { num } = useLetterDates();
  const hops = route.hops;
  return (
    <Stack gap="md">
      <Group justify="flex-end" className="no-print">
        <Button variant="default" h={44} onClick={() => window.print()}>
          {t('letters.print')}
        </Button>
      </Group>
      <RouteHeading route={route} />
      <Title order={3} size="h4">
        {t('common.actions')}
      </Title>
      {hops.length === 0 ? (
        <EmptyState title={t('letters.noRoute')} />
      ) : (
        <>
          <div className="route-table-wrap">
            <table className="route-table">
              <thead>
                <tr>
                  <th style={{ width: '38%' }}>{t('letters.routeCol.sender')}</th>
                  <th style={{ width: '28%' }}>{t('letters.routeCol.signer')}</th>
                  <th>{t('letters.routeCol.receiver')}</th>
                </tr>
              </thead>
              <tbody>
                {hops.map((hop) => (
                  <tr key={hop.stepId}>
                    <td>
                      <HopSender hop={hop} />
                    </td>
                    <td>
                      <HopSigner hop={hop} />
                    </td>
                    <td>
                      <Stack gap="xs">
                        {hop.deliveries.map((d) => (
                          <HopDelivery key={d.id} delivery={d} />
                        ))}
                      </Stack>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Stack gap="sm" className="route-cards" role="list" aria-label={t('letters.route')}>
            {hops.map((hop, i) => (
              <Card key={hop.stepId} withBorder radius="md" padding="sm" role="listitem" mb="sm">
                <Text size="xs" c="dimmed" mb={4}>
                  {t('letters.hop', { n: num(i + 1) })}
                </Text>
                <HopSender hop={hop} />
                <Divider my="xs" />
                <HopSigner hop={hop} />
                {hop.deliveries.length > 0 && <Divider my="xs" label={t('letters.routeCol.receiver')} />}
                <Stack gap="xs">
                  {hop.deliveries.map((d) => (
                    <HopDelivery key={d.id} delivery={d} />
                  ))}
                </Stack>
              </Card>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
