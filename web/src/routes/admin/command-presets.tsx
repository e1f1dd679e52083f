import { CommandPresetAdmin } from '@/features/letters/CommandPresetAdmin.tsx';

/** /admin/command-presets — รูปแบบคำสั่งการ. */
export default function CommandPresetsPage() {
  return <CommandPresetAdmin />;
}
