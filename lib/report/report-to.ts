declare const __CARM_GUIDE_REPORT_TO__: string | undefined;

/**
 * Where users send "Report this page" outlines: an e-mail address or an https:// address, set at build time with
 * the environment variable CARM_GUIDE_REPORT_TO (checked in wxt.config.ts). Empty when not set: the guide then names
 * no address.
 */
export const REPORT_TO: string = typeof __CARM_GUIDE_REPORT_TO__ === 'string' ? __CARM_GUIDE_REPORT_TO__ : '';

/** The checked value of CARM_GUIDE_REPORT_TO (build time): '' when unset; anything else that is not an address fails. */
export const checkReportTo = (raw: string | undefined): string => {
  const value = raw?.trim() ?? '';
  if (value === '') return '';
  if (/^[^\s@<>"]+@[^\s@<>".]+(\.[^\s@<>".]+)+$/.test(value) || /^https:\/\/[^\s<>"]+$/.test(value))
    return value;
  throw new Error(`CARM_GUIDE_REPORT_TO must be an e-mail address or an https:// address, not "${value}"`);
};

/** A link for the address: mailto: for an e-mail address (with a subject, never the outline), else the https one. */
export const reportHref = (to: string): string =>
  to.includes('@') && !to.startsWith('https://')
    ? `mailto:${to}?subject=${encodeURIComponent('CARM Guide page outline')}`
    : to;
