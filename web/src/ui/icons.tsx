import type { SVGProps } from 'react';

/** A few line icons drawn inline (no icon library); decorative unless given a title. */
function Icon({ d, size = 18, ...rest }: { d: string; size?: number } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      {...rest}
    >
      <path d={d} />
    </svg>
  );
}

type P = { size?: number };
export const IconPlus = (p: P) => <Icon {...p} d="M12 5v14M5 12h14" />;
export const IconEdit = (p: P) => <Icon {...p} d="M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4" />;
export const IconTrash = (p: P) => <Icon {...p} d="M4 7h16M10 11v6M14 11v6M5 7l1 13h12l1-13M9 7V4h6v3" />;
export const IconDots = (p: P) => <Icon {...p} d="M5 12h.01M12 12h.01M19 12h.01" strokeWidth={3} />;
export const IconMail = (p: P) => <Icon {...p} d="M3 6h18v12H3zM3 7l9 6 9-6" />;
export const IconInbox = (p: P) => <Icon {...p} d="M4 13h4l2 3h4l2-3h4M4 13l2-8h12l2 8v6H4z" />;
export const IconSearch = (p: P) => <Icon {...p} d="M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM21 21l-5-5" />;
export const IconLogout = (p: P) => <Icon {...p} d="M15 4h4v16h-4M10 8l-4 4 4 4M6 12h10" />;
export const IconChevronRight = (p: P) => <Icon {...p} d="M9 6l6 6-6 6" />;
export const IconChevronDown = (p: P) => <Icon {...p} d="M6 9l6 6 6-6" />;
export const IconCheck = (p: P) => <Icon {...p} d="M5 12l5 5L20 7" />;
export const IconX = (p: P) => <Icon {...p} d="M6 6l12 12M18 6L6 18" />;
export const IconAlert = (p: P) => <Icon {...p} d="M12 3l10 18H2zM12 10v5M12 18h.01" />;
export const IconShield = (p: P) => <Icon {...p} d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z" />;
export const IconBook = (p: P) => <Icon {...p} d="M4 5a2 2 0 0 1 2-2h14v16H6a2 2 0 0 0-2 2zM4 5v16" />;
export const IconUsers = (p: P) => (
  <Icon
    {...p}
    d="M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21c0-4 3-6 7-6s7 2 7 6M17 3a4 4 0 0 1 0 8M22 21c0-3-2-5-4-6"
  />
);
export const IconTree = (p: P) => (
  <Icon {...p} d="M12 3v6M6 15v-3h12v3M4 15h4v6H4zM16 15h4v6h-4zM10 3h4v6h-4z" />
);
