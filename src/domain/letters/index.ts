export {
  createCommandPreset,
  deleteCommandPreset,
  listCommandPresets,
  listLetterViews,
  updateCommandPreset,
} from './admin.ts';
export { cancelLetter, closeLetter, deleteLetter, updateLetter } from './lifecycle.ts';
export type { FileStore, LetterDeps, SignatureImages, UploadLimits } from './ports.ts';
export { getQueueCounts, listLetters, listRecipients } from './queues.ts';
export {
  downloadLetterAttachment,
  downloadLetterPdf,
  getLetter,
  getLetterHistory,
  getLetterRoute,
  getStepSignature,
} from './read.ts';
export { getReceiveBook, renderReceiveBookPdf } from './receive-book.ts';
export { receiveDelivery } from './receive.ts';
export { recordCommand } from './record-command.ts';
export {
  checkFileName,
  type IncomingUpload,
  registerIncomingLetter,
  type UploadedFile,
} from './register-incoming-letter.ts';
export {
  acknowledgeDelivery,
  forwardLetter,
  proposeLetter,
  recallDelivery,
  recordAction,
  returnDelivery,
} from './routing.ts';
export { getMyCapacities, getMySignature, getMySignatureImage, setMySignature } from './signature.ts';
export { pdfInput } from './documents.ts';
