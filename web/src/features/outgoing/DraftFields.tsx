import type { LetterForm } from '@contracts/outgoing.contract.ts';
import { Secrecy, Urgency } from '@contracts/letters.contract.ts';
import {
  Checkbox,
  Input,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { CountedTextarea } from '@/features/letters/CountedTextarea.tsx';
import { useRecipients } from '@/features/letters/letters.ts';
import type { FieldErrorOf, Fields } from '@/lib/forms.ts';
import { type MessageKey, useT } from '@/lib/i18n/index.tsx';
import {
  closingFor,
  DEFAULT_SALUTATIONS,
  type DraftValues,
  FORMS,
  type FormField,
  hasField,
  ownerUnitLabel,
  wordings,
} from './draft-form.ts';
import { LinesField } from './LinesField.tsx';
import { ReplyToField } from './ReplyTo.tsx';
import { useSalutations } from './salutations.ts';
import { WordingSelect } from './WordingSelect.tsx';

/** The field paths shown next to their fields (left out of the form's error box). */
export const DRAFT_FIELDS = [
  'form',
  'ownerUnitId',
  'subject',
  'salutation',
  'addressee',
  'references',
  'enclosures',
  'paragraphs',
  'closing',
  'phone',
  'fax',
  'email',
  'copiesTo',
];

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Title order={3} size="h5" c="dimmed">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** ส่วนราชการเจ้าของเรื่อง (or the memo's ส่วนราชการ, the issuer of an order): a unit of the agency. */
function OwnerUnitSelect({
  form,
  value,
  onChange,
  error,
}: {
  form: LetterForm;
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  const t = useT();
  const units = useRecipients().data?.units ?? [];
  return (
    <NativeSelect
      label={t(ownerUnitLabel(form))}
      size="md"
      required
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      data={[
        ...(value ? [] : [{ value: '', label: t('outgoing.pickUnit') }]),
        ...units.map((u) => ({ value: u.id, label: u.path && u.path !== u.name ? u.path : u.name })),
      ]}
    />
  );
}

/**
 * The draft's fields for the chosen form, in the order the form prints them: heading (unit, subject,
 * salutation and addressee, references, enclosures), the paragraphs, the closing, the contact block and
 * copies, then the letter's classes.
 */
export function DraftFields({ f, err }: { f: Fields<DraftValues>; err: FieldErrorOf }) {
  const t = useT();
  const v = f.values;
  const has = (field: FormField) => hasField(v.form, field);
  const lines = (name: 'references' | 'enclosures' | 'copiesTo', max: number) => ({
    label: t(`outgoing.field.${name}`),
    itemLabel: (n: number) => t(`outgoing.field.${name}.item`, { n }),
    addLabel: t(`outgoing.field.${name}.add`),
    values: v[name],
    onChange: (items: string[]) => f.set(name, items),
    path: name,
    err,
    max,
    maxLength: 300,
  });
  const classOptions = (kind: 'urgency' | 'secrecy') =>
    (kind === 'urgency' ? Urgency.options : Secrecy.options).map((value) => ({
      value,
      label: t(`letters.${kind}.${value}` as MessageKey),
    }));
  // The agency's pairs; the regulation's until they arrive (or when they cannot be read).
  const salutations = useSalutations();
  const pairs = salutations.data?.length ? salutations.data : DEFAULT_SALUTATIONS;
  const { openings, closings } = wordings(pairs);
  // Remount the pickers once the list arrives, so a saved wording found in it shows as picked.
  const listKey = salutations.isSuccess ? 'agency' : 'default';
  const setSalutation = (salutation: string) => {
    f.set('salutation', salutation);
    // The pairs go together: follow the salutation unless the closing was typed by hand.
    const closing = closingFor(pairs, salutation);
    if (closing && closings.includes(v.closing)) f.set('closing', closing);
  };

  return (
    <Stack gap="lg">
      <Section title={t('outgoing.section.heading')}>
        <NativeSelect
          label={t('outgoing.field.form')}
          size="md"
          value={v.form}
          onChange={(e) => f.set('form', e.currentTarget.value as LetterForm)}
          data={FORMS.map((form) => ({ value: form, label: t(`outgoing.form.${form}`) }))}
          error={err('form')}
        />
        <OwnerUnitSelect
          form={v.form}
          value={v.ownerUnitId}
          onChange={(id) => f.set('ownerUnitId', id)}
          error={err('ownerUnitId')}
        />
        <CountedTextarea
          label={t('letters.subject')}
          {...f.text('subject')}
          max={500}
          minRows={1}
          size="md"
          required
          error={err('subject')}
        />
        {has('salutation') && (
          <WordingSelect
            key={`salutation:${v.form}:${listKey}`}
            label={t('outgoing.field.salutation')}
            options={openings}
            value={v.salutation}
            onChange={setSalutation}
            error={err('salutation')}
            maxLength={100}
          />
        )}
        {has('addressee') && (
          <TextInput
            label={t(v.form === 'stamped' ? 'outgoing.field.to' : 'outgoing.field.addressee')}
            description={t('outgoing.field.addresseeHint')}
            {...f.text('addressee')}
            error={err('addressee')}
            maxLength={300}
            size="md"
          />
        )}
        {has('references') && <LinesField {...lines('references', 10)} />}
        {has('enclosures') && <LinesField {...lines('enclosures', 20)} />}
        <ReplyToField value={v.replyToLetterId} onChange={(id) => f.set('replyToLetterId', id)} />
      </Section>

      <Section title={t('outgoing.section.body')}>
        <LinesField
          label={t('outgoing.field.paragraphs')}
          itemLabel={(n) => t('outgoing.field.paragraphs.item', { n })}
          addLabel={t('outgoing.field.paragraphs.add')}
          values={v.paragraphs}
          onChange={(items) => f.set('paragraphs', items)}
          path="paragraphs"
          err={err}
          max={60}
          maxLength={5000}
          multiline
          reorderable
          minItems={1}
          required
        />
        {has('closing') && (
          <WordingSelect
            key={`closing:${v.form}:${listKey}`}
            label={t('outgoing.field.closing')}
            options={closings}
            value={v.closing}
            onChange={(closing) => f.set('closing', closing)}
            error={err('closing')}
            maxLength={100}
          />
        )}
      </Section>

      {(has('phone') || has('copiesTo')) && (
        <Section title={t('outgoing.section.contact')}>
          <SimpleGrid cols={{ base: 1, sm: has('fax') ? 3 : 1 }}>
            <TextInput
              label={t('outgoing.field.phone')}
              {...f.text('phone')}
              error={err('phone')}
              maxLength={100}
              size="md"
              inputMode="tel"
            />
            {has('fax') && (
              <TextInput
                label={t('outgoing.field.fax')}
                {...f.text('fax')}
                error={err('fax')}
                maxLength={100}
                size="md"
                inputMode="tel"
              />
            )}
            {has('email') && (
              <TextInput
                label={t('outgoing.field.email')}
                {...f.text('email')}
                error={err('email')}
                maxLength={200}
                size="md"
                type="email"
              />
            )}
          </SimpleGrid>
          {has('copiesTo') && <LinesField {...lines('copiesTo', 50)} />}
        </Section>
      )}

      {has('classes') && (
        <Section title={t('outgoing.section.classes')}>
          <Input.Wrapper label={t('outgoing.field.urgency')}>
            <SegmentedControl
              fullWidth
              size="md"
              value={v.urgency}
              onChange={(u) => f.set('urgency', u as Urgency)}
              data={classOptions('urgency')}
              aria-label={t('outgoing.field.urgency')}
            />
          </Input.Wrapper>
          <Input.Wrapper label={t('letters.secrecy')}>
            <SegmentedControl
              fullWidth
              size="md"
              value={v.secrecy}
              onChange={(s) => f.set('secrecy', s as Secrecy)}
              data={classOptions('secrecy')}
              aria-label={t('letters.secrecy')}
            />
          </Input.Wrapper>
          {has('circular') && (
            <Checkbox
              label={t('outgoing.field.circular')}
              description={t('outgoing.field.circularHint')}
              checked={v.circular}
              onChange={(e) => f.set('circular', e.currentTarget.checked)}
              size="md"
            />
          )}
        </Section>
      )}
    </Stack>
  );
}
