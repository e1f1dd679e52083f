import { RoleList } from '@/features/roles/RoleList.tsx';

/** /admin/roles — roles and the permission matrix. */
export default function RolesPage() {
  return <RoleList />;
}
