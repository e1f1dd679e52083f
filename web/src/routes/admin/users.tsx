import { UserList } from '@/features/users/UserList.tsx';

/** /admin/users — user accounts. */
export default function UsersPage() {
  return <UserList />;
}
