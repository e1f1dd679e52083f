import type { Translate } from '@/lib/i18n/index.tsx';

/**
 * What every people, unit and agency picker of these dialogs shares: typed search, a message while the
 * list loads or when nothing matches, a dropdown above the full-screen dialog, and a phone-sized height.
 */
export function pickerProps(loading: boolean, t: Translate, nothingFound = t('common.noResults')) {
  return {
    searchable: true,
    size: 'md' as const,
    nothingFoundMessage: loading ? t('common.loading') : nothingFound,
    comboboxProps: { withinPortal: true },
    maxDropdownHeight: 280,
  };
}
