import { Button } from '@mantine/core';
import { useI18n } from '@/lib/i18n/index.tsx';

/** Switches between Thai and English; the label is written in the language you switch to. */
export function LanguageToggle({ color }: { color?: string }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      color={color}
      lang={lang === 'th' ? 'en' : 'th'}
      aria-label={t('lang.switchLabel')}
      onClick={() => setLang(lang === 'th' ? 'en' : 'th')}
    >
      {t('lang.switch')}
    </Button>
  );
}
