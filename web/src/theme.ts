import { createTheme, type MantineColorsTuple } from '@mantine/core';

const saraban: MantineColorsTuple = [
  '#e8f1fb',
  '#d0e0f4',
  '#a1bfe8',
  '#6f9cdc',
  '#4680d2',
  '#2d6ecc',
  '#1f64ca',
  '#1254b3',
  '#064aa1',
  '#00408f',
];

const font = 'Sarabun, "Noto Sans Thai", Tahoma, system-ui, sans-serif';

/** Sarabun everywhere, the government blue, a little more line height for Thai vowels and tone marks. */
export const theme = createTheme({
  fontFamily: font,
  headings: { fontFamily: font, fontWeight: '700' },
  primaryColor: 'saraban',
  primaryShade: 7,
  colors: { saraban },
  defaultRadius: 'md',
  lineHeights: { xs: '1.5', sm: '1.55', md: '1.6', lg: '1.6', xl: '1.6' },
  components: {
    Button: { defaultProps: { radius: 'md' } },
  },
});
