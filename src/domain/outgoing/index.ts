export {
  addOutgoingAttachments,
  deleteOutgoingAttachment,
  downloadOutgoingAttachment,
  setOutgoingSourcePdf,
} from './attachments.ts';
export { submitForSigning, reviewOutgoing } from './chain.ts';
export { cancelOutgoing, dispatchLetter, listExchangeAgencies } from './dispatch.ts';
export { getDispatchBook, renderDispatchBookPdf } from './dispatch-book.ts';
export {
  createOutgoingDraft,
  deleteOutgoingDraft,
  downloadOutgoingPdf,
  getOutgoing,
  getOutgoingVersion,
  listOutgoing,
  renderDraftPdf,
  updateOutgoingDraft,
} from './draft.ts';
export { getAgencyEmblem, getAgencyEmblemImage, setAgencyEmblem } from './emblem.ts';
export type { OutgoingDeps } from './ports.ts';
export { deleteSalutation, listSalutations, saveSalutation } from './salutations.ts';
export { signLetter } from './sign.ts';
