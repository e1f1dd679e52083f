import type { ComponentType } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { Perm, USER_PAGES } from '@/features/auth/permissions.ts';
import { RequirePermission } from '@/features/auth/RequirePermission.tsx';
import { RequireSession } from '@/features/auth/RequireSession.tsx';
import { AppLayout } from '@/features/shell/AppLayout.tsx';
import { LETTER_INTAKE, LETTER_WORK, LetterPerm } from '@/features/letters/letter-permissions.ts';
import { OperatorLayout } from '@/features/operator/OperatorLayout.tsx';
import { OUTGOING_DRAFT, OUTGOING_WORK } from '@/features/outgoing/boxes.ts';
import { LoadingState } from '@/ui/LoadingState.tsx';

type PageModule = { default: ComponentType };

/** A route whose page is loaded on first visit (keeps the first download small on phones). */
function page(path: string | undefined, load: () => Promise<PageModule>, index = false): RouteObject {
  const lazy = async () => ({ Component: (await load()).default });
  return index ? { index: true, lazy } : { path, lazy };
}

function guarded(anyOf: string[], children: RouteObject[]): RouteObject {
  return {
    element: (
      <RequirePermission anyOf={anyOf}>
        <Outlet />
      </RequirePermission>
    ),
    children,
  };
}

const routes: RouteObject[] = [
  page('/login', () => import('./login.tsx')),
  page('/operator/login', () => import('./operator/login.tsx')),
  // The QR code on a signed letter leads here: anyone, signed in or not, may check the letter.
  page('/v/:code', () => import('./public-verify.tsx')),
  {
    path: '/operator',
    element: <OperatorLayout />,
    children: [
      page(undefined, () => import('./operator/agencies.tsx'), true),
      page('agencies/new', () => import('./operator/agency-new.tsx')),
      page('agencies/:id', () => import('./operator/agency.tsx')),
      page('statistics', () => import('./operator/statistics.tsx')),
    ],
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      page(undefined, () => import('./home.tsx'), true),
      page('account', () => import('./account.tsx')),
      page('account/password', () => import('./account-password.tsx')),
      page('account/certificates', () => import('./account-certificates.tsx')),
      page('verify', () => import('./verify.tsx')),
      guarded(LETTER_WORK, [
        page('inbox/:queue', () => import('./letters/queue.tsx')),
        page('letters/:id', () => import('./letters/letter.tsx')),
        page('letters/:id/route', () => import('./letters/route.tsx')),
      ]),
      guarded(LETTER_INTAKE, [page('letters/new', () => import('./letters/new.tsx'))]),
      guarded(OUTGOING_DRAFT, [
        page('outgoing/new', () => import('./outgoing/new.tsx')),
        page('outgoing/:id/edit', () => import('./outgoing/edit.tsx')),
      ]),
      guarded(OUTGOING_WORK, [
        page('outbox/:box', () => import('./outgoing/box.tsx')),
        page('outgoing/:id', () => import('./outgoing/letter.tsx')),
      ]),
      guarded(
        [...LETTER_INTAKE, Perm.Registers],
        [page('letters/receive-book', () => import('./letters/receive-book.tsx'))],
      ),
      guarded(
        [Perm.NumberReserve, Perm.Registers],
        [page('reservations', () => import('./reservations.tsx'))],
      ),
      guarded(
        [Perm.Structure],
        [
          page('admin/org-units', () => import('./admin/org-units.tsx')),
          page('admin/positions', () => import('./admin/positions.tsx')),
          page('admin/command-presets', () => import('./admin/command-presets.tsx')),
          page('admin/salutations', () => import('./admin/salutations.tsx')),
        ],
      ),
      guarded(
        [LetterPerm.ViewHistory],
        [page('admin/letter-views', () => import('./admin/letter-views.tsx'))],
      ),
      guarded(
        [Perm.Personnel],
        [
          page('admin/people', () => import('./admin/people.tsx')),
          page('admin/people/new', () => import('./admin/person.tsx')),
          page('admin/people/:id', () => import('./admin/person.tsx')),
        ],
      ),
      guarded(USER_PAGES, [
        page('admin/users', () => import('./admin/users.tsx')),
        page('admin/users/:id', () => import('./admin/user.tsx')),
      ]),
      guarded(
        [Perm.Users],
        [
          page('admin/users/new', () => import('./admin/user.tsx')),
          page('admin/roles', () => import('./admin/roles.tsx')),
          page('admin/roles/new', () => import('./admin/role.tsx')),
          page('admin/roles/:id', () => import('./admin/role.tsx')),
        ],
      ),
      guarded(
        [Perm.Registers],
        [
          page('admin/registers', () => import('./admin/registers.tsx')),
          page('admin/registers/:id', () => import('./admin/register-book.tsx')),
        ],
      ),
      guarded([Perm.Signatures], [page('admin/certificates', () => import('./admin/certificates.tsx'))]),
      guarded([Perm.Logs], [page('admin/audit', () => import('./admin/audit.tsx'))]),
      page('*', () => import('./not-found.tsx')),
    ],
  },
];

/** Every page of the web app. */
export const router = createBrowserRouter([
  { element: <Outlet />, HydrateFallback: LoadingState, children: routes },
]);
