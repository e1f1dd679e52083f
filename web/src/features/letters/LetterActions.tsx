import type { Letter, LetterAction } from '@contracts/letters.contract.ts';
import { Button, Group, Menu } from '@mantine/core';
import { useState } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { IconChevronDown } from '@/ui/icons.tsx';
import { useToast } from '@/ui/toast.tsx';
import { ActionNoteDialog } from './ActionNoteDialog.tsx';
import { CommandDialog } from './CommandDialog.tsx';
import { DeliveryConfirmations } from './DeliveryConfirmations.tsx';
import { EditLetterDialog } from './EditLetterDialog.tsx';
import { ForwardDialog } from './ForwardDialog.tsx';
import { useDeliveryAction } from './letters.ts';
import { ProposeDialog } from './ProposeDialog.tsx';

type Kind = LetterAction['action'];

/** The order buttons appear in: what the viewer most likely came to do first. */
const ORDER: Kind[] = [
  'receive',
  'acknowledge',
  'command',
  'propose',
  'forward',
  'record-action',
  'return',
  'recall',
  'close',
  'edit',
  'cancel',
  'delete',
];
const PRIMARY = new Set<Kind>(['receive', 'acknowledge', 'command', 'propose']);
/** Less frequent actions wait in a "more" menu so a phone screen is not a wall of buttons. */
const MORE = new Set<Kind>(['return', 'recall', 'close', 'edit', 'cancel', 'delete']);
const DANGER = new Set<Kind>(['cancel', 'delete']);
/** Actions on one delivery: the button says whose delivery. */
const PER_DELIVERY = new Set<Kind>(['receive', 'acknowledge', 'return', 'recall', 'command']);

/**
 * The buttons the server offers for this viewer now (`letter.actions`), each opening its dialog; the
 * server checks again when the action is taken. `onDeleted` runs after ลบหนังสือ.
 */
export function LetterActions({ letter, onDeleted }: { letter: Letter; onDeleted: () => void }) {
  const t = useT();
  const notify = useToast();
  const delivery = useDeliveryAction();
  const [open, setOpen] = useState<LetterAction | null>(null);
  const close = () => setOpen(null);
  const actions = [...letter.actions].sort((a, b) => ORDER.indexOf(a.action) - ORDER.indexOf(b.action));
  const counts = new Map<Kind, number>();
  for (const a of letter.actions) counts.set(a.action, (counts.get(a.action) ?? 0) + 1);

  const label = (a: LetterAction) => {
    const name = t(`letters.action.${a.action}`);
    const withWhom = a.label && (PER_DELIVERY.has(a.action) || (counts.get(a.action) ?? 0) > 1);
    return withWhom && a.action !== 'command' ? `${name} (${a.label})` : name;
  };
  const run = (a: LetterAction) => {
    if (a.action === 'acknowledge' && a.deliveryId) {
      delivery.mutate(
        { verb: 'acknowledge', deliveryId: a.deliveryId },
        {
          onSuccess: () => notify(t('letters.done.acknowledge')),
          onError: (e) => notify(e.message, 'red'),
        },
      );
      return;
    }
    setOpen(a);
  };
  if (actions.length === 0) return null;
  const inline = actions.filter((a) => !MORE.has(a.action));
  const more = actions.filter((a) => MORE.has(a.action));

  return (
    <>
      <Group gap="xs" className="no-print" role="toolbar" aria-label={t('common.actions')}>
        {inline.map((a) => (
          <Button
            key={`${a.action}:${a.deliveryId ?? ''}`}
            h="auto"
            mih={44}
            py={6}
            variant={PRIMARY.has(a.action) ? 'filled' : 'default'}
            loading={a.action === 'acknowledge' && delivery.isPending}
            onClick={() => run(a)}
            styles={{ label: { whiteSpace: 'normal' } }}
          >
            {label(a)}
          </Button>
        ))}
        {more.length > 0 && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button variant="default" h={44} rightSection={<IconChevronDown size={16} />}>
                {t('letters.moreActions')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {more.map((a) => (
                <Menu.Item
                  key={`${a.action}:${a.deliveryId ?? ''}`}
                  color={DANGER.has(a.action) ? 'red' : undefined}
                  mih={44}
                  onClick={() => run(a)}
                >
                  {label(a)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      <CommandDialog letter={letter} action={open?.action === 'command' ? open : null} onClose={close} />
      <ProposeDialog letter={letter} opened={open?.action === 'propose'} onClose={close} />
      <ForwardDialog letter={letter} opened={open?.action === 'forward'} onClose={close} />
      <ActionNoteDialog letter={letter} opened={open?.action === 'record-action'} onClose={close} />
      <EditLetterDialog letter={letter} opened={open?.action === 'edit'} onClose={close} />
      <DeliveryConfirmations letter={letter} action={open} onClose={close} onDeleted={onDeleted} />
    </>
  );
}
