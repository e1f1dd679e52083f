import { AgencyList } from '@/features/operator/AgencyList.tsx';

/** /operator — the agencies using the service. */
export default function AgenciesPage() {
  return <AgencyList />;
}
