/** The CARM Client Portal's origin (the only host the extension may read); wxt.config.ts pins the same. */
export const PORTAL_ORIGIN = 'https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca';
