import { RegisterList } from '@/features/registers/RegisterList.tsx';

/** /admin/registers — registers per unit, numbering and start numbers. */
export default function RegistersPage() {
  return <RegisterList />;
}
