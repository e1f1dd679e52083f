import { useLocation, useNavigate, useParams } from 'react-router';
import { useLetter } from '@/features/letters/letters.ts';
import { LetterView } from '@/features/letters/LetterView.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

/** /letters/:id — one letter; "back" returns to the queue it was opened from. */
export default function LetterPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/inbox/all';
  const letter = useLetter(id);
  return (
    <QueryState query={letter}>
      {(l) => (
        <LetterView
          letter={l}
          back={{ to: from, label: t('letters.incoming') }}
          onDeleted={() => navigate(from, { replace: true })}
        />
      )}
    </QueryState>
  );
}
