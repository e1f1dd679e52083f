import { Secrecy, Urgency } from '@contracts/letters.contract.ts';
import { Alert, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { FieldErrorOf, Fields } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ThaiDateInput } from '@/ui/ThaiDateInput.tsx';

/** The letter's own details as the register and edit forms hold them. */
export type LetterMetadataValues = {
  docNo: string;
  docDate: string | null;
  senderAgency: string;
  senderName: string;
  addressee: string;
  subject: string;
  urgency: Urgency;
  secrecy: Secrecy;
  reference: string;
  remarks: string;
};

/** Empty details for a new letter. */
export const emptyLetterMetadata: LetterMetadataValues = {
  docNo: '',
  docDate: null,
  senderAgency: '',
  senderName: '',
  addressee: '',
  subject: '',
  urgency: 'normal',
  secrecy: 'none',
  reference: '',
  remarks: '',
};

/** The field names, for skipping their issues in the form's error box. */
export const LETTER_METADATA_FIELDS = Object.keys(emptyLetterMetadata);

/**
 * ที่, ลงวันที่, จาก, ผู้ส่ง, เรียน, เรื่อง, ความเร่งด่วน, ชั้นความลับ, อ้างถึง, หมายเหตุ: shared by
 * ลงทะเบียนรับหนังสือ and แก้ไขหนังสือ. Warns that a ลับที่สุด letter cannot go electronically.
 */
export function LetterMetadataFields({ f, err }: { f: Fields<LetterMetadataValues>; err: FieldErrorOf }) {
  const t = useT();
  const v = f.values;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('letters.docNo')} {...f.text('docNo')} error={err('docNo')} maxLength={100} />
        <ThaiDateInput
          label={t('letters.docDate')}
          value={v.docDate}
          onChange={(d) => f.set('docDate', d)}
          error={err('docDate')}
        />
      </SimpleGrid>
      <TextInput
        label={t('letters.senderAgency')}
        {...f.text('senderAgency')}
        error={err('senderAgency')}
        required
        maxLength={300}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('letters.senderName')}
          {...f.text('senderName')}
          error={err('senderName')}
          maxLength={300}
        />
        <TextInput
          label={t('letters.addressee')}
          {...f.text('addressee')}
          error={err('addressee')}
          maxLength={300}
        />
      </SimpleGrid>
      <Textarea
        label={t('letters.subject')}
        {...f.text('subject')}
        error={err('subject')}
        required
        autosize
        minRows={2}
        maxLength={500}
      />
      <SimpleGrid cols={{ base: 2 }}>
        <NativeSelect
          label={t('letters.urgency')}
          value={v.urgency}
          onChange={(e) => f.set('urgency', e.currentTarget.value as Urgency)}
          data={Urgency.options.map((u) => ({ value: u, label: t(`letters.urgency.${u}`) }))}
        />
        <NativeSelect
          label={t('letters.secrecy')}
          value={v.secrecy}
          onChange={(e) => f.set('secrecy', e.currentTarget.value as Secrecy)}
          data={Secrecy.options.map((s) => ({ value: s, label: t(`letters.secrecy.${s}`) }))}
        />
      </SimpleGrid>
      {v.secrecy === 'top-secret' && (
        <Alert color="red" variant="light" title={t('letters.topSecretTitle')}>
          {t('letters.topSecretWarning')}
        </Alert>
      )}
      <TextInput
        label={t('letters.reference')}
        {...f.text('reference')}
        error={err('reference')}
        maxLength={500}
      />
      <Textarea
        label={t('common.note')}
        {...f.text('remarks')}
        error={err('remarks')}
        autosize
        minRows={2}
        maxLength={1000}
      />
    </>
  );
}
