import { useLocation, useNavigate, useParams } from 'react-router';
import { boxPath } from '@/features/outgoing/boxes.ts';
import { OutgoingView } from '@/features/outgoing/OutgoingView.tsx';
import { useOutgoingLetter } from '@/features/outgoing/outgoing.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

/** /outgoing/:id — one outgoing letter; "back" returns to the box it was opened from. */
export default function OutgoingLetterPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? boxPath('all');
  const letter = useOutgoingLetter(id);
  return (
    <QueryState query={letter}>
      {(l) => (
        <OutgoingView
          letter={l}
          back={{ to: from, label: t('outgoing.title') }}
          onDeleted={() => navigate(from, { replace: true })}
        />
      )}
    </QueryState>
  );
}
