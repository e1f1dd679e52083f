import { AdminCertificates } from '@/features/certificates/AdminCertificates.tsx';

/** /admin/certificates — ใบรับรองอิเล็กทรอนิกส์: the agency CA, certificates, trust anchors. */
export default function CertificatesPage() {
  return <AdminCertificates />;
}
