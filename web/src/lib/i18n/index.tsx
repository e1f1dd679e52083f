import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { z } from 'zod';
import zodEn from 'zod/v4/locales/en.js';
import zodTh from 'zod/v4/locales/th.js';
import { setApiLanguage } from '../api.ts';
import { en } from './en.ts';
import { type MessageKey, th } from './th.ts';

export type { MessageKey } from './th.ts';
export type Lang = 'th' | 'en';
/** Fills a message's {placeholders}. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const STORAGE_KEY = 'saraban.lang';
const catalogues: Record<Lang, Record<MessageKey, string>> = { th, en };

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'th';
  } catch {
    return 'th';
  }
}

/** Applies a language outside React: API header, Zod messages, the page's lang attribute. */
function applyLang(lang: Lang): void {
  setApiLanguage(lang, catalogues[lang]['error.network']);
  z.config(lang === 'th' ? zodTh() : zodEn());
  document.documentElement.lang = lang;
}

/** Builds t() for a language. */
export function makeT(lang: Lang): Translate {
  const messages = catalogues[lang];
  return (key, vars) => {
    const template = messages[key] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  };
}

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

/** Holds the chosen language (Thai by default, remembered in localStorage). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const l = initialLang();
    applyLang(l);
    return l;
  });
  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    applyLang(next);
    setLangState(next);
  }, []);
  const value = useMemo(() => ({ lang, setLang, t: makeT(lang) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useI18n().t;
}

/** The current language, its setter and t(). */
export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
