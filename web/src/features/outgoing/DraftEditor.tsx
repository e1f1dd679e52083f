import type { OutgoingLetter } from '@contracts/outgoing.contract.ts';
import { Button, Grid, Group, Paper, Stack, Tabs, TextInput } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useCurrentSession } from '@/features/auth/session.ts';
import { useLetterDates } from '@/features/letters/thai-format.ts';
import { fieldError, useFields } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { useToast } from '@/ui/toast.tsx';
import { usePhone } from '@/ui/use-phone.ts';
import { DRAFT_FIELDS, DraftFields } from './DraftFields.tsx';
import { DraftPreview } from './DraftPreview.tsx';
import { blankDraft, canPreview, type DraftValues, draftContent } from './draft-form.ts';
import { useCreateDraft, useUpdateDraft } from './outgoing.ts';

type Tab = 'edit' | 'preview';

/**
 * ร่างหนังสือ / แก้ไขร่าง: the form's fields and a live preview, side by side on wide screens and as two
 * tabs on a phone, with บันทึก always at hand. Saving a new draft creates it; saving an existing one
 * makes a new version with an optional note. `onSaved` gets the letter as the server answered.
 */
export function DraftEditor({
  letter,
  replyTo = null,
  onSaved,
  onCancel,
}: {
  letter?: OutgoingLetter;
  replyTo?: string | null;
  onSaved: (letter: OutgoingLetter) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const phone = usePhone();
  const notify = useToast();
  const session = useCurrentSession();
  const dates = useLetterDates();
  const f = useFields<DraftValues>(
    letter
      ? { ...blankDraft(letter.content.ownerUnitId), ...letter.content }
      : blankDraft(session.grants[0]?.orgUnitId ?? '', replyTo),
  );
  const [note, setNote] = useState('');
  const [tab, setTab] = useState<Tab>('edit');
  const create = useCreateDraft();
  const update = useUpdateDraft(letter?.id ?? '');
  const saving = letter ? update : create;
  const err = (path: string) => fieldError(saving.error, path);

  const previewKey = JSON.stringify(f.values);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `previewKey` stands for the values
  const previewContent = useMemo(() => {
    if (!canPreview(f.values)) return null;
    const content = draftContent(f.values);
    return { ...content, paragraphs: content.paragraphs.filter((p) => p.trim() !== '') };
  }, [previewKey]);

  const save = (e: FormEvent) => {
    e.preventDefault();
    const content = draftContent(f.values);
    const done = {
      onSuccess: (saved: OutgoingLetter) => {
        notify(
          letter ? t('outgoing.done.saved', { n: dates.num(saved.version) }) : t('outgoing.done.created'),
        );
        onSaved(saved);
      },
      // A problem in a field is shown next to it: bring the fields back into view on a phone.
      onError: () => setTab('edit'),
    };
    if (letter) update.mutate({ ...content, note: note.trim() || undefined }, done);
    else create.mutate(content, done);
  };

  const fields = (
    <Stack gap="lg">
      <DraftFields f={f} err={err} />
      {letter && (
        <TextInput
          label={t('outgoing.versionNote')}
          description={t('outgoing.versionNoteHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={300}
          size="md"
        />
      )}
    </Stack>
  );
  const actions = (
    <Paper
      p="xs"
      withBorder={phone}
      radius={phone ? 'md' : 0}
      style={phone ? { position: 'sticky', bottom: 8, zIndex: 5 } : undefined}
    >
      <Stack gap="xs">
        <ErrorAlert error={saving.error} shownFields={DRAFT_FIELDS} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" h={44} onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" h={44} loading={saving.isPending}>
            {t(letter ? 'outgoing.saveVersion' : 'outgoing.saveDraft')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );

  return (
    <form onSubmit={save} noValidate>
      {phone ? (
        <Tabs value={tab} onChange={(v) => setTab((v as Tab | null) ?? 'edit')} keepMounted={false}>
          <Tabs.List grow mb="md">
            <Tabs.Tab value="edit" mih={44}>
              {t('outgoing.tab.edit')}
            </Tabs.Tab>
            <Tabs.Tab value="preview" mih={44}>
              {t('outgoing.preview')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="edit">{fields}</Tabs.Panel>
          <Tabs.Panel value="preview">
            <DraftPreview content={previewContent} auto={false} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>{fields}</Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <div style={{ position: 'sticky', top: 72 }}>
              <DraftPreview content={previewContent} auto />
            </div>
          </Grid.Col>
        </Grid>
      )}
      <div style={{ marginTop: 16 }}>{actions}</div>
    </form>
  );
}
