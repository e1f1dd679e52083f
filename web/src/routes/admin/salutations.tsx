import { SalutationAdmin } from '@/features/outgoing/SalutationAdmin.tsx';

/** /admin/salutations — คำขึ้นต้นและคำลงท้าย. */
export default function SalutationsPage() {
  return <SalutationAdmin />;
}
