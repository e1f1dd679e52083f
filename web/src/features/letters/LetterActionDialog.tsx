import type { Letter } from '@contracts/letters.contract.ts';
import { Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { type FieldErrorOf, type Fields, fieldError, useFields } from '@/lib/forms.ts';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormActions } from '@/ui/FormActions.tsx';
import { FormModal } from '@/ui/FormModal.tsx';
import { useToast } from '@/ui/toast.tsx';

/** What LetterActions passes to each action's dialog. */
export interface LetterDialogProps {
  letter: Letter;
  opened: boolean;
  onClose: () => void;
}

/** The part of a letter mutation (letters.ts) a dialog needs. */
export interface LetterActionMutation<B> {
  mutate: (body: B, options: { onSuccess: () => void }) => void;
  error: unknown;
  isPending: boolean;
  reset: () => void;
}

interface Props<V extends B & Record<string, unknown>, B> {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  /** The toast after the action succeeded. */
  doneMessage: string;
  mutation: LetterActionMutation<B>;
  /** The fields' values each time the dialog opens. */
  initial: V;
  /** The request body from the values; the values themselves when absent. */
  toBody?: (values: V) => B;
  /** Body paths whose errors the fields show, left out of the error box. */
  shownFields: string[];
  /** The dialog's fields. */
  children: (f: Fields<V>, err: FieldErrorOf) => ReactNode;
}

function LetterActionForm<V extends B & Record<string, unknown>, B>({
  onClose,
  submitLabel,
  doneMessage,
  mutation,
  initial,
  toBody,
  shownFields,
  children,
}: Omit<Props<V, B>, 'opened' | 'title'>) {
  const notify = useToast();
  const f = useFields<V>(initial);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate(toBody ? toBody(f.values) : f.values, {
      onSuccess: () => {
        notify(doneMessage);
        onClose();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {children(f, (path) => fieldError(mutation.error, path))}
        <ErrorAlert error={mutation.error} shownFields={shownFields} />
        <FormActions submitLabel={submitLabel} loading={mutation.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}

/**
 * A letter action in a form modal (full screen on phones): the fields start from `initial` each time it
 * opens; submit runs the mutation, toasts `doneMessage` and closes; a failure stays in the dialog.
 */
export function LetterActionDialog<V extends B & Record<string, unknown>, B>({
  opened,
  title,
  ...form
}: Props<V, B>) {
  const { mutation, onClose } = form;
  // The mutation outlives the form: forget the last error or success whenever the dialog closes.
  const close = () => {
    mutation.reset();
    onClose();
  };
  return (
    <FormModal opened={opened} onClose={close} title={title}>
      {opened && <LetterActionForm {...form} onClose={close} />}
    </FormModal>
  );
}
