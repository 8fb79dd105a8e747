/** The CARM Client Portal's origin: the only host the extension runs on or links to. */
export const PORTAL_ORIGIN = 'https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca';
