import { tzOffset } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { z } from 'zod';
import { type Source, sourceSchema, textSchema } from '../i18n/text';
import { EASTERN_ZONE, inEastern, toEastern } from './eastern-time';

/**
 * CARM milestones as data (docs/facts.md §1). Status is never stored: statusAt() computes it from the clock,
 * so the product stays true on any day. Dates are Eastern instants written with the offset Toronto had then.
 */

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idSchema = z.string().regex(KEBAB, 'kebab-case id');

/** '2024-10-04T16:00:00-04:00': an ISO instant with an explicit numeric offset (no 'Z', no local time). */
const isoInstantSchema = z.iso
  .datetime({ offset: true })
  .refine((s) => !s.endsWith('Z'), 'write the Eastern offset');

/** The offset written in the string, in minutes (e.g. -240 for '-04:00'). */
const writtenOffset = (iso: string): number => {
  const match = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!match) return Number.NaN;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
};

export const supersededBySchema = z
  .object({
    /** Catalogue ids of the entries that replaced this one. */
    ids: z.array(idSchema).min(1).optional(),
    /** What superseded it, in words, e.g. "Cancelled by Customs Notice 24-17…". */
    notice: textSchema,
  })
  .strict();

export const catalogueEntrySchema = z
  .object({
    id: idSchema,
    /** milestone: something happened; window: a span with an end; cut-off: the last moment to do something. */
    kind: z.enum(['milestone', 'window', 'cut-off']),
    title: textSchema,
    detail: textSchema,
    start: isoInstantSchema,
    end: isoInstantSchema.optional(),
    /**
     * minute: start/end are exact times. day: the sources give only a date; start/end are 00:00 Eastern on
     * that day, the UI shows the date alone, and the entry lasts until the end of its (last) Eastern day.
     */
    precision: z.enum(['minute', 'day']),
    zone: z.literal(EASTERN_ZONE),
    source: sourceSchema,
    extraSources: z.array(sourceSchema).optional(),
    certainty: z.enum(['confirmed', 'uncertain']),
    supersededBy: supersededBySchema.optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    for (const field of ['start', 'end'] as const) {
      const iso = entry[field];
      if (iso === undefined) continue;
      const instant = new Date(iso);
      // The written offset must be Toronto's at that instant, so "4:00 pm EDT" cannot silently become 3:00 pm.
      if (writtenOffset(iso) !== tzOffset(EASTERN_ZONE, instant)) {
        ctx.addIssue({ code: 'custom', path: [field], message: `offset is not ${EASTERN_ZONE}'s at ${iso}` });
      }
      const e = toEastern(instant);
      if (entry.precision === 'day' && (e.getHours() !== 0 || e.getMinutes() !== 0 || e.getSeconds() !== 0)) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'day precision must be 00:00 Eastern' });
      }
    }
    if ((entry.kind === 'window') !== (entry.end !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'a window has an end; milestones and cut-offs do not',
      });
    }
    if (entry.end !== undefined && Date.parse(entry.end) <= Date.parse(entry.start)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end must be after start' });
    }
    if (entry.certainty === 'confirmed' && entry.source.certainty === 'uncertain') {
      ctx.addIssue({
        code: 'custom',
        path: ['certainty'],
        message: 'confirmed entry with an uncertain main source',
      });
    }
  });

export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;
export type CatalogueEntryInput = z.input<typeof catalogueEntrySchema>;

export const catalogueSchema = z.array(catalogueEntrySchema).superRefine((entries, ctx) => {
  const ids = new Set<string>();
  entries.forEach((entry, index) => {
    if (ids.has(entry.id))
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id ${entry.id}` });
    ids.add(entry.id);
  });
  entries.forEach((entry, index) => {
    for (const id of entry.supersededBy?.ids ?? []) {
      if (id === entry.id || !ids.has(id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'supersededBy', 'ids'], message: `unknown id ${id}` });
      }
    }
  });
});

/** A source from docs/facts.md, titled in both languages. */
function src(url: string, en: string, fr: string, certainty: Source['certainty'] = 'confirmed'): Source {
  return { url, title: { en, fr }, certainty };
}

const ZONE = EASTERN_ZONE;

// Sources reused by several entries (URLs exactly as in docs/facts.md).
const CN_24_14 = src(
  'https://argocustoms.com/customs-notice-24-14-preparing-for-carm-release-2-implementation-cutover-period/',
  'Customs Notice 24-14 (full text, Argo Customs)',
  'Avis des douanes 24-14 (texte intégral, Argo Customs)',
);
const CN_24_17_ARGO = src(
  'https://argocustoms.com/customs-notice-24-17-carm-launch-to-external-clients-rescheduled-to-october-2024/',
  'Customs Notice 24-17 (Argo Customs)',
  'Avis des douanes 24-17 (Argo Customs)',
);
const CN_24_17_WILLSON = src(
  'https://willsonintl.com/archives/news/customs-notice-24-17-carm-launch-to-external-clients-rescheduled-to-october-2024',
  'Customs Notice 24-17 (Willson International)',
  'Avis des douanes 24-17 (Willson International)',
);
const CN_24_18_TURBO = src(
  'https://www.turboclr.com/forms-notices',
  'Customs Notice 24-18, quoted with its dates (Turbo Customs)',
  'Avis des douanes 24-18, cité avec ses dates (Turbo Customs)',
);
const CN_24_29_CBSA = src(
  'https://cbsa-asfc.gc.ca/publications/cn-ad/cn24-29-eng.html',
  'CBSA: Customs Notice 24-29',
  'ASFC : Avis des douanes 24-29',
);
const WILLSON_GO_LIVE = src(
  'https://willsonintl.com/archives/news/carm-going-live-on-october-21-2024',
  'CARM going live on October 21, 2024 (Willson International)',
  'Lancement de la GCRA le 21 octobre 2024 (Willson International)',
);
const NEWSWIRE_EN = src(
  'https://www.newswire.ca/news-releases/commercial-importers-provided-30-day-extension-to-submit-financial-security-before-the-end-of-carm-transition-period-875916256.html',
  'CBSA news release: 30-day extension to submit financial security',
  'Communiqué de l’ASFC (anglais) : prolongation de 30 jours pour la garantie financière',
);
const NEWSWIRE_FR = src(
  'https://www.newswire.ca/fr/news-releases/les-importateurs-commerciaux-obtiennent-une-prolongation-de-30-jours-pour-soumettre-la-garantie-financiere-avant-la-fin-de-la-periode-de-transition-de-la-gcra-886153647.html',
  'CBSA news release (French): 30-day extension to submit financial security',
  'Communiqué de l’ASFC : prolongation de 30 jours pour soumettre la garantie financière',
);
const COLE_UPDATES = src(
  'https://info.coleintl.com/carm-implementation-updates',
  'CARM implementation updates (Cole International)',
  'Mises à jour sur la mise en œuvre de la GCRA (Cole International)',
);
const COLE_EXTENDED = src(
  'https://blog.coleintl.com/tradenews/cbsa-announces-extended-carm-transition-measures?hs_amp=true',
  'CBSA announces extended CARM transition measures (Cole International)',
  'L’ASFC prolonge les mesures de transition de la GCRA (Cole International, en anglais)',
);
const LIVINGSTON_GRACE = src(
  'https://livingstonintl.com/cbsas-grace-period-for-late-accounting-penalties-has-ended',
  'The grace period for late accounting penalties has ended (Livingston)',
  'Fin de la période de grâce pour les pénalités de déclaration en détail tardive (Livingston, en anglais)',
);
const COLE_CN_25_32_EN = src(
  'https://blog.coleintl.com/tradenews/carm-transition-period-ends-december-31-ahead-of-full-implementation?hs_amp=true',
  'CARM transition period ends December 31 (Cole International)',
  'Fin de la période de transition de la GCRA le 31 décembre (Cole International, en anglais)',
);
const COLE_CN_25_32_FR = src(
  'https://fr-blog.coleintl.com/tradenews/carm-transition-period-ends-december-31-ahead-of-full-implementation?hs_amp=true',
  'CARM transition period ends December 31 (Cole International, French)',
  'Fin de la période de transition de la GCRA le 31 décembre (Cole International)',
);
const COLE_LATE_PAYMENT = src(
  'https://blog.coleintl.com/tradenews/late-payment-penalties-and-interest-under-carm-to-resume-starting-january-31?hs_amp=true',
  'Late payment penalties and interest resume from January 31 (Cole International)',
  'Reprise des pénalités et intérêts pour paiement en retard le 31 janvier (Cole International, en anglais)',
);
const DILAS_REVIEW = src(
  'https://dilas.ca/annual-review-of-the-financial-security-requirement-by-cbsa',
  'Annual review of the financial security requirement (Dilas, single broker)',
  'Examen annuel de la garantie financière exigée (Dilas, un seul courtier, en anglais)',
  'uncertain',
);

const CN_24_17_NOTICE = {
  en: 'Cancelled by Customs Notice 24-17: the launch for importers and brokers moved to October 2024. Customs Notice 24-18 then set it for October 21, 2024.',
  fr: 'Annulé par l’Avis des douanes 24-17 : le lancement auprès des importateurs et des courtiers a été reporté à octobre 2024. L’Avis des douanes 24-18 l’a ensuite fixé au 21 octobre 2024.',
};

const RAW_CATALOGUE: CatalogueEntryInput[] = [
  {
    id: 'release-0-arl-go-live',
    kind: 'milestone',
    title: {
      en: 'CBSA’s new accounts receivable ledger goes live (later called Release 0)',
      fr: 'Mise en service du nouveau grand livre des comptes clients de l’ASFC (appelé plus tard version 0)',
    },
    detail: {
      en: 'The Accounts Receivable Ledger (ARL) that CARM later built on went live; the first Daily Notice followed on January 26 and the first Statement of Account on February 25, 2016. The date is the target in a 2015 CBSA presentation, and CBSA’s own audit page has its years stripped.',
      fr: 'Le grand livre des comptes clients (GLCC), sur lequel la GCRA s’est ensuite appuyée, a été mis en service; le premier avis quotidien a suivi le 26 janvier et le premier relevé de compte, le 25 février 2016. La date est celle prévue dans une présentation de l’ASFC de 2015, et la page d’audit de l’ASFC n’indique plus les années.',
    },
    start: '2016-01-25T00:00:00-05:00',
    precision: 'day',
    zone: ZONE,
    source: src(
      'https://cbsa-asfc.gc.ca/agency-agence/reports-rapports/ae-ve/carm-gcra/findings-constatations-eng.html',
      'CBSA audit of CARM: findings',
      'Audit de la GCRA par l’ASFC : constatations',
      'uncertain',
    ),
    certainty: 'uncertain',
  },
  {
    id: 'release-0-sap-move',
    kind: 'milestone',
    title: {
      en: 'Release 0: CBSA moves its accounts ledger to a new system',
      fr: 'Version 0 : l’ASFC transfère son grand livre des comptes vers un nouveau système',
    },
    detail: {
      en: 'CBSA moved its accounts receivable ledger onto SAP S/4HANA to prepare for CARM. Brokers call this Release 0; the date comes from one broker text found on a mirror site.',
      fr: 'L’ASFC a transféré son grand livre des comptes clients vers SAP S/4HANA pour préparer la GCRA. Des courtiers appellent cette étape « version 0 »; la date provient d’un seul texte de courtier, trouvé sur un site miroir.',
    },
    start: '2021-01-18T00:00:00-05:00',
    precision: 'day',
    zone: ZONE,
    source: src(
      'http://www.kofckent.org/index-40.html',
      'CARM: Information and Resources (Farrow, mirror copy)',
      'CARM: Information and Resources (Farrow, copie miroir, en anglais)',
      'uncertain',
    ),
    extraSources: [
      src('https://buckland.com/carm/', 'CARM (Buckland)', 'GCRA (Buckland, en anglais)', 'uncertain'),
    ],
    certainty: 'uncertain',
  },
  {
    id: 'release-1-portal-opens',
    kind: 'milestone',
    title: {
      en: 'Release 1: the CARM Client Portal opens',
      fr: 'Version 1 : ouverture du portail client de la GCRA',
    },
    detail: {
      en: 'Importers, customs brokers and trade consultants could sign in to view transactions and statements, pay online, request rulings and delegate access.',
      fr: 'Les importateurs, les courtiers en douane et les conseillers en commerce pouvaient s’y connecter pour consulter leurs transactions et leurs relevés, payer en ligne, demander des décisions et déléguer l’accès.',
    },
    start: '2021-05-25T00:00:00-04:00',
    precision: 'day',
    zone: ZONE,
    source: src(
      'https://www.frontierscs.com/carm-client-portal/',
      'CARM Client Portal (Frontier Supply Chain Solutions)',
      'Portail client de la GCRA (Frontier Supply Chain Solutions, en anglais)',
    ),
    extraSources: [
      src(
        'https://www.canaantransport.com/carm-client-portal-is-now-open/',
        'The CARM Client Portal is now open (Canaan Transport)',
        'Le portail client de la GCRA est ouvert (Canaan Transport, en anglais)',
      ),
      src(
        'https://www.mondaq.com/canada/international-trade-amp-investment/1086688/the-cbsas-carm-client-portal-is-now-live',
        'The CBSA’s CARM Client Portal is now live (Mondaq)',
        'Le portail client de la GCRA de l’ASFC est en ligne (Mondaq, en anglais)',
      ),
    ],
    certainty: 'confirmed',
  },
  {
    id: 'cn-24-17-launch-postponed',
    kind: 'milestone',
    title: {
      en: 'CBSA postpones the CARM launch for importers and brokers (Customs Notice 24-17)',
      fr: 'L’ASFC reporte le lancement de la GCRA pour les importateurs et les courtiers (Avis des douanes 24-17)',
    },
    detail: {
      en: 'On April 19, 2024, CBSA announced that CARM would still go live inside CBSA on May 13 but that the launch for importers and brokers would move to October 2024. Customs Notice 24-17, dated April 26, 2024, cancelled the May cutover; the old systems and the release prior to payment (RPP) rules stayed in place until October.',
      fr: 'Le 19 avril 2024, l’ASFC a annoncé que la GCRA serait tout de même lancée à l’interne le 13 mai, mais que le lancement auprès des importateurs et des courtiers était reporté à octobre 2024. L’Avis des douanes 24-17, daté du 26 avril 2024, a annulé la période de transfert de mai; les anciens systèmes et les règles de mainlevée avant paiement (MAP) sont restés en place jusqu’en octobre.',
    },
    start: '2024-04-19T00:00:00-04:00',
    precision: 'day',
    zone: ZONE,
    source: CN_24_17_ARGO,
    extraSources: [CN_24_17_WILLSON],
    certainty: 'confirmed',
  },
  {
    id: 'may-2024-cutover-plan',
    kind: 'window',
    title: {
      en: 'Planned May 2024 cutover (Customs Notice 24-14)',
      fr: 'Période de transfert prévue en mai 2024 (Avis des douanes 24-14)',
    },
    detail: {
      en: 'CBSA planned to retire its old systems (CCS and CADEX) and close the portal from April 26, 4:00 p.m. EDT, to May 13, 2024, 3:00 a.m. EDT, with CARM going live for everyone on May 13.',
      fr: 'L’ASFC prévoyait de mettre hors service ses anciens systèmes (SDSC et CADEX) et de fermer le portail du 26 avril, 16 h HAE, au 13 mai 2024, 3 h HAE, pour lancer la GCRA auprès de tous le 13 mai.',
    },
    start: '2024-04-26T16:00:00-04:00',
    end: '2024-05-13T03:00:00-04:00',
    precision: 'minute',
    zone: ZONE,
    source: CN_24_14,
    certainty: 'confirmed',
    supersededBy: {
      ids: ['cn-24-17-launch-postponed', 'cn-24-18-rm-moves-to-cbsa'],
      notice: CN_24_17_NOTICE,
    },
  },
  {
    id: 'may-2024-across-outage',
    kind: 'window',
    title: {
      en: 'Planned outage of the ACROSS release system, April 27–28, 2024',
      fr: 'Interruption prévue du système de mainlevée ACROSS, 27 et 28 avril 2024',
    },
    detail: {
      en: 'CBSA planned to take ACROSS, the system that releases goods at the border, offline for two days as part of the May 2024 cutover.',
      fr: 'L’ASFC prévoyait d’interrompre pendant deux jours ACROSS, le système qui accorde la mainlevée des marchandises à la frontière, dans le cadre de la période de transfert de mai 2024.',
    },
    start: '2024-04-27T00:00:00-04:00',
    end: '2024-04-28T00:00:00-04:00',
    precision: 'day',
    zone: ZONE,
    source: CN_24_17_WILLSON,
    certainty: 'confirmed',
    supersededBy: {
      ids: ['cn-24-17-launch-postponed'],
      notice: {
        en: 'Cancelled by Customs Notice 24-17 along with the May cutover.',
        fr: 'Annulée par l’Avis des douanes 24-17, en même temps que la période de transfert de mai.',
      },
    },
  },
  {
    id: 'may-2024-cra-bn-rm-cut-off',
    kind: 'cut-off',
    title: {
      en: 'Planned last moment to get a business number and RM account from CRA (May 2024 plan)',
      fr: 'Dernier moment prévu pour obtenir un numéro d’entreprise et un compte RM auprès de l’ARC (plan de mai 2024)',
    },
    detail: {
      en: 'Under the May 2024 plan, CRA would issue business numbers and import-export (RM) accounts until 7:00 p.m. EDT on Friday, May 10, 2024.',
      fr: 'Selon le plan de mai 2024, l’ARC devait délivrer des numéros d’entreprise et des comptes d’importation-exportation (RM) jusqu’au vendredi 10 mai 2024, 19 h HAE.',
    },
    start: '2024-05-10T19:00:00-04:00',
    precision: 'minute',
    zone: ZONE,
    source: CN_24_14,
    certainty: 'confirmed',
    supersededBy: {
      ids: ['cn-24-17-launch-postponed', 'cn-24-18-rm-moves-to-cbsa'],
      notice: {
        en: 'The May plan was cancelled (Customs Notice 24-17). Instead, Customs Notice 24-18 moved RM accounts from CRA to CBSA on May 13, 2024; CRA still issues the business number.',
        fr: 'Le plan de mai a été annulé (Avis des douanes 24-17). L’Avis des douanes 24-18 a plutôt confié les comptes RM à l’ASFC à partir du 13 mai 2024; l’ARC délivre toujours le numéro d’entreprise.',
      },
    },
  },
  {
    id: 'cn-24-18-rm-moves-to-cbsa',
    kind: 'milestone',
    title: {
      en: 'Import-export (RM) accounts move from CRA to CBSA (Customs Notice 24-18)',
      fr: 'Les comptes d’importation-exportation (RM) passent de l’ARC à l’ASFC (Avis des douanes 24-18)',
    },
    detail: {
      en: 'From May 13, 2024, CBSA registers and maintains RM program accounts; CRA still issues the 9-digit business number (BN9). Until October, an interim process with CBSA forms applied. The same notice set the launch for importers and brokers for October 21, 2024.',
      fr: 'Depuis le 13 mai 2024, l’ASFC enregistre et tient à jour les comptes de programme RM; l’ARC délivre toujours le numéro d’entreprise à 9 chiffres (NE9). Jusqu’en octobre, un processus provisoire avec des formulaires de l’ASFC s’appliquait. Le même avis a fixé le lancement auprès des importateurs et des courtiers au 21 octobre 2024.',
    },
    start: '2024-05-13T00:00:00-04:00',
    precision: 'day',
    zone: ZONE,
    source: CN_24_18_TURBO,
    extraSources: [
      src(
        'https://argocustoms.com/new_-registering-for-an-import-export-program-rm-account/',
        'Registering for an import-export program (RM) account (Argo Customs)',
        'S’inscrire à un compte de programme d’importation-exportation (RM) (Argo Customs, en anglais)',
      ),
      src(
        'https://cbsa-asfc.gc.ca/publications/cn-ad/cn24-18-eng.html',
        'CBSA: Customs Notice 24-18',
        'ASFC : Avis des douanes 24-18',
      ),
    ],
    certainty: 'confirmed',
  },
  {
    id: 'release-2-internal-launch',
    kind: 'milestone',
    title: { en: 'CARM goes live inside CBSA', fr: 'Lancement interne de la GCRA à l’ASFC' },
    detail: {
      en: 'CBSA switched on Release 2 for its own staff on May 13, 2024, as planned; importers and brokers kept using the old systems until October 21, 2024. CBSA notices therefore call the October launch Release 3.',
      fr: 'L’ASFC a lancé la version 2 pour son propre personnel le 13 mai 2024, comme prévu; les importateurs et les courtiers ont continué d’utiliser les anciens systèmes jusqu’au 21 octobre 2024. C’est pourquoi les avis de l’ASFC appellent le lancement d’octobre « version 3 ».',
    },
    start: '2024-05-13T00:00:00-04:00',
    precision: 'day',
    zone: ZONE,
    source: CN_24_17_ARGO,
    certainty: 'confirmed',
  },
  {
    id: 'october-2024-cutover',
    kind: 'window',
    title: {
      en: 'October 2024 cutover: portal closed, old systems retired',
      fr: 'Période de transfert d’octobre 2024 : portail fermé, anciens systèmes mis hors service',
    },
    detail: {
      en: 'From October 4, 4:00 p.m. ET, to October 21, 2024, 3:00 a.m. ET (Customs Notices 24-29 and 24-30), the portal was unavailable: no registration, payments or statements. CCS and CADEX were retired at the start, and Customs Self-Assessment (CSA) enrolment paused until October 21.',
      fr: 'Du 4 octobre, 16 h HE, au 21 octobre 2024, 3 h HE (Avis des douanes 24-29 et 24-30), le portail était indisponible : aucun enregistrement, paiement ni relevé. Le SDSC et CADEX ont été mis hors service au début de la période, et l’inscription au Programme d’autocotisation des douanes (PAD) a été suspendue jusqu’au 21 octobre.',
    },
    start: '2024-10-04T16:00:00-04:00',
    end: '2024-10-21T03:00:00-04:00',
    precision: 'minute',
    zone: ZONE,
    source: src(
      'https://cbsa-asfc.gc.ca/publications/cn-ad/cn24-30-eng.html',
      'CBSA: Customs Notice 24-30',
      'ASFC : Avis des douanes 24-30',
    ),
    extraSources: [
      CN_24_29_CBSA,
      src(
        'https://www.turboclr.com/cbsa-carm',
        'CBSA CARM (Turbo Customs)',
        'GCRA de l’ASFC (Turbo Customs, en anglais)',
      ),
      src(
        'https://logfret.co.uk/news/preparing-for-the-carm-october-implementation-cutover-period',
        'Preparing for the CARM October implementation cutover period (Logfret)',
        'Préparation à la période de transfert d’octobre de la GCRA (Logfret, en anglais)',
      ),
    ],
    certainty: 'confirmed',
  },
  {
    id: 'october-2024-across-maintenance',
    kind: 'window',
    title: {
      en: 'ACROSS release system maintenance during the cutover',
      fr: 'Maintenance du système de mainlevée ACROSS pendant la période de transfert',
    },
    detail: {
      en: 'Release of goods (ACROSS) kept running through the cutover, except for a maintenance window from the evening of October 5 to the morning of October 6, 2024.',
      fr: 'La mainlevée des marchandises (ACROSS) a continué pendant la période de transfert, sauf pendant une maintenance du soir du 5 octobre au matin du 6 octobre 2024.',
    },
    start: '2024-10-05T00:00:00-04:00',
    end: '2024-10-06T00:00:00-04:00',
    precision: 'day',
    zone: ZONE,
    source: WILLSON_GO_LIVE,
    certainty: 'confirmed',
  },
  {
    id: 'new-bn-rm-interim-cut-off',
    kind: 'cut-off',
    title: {
      en: 'Last moment to get a new business number and RM account through the interim route',
      fr: 'Dernier moment pour obtenir un nouveau numéro d’entreprise et un compte RM par la voie provisoire',
    },
    detail: {
      en: 'New importers could get a business number from CRA and an RM account from CBSA through the interim process until 12:00 p.m. ET. Since the October 21, 2024 launch, RM accounts are issued only through the CARM Client Portal, where most resident businesses can also get their business number. Customs Notice 24-29 gives the time; the date comes from broker summaries.',
      fr: 'Les nouveaux importateurs pouvaient obtenir un numéro d’entreprise auprès de l’ARC et un compte RM auprès de l’ASFC par le processus provisoire jusqu’à 12 h HE. Depuis le lancement du 21 octobre 2024, les comptes RM sont délivrés uniquement dans le portail client de la GCRA, où la plupart des entreprises résidentes peuvent aussi obtenir leur numéro d’entreprise. L’Avis des douanes 24-29 donne l’heure; la date provient de résumés de courtiers.',
    },
    start: '2024-10-18T12:00:00-04:00',
    precision: 'minute',
    zone: ZONE,
    source: { ...CN_24_29_CBSA, certainty: 'uncertain' },
    extraSources: [
      src(
        'https://logfret.co.uk/news/preparing-for-the-carm-october-implementation-cutover-period',
        'Preparing for the CARM October implementation cutover period (Logfret)',
        'Préparation à la période de transfert d’octobre de la GCRA (Logfret, en anglais)',
        'uncertain',
      ),
      src(
        'https://borderbrokers.com/2024/10/15/carm-cutover-period-october-4th-to-october-21st-2024',
        'CARM cutover period, October 4 to 21, 2024 (Border Brokers)',
        'Période de transfert de la GCRA, du 4 au 21 octobre 2024 (Border Brokers, en anglais)',
        'uncertain',
      ),
    ],
    certainty: 'uncertain',
  },
  {
    id: 'october-2024-go-live',
    kind: 'milestone',
    title: {
      en: 'CARM goes live for importers and brokers',
      fr: 'Lancement de la GCRA pour les importateurs et les courtiers',
    },
    detail: {
      en: 'CARM became the official system for accounting for commercial goods and paying duties and taxes, and the portal reopened. The Commercial Accounting Declaration (CAD) replaced the B3 and B2 forms. CBSA notices call this Release 3; many brokers call it Release 2.',
      fr: 'La GCRA est devenue le système officiel pour déclarer en détail les marchandises commerciales et payer les droits et taxes, et le portail a rouvert. La déclaration en détail commerciale (DDC) a remplacé les formulaires B3 et B2. Les avis de l’ASFC parlent de la version 3; bien des courtiers disent « version 2 ».',
    },
    start: '2024-10-21T00:00:00-04:00',
    precision: 'day',
    zone: ZONE,
    source: WILLSON_GO_LIVE,
    extraSources: [NEWSWIRE_EN],
    certainty: 'confirmed',
  },
  {
    id: 'penalty-free-period',
    kind: 'window',
    title: {
      en: '90 days without penalties for late accounting or payment',
      fr: '90 jours sans pénalité pour déclaration en détail ou paiement en retard',
    },
    detail: {
      en: 'No penalties or interest for late accounting or late payment from October 21, 2024, to January 19, 2025 (Customs Notice 24-29, paragraph 34). Customs Notice 25-02 then extended the relief for late payment only, up to the March 31, 2025 due date.',
      fr: 'Aucune pénalité ni aucun intérêt pour une déclaration en détail ou un paiement en retard du 21 octobre 2024 au 19 janvier 2025 (Avis des douanes 24-29, paragraphe 34). L’Avis des douanes 25-02 a ensuite prolongé l’allègement pour les paiements en retard seulement, jusqu’à l’échéance du 31 mars 2025.',
    },
    start: '2024-10-21T00:00:00-04:00',
    end: '2025-01-19T00:00:00-05:00',
    precision: 'day',
    zone: ZONE,
    source: COLE_UPDATES,
    extraSources: [LIVINGSTON_GRACE, COLE_EXTENDED],
    certainty: 'confirmed',
  },
  {
    id: 'rpp-transition-extended',
    kind: 'milestone',
    title: {
      en: 'CBSA extends the RPP transition period by 30 days',
      fr: 'L’ASFC prolonge de 30 jours la période de transition de la MAP',
    },
    detail: {
      en: 'Commercial importers got 30 more days to post their financial security in CARM before the end of the release prior to payment (RPP) transition period.',
      fr: 'Les importateurs commerciaux ont obtenu 30 jours de plus pour soumettre leur garantie financière dans la GCRA avant la fin de la période de transition de la mainlevée avant paiement (MAP).',
    },
    start: '2025-03-26T00:00:00-04:00',
    precision: 'day',
    zone: ZONE,
    source: NEWSWIRE_EN,
    extraSources: [NEWSWIRE_FR],
    certainty: 'confirmed',
  },
  {
    id: 'late-payment-penalties-resume-2025',
    kind: 'milestone',
    title: { en: 'Late payment penalties apply again', fr: 'Retour des pénalités pour paiement en retard' },
    detail: {
      en: 'From April 1, 2025, late payment penalties applied to March statements still unpaid; interest followed from April 4, 2025, and first appeared on the April 25, 2025 statement.',
      fr: 'À partir du 1er avril 2025, des pénalités pour paiement en retard s’appliquaient aux relevés de mars encore impayés; les intérêts ont suivi à partir du 4 avril 2025 et figuraient pour la première fois sur le relevé du 25 avril 2025.',
    },
    start: '2025-04-01T00:00:00-04:00',
    precision: 'day',
    zone: ZONE,
    source: COLE_EXTENDED,
    extraSources: [COLE_UPDATES, LIVINGSTON_GRACE],
    certainty: 'confirmed',
  },
  {
    id: 'cn-25-16-late-accounting-penalties',
    kind: 'milestone',
    title: {
      en: 'Late accounting penalties for importers not registered or without a delegation (Customs Notice 25-16)',
      fr: 'Pénalités pour déclaration en détail tardive : importateurs non enregistrés ou sans délégation (Avis des douanes 25-16)',
    },
    detail: {
      en: 'CBSA said it was issuing late accounting penalties where CADs were missing, mainly because the importer had not registered in the portal or had not approved a delegation of authority, so the broker could not account.',
      fr: 'L’ASFC a indiqué qu’elle imposait des pénalités pour déclaration en détail tardive lorsque des DDC manquaient, surtout parce que l’importateur ne s’était pas enregistré dans le portail ou n’avait pas approuvé de délégation de pouvoirs, si bien que son courtier ne pouvait pas faire la déclaration en détail.',
    },
    start: '2025-04-10T00:00:00-04:00',
    precision: 'day',
    zone: ZONE,
    source: src(
      'https://cscb.ca/en/article/customs-notice-25-16-late-accounting-penalties-registration-and-delegation-authority',
      'Customs Notice 25-16 (Canadian Society of Customs Brokers)',
      'Avis des douanes 25-16 (Société canadienne des courtiers en douane, en anglais)',
    ),
    certainty: 'confirmed',
  },
  {
    id: 'rpp-transition-original-end',
    kind: 'cut-off',
    title: {
      en: 'Original end of the RPP transition period',
      fr: 'Fin initialement prévue de la période de transition de la MAP',
    },
    detail: {
      en: 'Importers enrolled automatically in release prior to payment (RPP) at launch could keep it without their own financial security for 180 days, until April 19, 2025 (Customs Notice 24-27).',
      fr: 'Les importateurs inscrits automatiquement à la mainlevée avant paiement (MAP) au lancement pouvaient la conserver sans leur propre garantie financière pendant 180 jours, soit jusqu’au 19 avril 2025 (Avis des douanes 24-27).',
    },
    start: '2025-04-19T00:00:00-04:00',
    precision: 'day',
    zone: ZONE,
    source: src(
      'https://www.universallogistics.ca/route-newsletter-articles/carm-deadline-obtain-update-financial-security-may-20-april-2025',
      'CARM deadline to obtain or update financial security (Universal Logistics)',
      'Date limite de la GCRA pour obtenir ou mettre à jour la garantie financière (Universal Logistics, en anglais)',
    ),
    certainty: 'confirmed',
    supersededBy: {
      ids: ['rpp-transition-extended', 'rpp-transition-end'],
      notice: {
        en: 'Extended by 30 days on March 26, 2025: the transition ended at 3:00 a.m. EDT on May 20, 2025.',
        fr: 'Prolongée de 30 jours le 26 mars 2025 : la transition a pris fin le 20 mai 2025 à 3 h HAE.',
      },
    },
  },
  {
    id: 'rpp-transition-end',
    kind: 'cut-off',
    title: {
      en: 'End of the RPP transition period: your own financial security is required',
      fr: 'Fin de la période de transition de la MAP : votre propre garantie financière est exigée',
    },
    detail: {
      en: 'Since 3:00 a.m. EDT on May 20, 2025, importers with no financial security posted in CARM have lost release prior to payment (RPP) and must pay duties and taxes before their goods are released (Customs Notice 25-22).',
      fr: 'Depuis le 20 mai 2025 à 3 h HAE, les importateurs qui n’ont pas déposé de garantie financière dans la GCRA ont perdu la mainlevée avant paiement (MAP) et doivent payer les droits et taxes avant la mainlevée de leurs marchandises (Avis des douanes 25-22).',
    },
    start: '2025-05-20T03:00:00-04:00',
    precision: 'minute',
    zone: ZONE,
    source: NEWSWIRE_EN,
    extraSources: [
      NEWSWIRE_FR,
      src(
        'https://www.chrobinson.com/en-us/resources/insights-and-advisories/client-advisories/2025q2/05-23-2025-client-advisory-updated-customs-notice-25-22-end-of-rpp-transition-period',
        'Updated Customs Notice 25-22: end of the RPP transition period (C.H. Robinson)',
        'Avis des douanes 25-22 mis à jour : fin de la transition de la MAP (C.H. Robinson, en anglais)',
      ),
    ],
    certainty: 'confirmed',
  },
  {
    id: 'cn-25-23-rpp-contingency',
    kind: 'milestone',
    title: {
      en: 'Temporary RPP contingency for perishable goods (Customs Notice 25-23)',
      fr: 'Mesure d’urgence temporaire de la MAP pour les marchandises périssables (Avis des douanes 25-23)',
    },
    detail: {
      en: 'CBSA set a temporary contingency for perishable or time-sensitive goods of importers not enrolled in RPP. Brokers must not use their own BN15 to speed up release for those importers.',
      fr: 'L’ASFC a prévu une mesure d’urgence temporaire pour les marchandises périssables ou urgentes des importateurs non inscrits à la MAP. Les courtiers ne doivent pas utiliser leur propre NE15 pour accélérer la mainlevée de ces importateurs.',
    },
    start: '2025-05-30T00:00:00-04:00',
    precision: 'day',
    zone: ZONE,
    source: src(
      'https://fr-blog.coleintl.com/tradenews/cbsa-issues-rpp-contingency-plan-for-time-sensitive-and-perishable-goods',
      'CBSA RPP contingency plan for perishable goods (Cole International, French)',
      'Plan d’urgence de la MAP pour les marchandises périssables (Cole International)',
    ),
    certainty: 'confirmed',
  },
  {
    id: 'security-review-2025',
    kind: 'milestone',
    title: {
      en: 'First annual review of RPP financial security',
      fr: 'Premier examen annuel de la garantie financière pour la MAP',
    },
    detail: {
      en: 'CBSA recalculated the security required for each RM account and sent a portal notification only where the amount went up. Reported by a single broker.',
      fr: 'L’ASFC a recalculé la garantie exigée pour chaque compte RM et a envoyé un avis dans le portail seulement lorsque le montant augmentait. Information rapportée par un seul courtier.',
    },
    start: '2025-10-20T00:00:00-04:00',
    precision: 'day',
    zone: ZONE,
    source: DILAS_REVIEW,
    certainty: 'uncertain',
  },
  {
    id: 'transition-measures-end',
    kind: 'cut-off',
    title: {
      en: 'Last day of all CARM transition measures',
      fr: 'Dernier jour de toutes les mesures de transition de la GCRA',
    },
    detail: {
      en: 'Customs Notice 25-32: all temporary CARM transition measures ended on December 31, 2025.',
      fr: 'Avis des douanes 25-32 : toutes les mesures de transition temporaires de la GCRA ont pris fin le 31 décembre 2025.',
    },
    start: '2025-12-31T00:00:00-05:00',
    precision: 'day',
    zone: ZONE,
    source: COLE_CN_25_32_EN,
    extraSources: [COLE_CN_25_32_FR],
    certainty: 'confirmed',
  },
  {
    id: 'importer-of-record-liability',
    kind: 'milestone',
    title: {
      en: 'The importer of record becomes liable for duties and taxes',
      fr: 'L’importateur officiel devient responsable des droits et taxes',
    },
    detail: {
      en: 'From January 1, 2026, Customs Act amendments apply: the importer of record is liable for duties and taxes along with the importer and the owner, registration and financial security rules are enforced, and broker business numbers may be used only in limited cases.',
      fr: 'Depuis le 1er janvier 2026, des modifications à la Loi sur les douanes s’appliquent : l’importateur officiel est responsable des droits et taxes avec l’importateur et le propriétaire, les règles d’enregistrement et de garantie financière sont appliquées, et les numéros d’entreprise des courtiers ne peuvent servir que dans certains cas.',
    },
    start: '2026-01-01T00:00:00-05:00',
    precision: 'day',
    zone: ZONE,
    source: COLE_CN_25_32_EN,
    extraSources: [COLE_CN_25_32_FR],
    certainty: 'confirmed',
  },
  {
    id: 'security-review-deadline',
    kind: 'cut-off',
    title: {
      en: 'Deadline to post the new financial security amount',
      fr: 'Date limite pour déposer le nouveau montant de garantie financière',
    },
    detail: {
      en: 'Importers whose required security went up at the October 2025 review had to post the new amount by January 15, 2026, to keep release prior to payment (RPP). Reported by a single broker.',
      fr: 'Les importateurs dont la garantie exigée a augmenté lors de l’examen d’octobre 2025 devaient déposer le nouveau montant au plus tard le 15 janvier 2026 pour conserver la mainlevée avant paiement (MAP). Information rapportée par un seul courtier.',
    },
    start: '2026-01-15T00:00:00-05:00',
    precision: 'day',
    zone: ZONE,
    source: DILAS_REVIEW,
    certainty: 'uncertain',
  },
  {
    id: 'interest-accrues-2026',
    kind: 'milestone',
    title: {
      en: 'Interest accrues again on overdue balances',
      fr: 'Les intérêts courent de nouveau sur les soldes en souffrance',
    },
    detail: {
      en: 'The waivers of late payment penalties and interest ended in January 2026: interest accrues on balances overdue as of January 31, 2026, and first appears on the February 25, 2026 statement.',
      fr: 'Les exonérations de pénalités et d’intérêts pour paiement en retard ont pris fin en janvier 2026 : les intérêts courent sur les soldes en souffrance au 31 janvier 2026 et figurent pour la première fois sur le relevé du 25 février 2026.',
    },
    start: '2026-01-31T00:00:00-05:00',
    precision: 'day',
    zone: ZONE,
    source: COLE_LATE_PAYMENT,
    extraSources: [
      src(
        'http://www.lmclark.com/carmlate.html',
        'CARM late payment penalties and interest (L.M. Clark)',
        'Pénalités et intérêts pour paiement en retard dans la GCRA (L.M. Clark, en anglais)',
      ),
    ],
    certainty: 'confirmed',
  },
  {
    id: 'portal-maintenance-tcc26-0036',
    kind: 'window',
    title: {
      en: 'Scheduled portal maintenance (bulletin TCC26-0036)',
      fr: 'Maintenance prévue du portail (bulletin TCC26-0036)',
    },
    detail: {
      en: 'The CARM Client Portal was unavailable for scheduled maintenance from 3:00 a.m. to 6:00 a.m. ET on February 13, 2026.',
      fr: 'Le portail client de la GCRA était indisponible pour une maintenance prévue de 3 h à 6 h HE le 13 février 2026.',
    },
    start: '2026-02-13T03:00:00-05:00',
    end: '2026-02-13T06:00:00-05:00',
    precision: 'minute',
    zone: ZONE,
    source: src(
      'https://cscb.ca/en/article/tcc26-0036-carm-client-portal-ccp-scheduled-maintenance',
      'TCC26-0036: CARM Client Portal scheduled maintenance (CSCB)',
      'TCC26-0036 : maintenance prévue du portail client de la GCRA (SCCD, en anglais)',
    ),
    certainty: 'confirmed',
  },
  {
    id: 'portal-maintenance-tcc26-0081',
    kind: 'window',
    title: {
      en: 'Scheduled portal maintenance (bulletin TCC26-0081)',
      fr: 'Maintenance prévue du portail (bulletin TCC26-0081)',
    },
    detail: {
      en: 'The CARM Client Portal was unavailable for scheduled maintenance from 8:00 a.m. to 5:00 p.m. ET on April 18, 2026.',
      fr: 'Le portail client de la GCRA était indisponible pour une maintenance prévue de 8 h à 17 h HE le 18 avril 2026.',
    },
    start: '2026-04-18T08:00:00-04:00',
    end: '2026-04-18T17:00:00-04:00',
    precision: 'minute',
    zone: ZONE,
    source: src(
      'https://cscb.ca/en/article/tcc26-0081-carm-client-portal-ccp-scheduled-maintenance',
      'TCC26-0081: CARM Client Portal scheduled maintenance (CSCB)',
      'TCC26-0081 : maintenance prévue du portail client de la GCRA (SCCD, en anglais)',
    ),
    certainty: 'confirmed',
  },
];

/** The catalogue, parsed at load: an invalid entry fails every test and the build, not a user's screen. */
export const CATALOGUE: readonly CatalogueEntry[] = Object.freeze(catalogueSchema.parse(RAW_CATALOGUE));

export type CatalogueStatus = 'upcoming' | 'in-progress' | 'passed' | 'superseded';

/** Start and (exclusive) end as instants; a day-precision entry lasts until the end of its last Eastern day. */
export function entryTimes(entry: CatalogueEntry): { start: Date; end?: Date } {
  const start = new Date(entry.start);
  if (entry.precision === 'day') {
    const lastDay = new Date(entry.end ?? entry.start);
    return { start, end: new Date(addDays(lastDay, 1, { in: inEastern }).getTime()) };
  }
  return entry.end === undefined ? { start } : { start, end: new Date(entry.end) };
}

/** upcoming before start; in-progress until the end; passed after; superseded whatever the date. */
export function statusAt(entry: CatalogueEntry, now: Date): CatalogueStatus {
  if (entry.supersededBy) return 'superseded';
  const { start, end } = entryTimes(entry);
  if (now.getTime() < start.getTime()) return 'upcoming';
  if (end !== undefined && now.getTime() < end.getTime()) return 'in-progress';
  return 'passed';
}

/** The entry with this id, if any. */
export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return CATALOGUE.find((entry) => entry.id === id);
}
