import 'i18next';
import type en from '../../locales/en/ui.json';
import type lms from '../../locales/en/lms.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    // The LMS words load into `ui` only where they are used (see lms-words.ts).
    resources: { ui: typeof en & typeof lms };
    returnNull: false;
  }
}
