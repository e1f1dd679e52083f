export {
  addTrustAnchor,
  createAgencyCa,
  deleteTrustAnchor,
  getAgencyCa,
  importCertificate,
  issueUserCertificate,
  listCertificates,
  listTrustAnchors,
  publishedPki,
  revokeCertificate,
  unitSeal,
  withValidationData,
} from './agency-pki.ts';
export type { Pki, SigningRepository } from './ports.ts';
export { imageBinding, personField, resolveStepSigner, type StepSigner } from './step-signer.ts';
export { verifyByCode, verifyPdf } from './verify.ts';
