import { useNavigate, useParams } from 'react-router';
import { DraftEditor } from '@/features/outgoing/DraftEditor.tsx';
import { useOutgoingLetter } from '@/features/outgoing/outgoing.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

/** /outgoing/:id/edit — แก้ไขร่าง: saving makes a new version and returns to the letter. */
export default function EditDraftPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const letter = useOutgoingLetter(id);
  const back = `/outgoing/${id}`;
  return (
    <>
      <PageHeader
        title={t('outgoing.editTitle')}
        subtitle={letter.data?.content.subject}
        back={{ to: back, label: t('outgoing.backToLetter') }}
      />
      <QueryState query={letter}>
        {(l) => (
          <DraftEditor
            key={l.id}
            letter={l}
            onSaved={() => navigate(back, { replace: true })}
            onCancel={() => navigate(back)}
          />
        )}
      </QueryState>
    </>
  );
}
