import { PeopleList } from '@/features/people/PeopleList.tsx';

/** /admin/people — the agency's people. */
export default function PeoplePage() {
  return <PeopleList />;
}
