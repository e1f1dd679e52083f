import { useNavigate, useSearchParams } from 'react-router';
import { boxPath } from '@/features/outgoing/boxes.ts';
import { DraftEditor } from '@/features/outgoing/DraftEditor.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';

/** /outgoing/new — ร่างหนังสือ; `?replyTo=<incoming letter id>` links the letter it answers. */
export default function NewDraftPage() {
  const t = useT();
  const navigate = useNavigate();
  const replyTo = useSearchParams()[0].get('replyTo');
  return (
    <>
      <PageHeader title={t('outgoing.new')} back={{ to: boxPath('drafts'), label: t('outgoing.title') }} />
      <DraftEditor
        replyTo={replyTo}
        onSaved={(letter) => navigate(`/outgoing/${letter.id}`, { replace: true })}
        onCancel={() => navigate(-1)}
      />
    </>
  );
}
