import { useMediaQuery } from '@mantine/hooks';

/** True below Mantine's `sm` breakpoint (48em): lay out as a phone. */
export function usePhone(): boolean {
  return (
    useMediaQuery('(max-width: 48em)', typeof window !== 'undefined' && window.innerWidth < 768, {
      getInitialValueInEffect: false,
    }) ?? false
  );
}
