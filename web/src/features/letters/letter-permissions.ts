/** Letter functions the web app checks to show the letter screens (the server enforces them again). */
export const LetterPerm = {
  Search: 'letter.search',
  Create: 'letter.create',
  CreateOld: 'letter.create-old',
  Scan: 'letter.scan',
  InternalExchange: 'letter.internal-exchange',
  ExternalExchange: 'letter.external-exchange',
  CommandRecord: 'command.record',
  ActionRecord: 'action.record',
  DraftPropose: 'draft.propose',
  Sign: 'letter.sign',
  ViewHistory: 'admin.view-history',
} as const;

/** Anyone who works with letters at all: the "หนังสือรับ" menu. */
export const LETTER_WORK: string[] = [
  LetterPerm.Search,
  LetterPerm.Create,
  LetterPerm.CreateOld,
  LetterPerm.Scan,
  LetterPerm.InternalExchange,
  LetterPerm.ExternalExchange,
  LetterPerm.CommandRecord,
  LetterPerm.ActionRecord,
  LetterPerm.Sign,
];

/** Registry clerks: register incoming letters, receive them for a unit, keep the receive register. */
export const LETTER_INTAKE: string[] = [LetterPerm.Create, LetterPerm.Scan, LetterPerm.CreateOld];

/** Executives and their office: letters proposed to them. */
export const LETTER_CONSIDER: string[] = [LetterPerm.Sign, LetterPerm.CommandRecord];
