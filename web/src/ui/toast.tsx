import { Notification, Stack } from '@mantine/core';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

interface Toast {
  id: number;
  message: string;
  color: string;
}

const ToastContext = createContext<(message: string, color?: string) => void>(() => {});

/** Short confirmations ("บันทึกแล้ว") at the bottom of the screen, announced to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((x) => x.id !== id)), []);
  const notify = useCallback(
    (message: string, color = 'teal') => {
      const id = Date.now() + Math.random();
      setToasts((all) => [...all.slice(-2), { id, message, color }]);
      setTimeout(() => dismiss(id), 4000);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <Stack
        role="status"
        aria-live="polite"
        gap="xs"
        style={{
          position: 'fixed',
          bottom: 16,
          left: 16,
          right: 16,
          zIndex: 1000,
          pointerEvents: 'none',
          alignItems: 'center',
        }}
      >
        {toasts.map((toast) => (
          <Notification
            key={toast.id}
            color={toast.color}
            onClose={() => dismiss(toast.id)}
            withBorder
            style={{ pointerEvents: 'auto', width: '100%', maxWidth: 420 }}
          >
            {toast.message}
          </Notification>
        ))}
      </Stack>
    </ToastContext.Provider>
  );
}

/** Shows a short confirmation message. */
export function useToast() {
  return useContext(ToastContext);
}
