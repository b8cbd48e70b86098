import type { AppInfo } from '../../shared/fileFormat/envelope';

/** Written into every exported file so a recipient knows which Keyplan produced it. */
export const APP_INFO: AppInfo = { name: 'Keyplan', version: __APP_VERSION__ };
