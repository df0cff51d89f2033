/**
 * The complaint PDF's own words, in both languages. Only what the report pack does not already say:
 * the facts themselves (addresses, times, author, legal qualification, the steps of a complaint)
 * come with the pack's labels (`utils/handoff/labels.data.ts`, `buildPack(…, 'complaint')`).
 */
import type { Localized } from '@/utils/localized';

export const PDF = {
  title: { fr: 'Récapitulatif de signalement pour un dépôt de plainte', en: 'Report summary for a complaint' },
  notOfficial: {
    fr: 'Document préparé par la personne qui signale, avec Vigie, une extension de navigateur. Vigie n’est pas un service officiel : ce document n’est ni une plainte ni un signalement, et Vigie ne l’a transmis à personne.',
    en: 'Document prepared by the person reporting, with Vigie, a browser extension. Vigie is not an official service: this document is neither a complaint nor a report, and Vigie has sent it to no one.',
  },
  preparedAt: { fr: 'Document créé le', en: 'Document created on' },
  reportId: { fr: 'Identifiant du signalement dans Vigie', en: 'Report identifier in Vigie' },
  footer: { fr: 'Vigie — pas un service officiel', en: 'Vigie — not an official service' },
  page: { fr: 'Page {n} / {total}', en: 'Page {n} of {total}' },

  who: { fr: '1. Qui signale', en: '1. Who is reporting' },
  anonymous: {
    fr: 'Aucune identité renseignée dans Vigie : à compléter par la personne qui dépose plainte.',
    en: 'No identity given in Vigie: to be completed by the person filing the complaint.',
  },
  role: { fr: 'Qualité', en: 'Capacity' },
  roles: {
    targeted: { fr: 'Personne visée', en: 'Person targeted' },
    parent: { fr: 'Parent ou responsable d’un mineur visé', en: 'Parent or guardian of a targeted minor' },
    witness: { fr: 'Témoin', en: 'Witness' },
  },

  what: { fr: '2. Ce qui est signalé', en: '2. What is reported' },
  noDescription: {
    fr: 'Non rédigée dans Vigie : la personne qui signale décrira les faits elle-même.',
    en: 'Not written in Vigie: the person reporting will describe the facts themselves.',
  },
  contentId: { fr: 'Identifiant du contenu', en: 'Content identifier' },
  platform: { fr: 'Plateforme', en: 'Platform' },
  urlCut: {
    fr: 'Adresse trop longue, conservée tronquée ({field}) : longueur complète {length} caractères, SHA-256 de l’adresse complète {sha256}.',
    en: 'Address too long, kept cut ({field}): full length {length} characters, SHA-256 of the full address {sha256}.',
  },

  when: { fr: '3. Quand', en: '3. When' },
  whenNote: {
    fr: 'Heure de la capture relevée par le navigateur, dans le fuseau horaire de l’ordinateur utilisé.',
    en: 'Time of capture as recorded by the browser, in the time zone of the computer used.',
  },

  where: { fr: '4. Où', en: '4. Where' },
  pageTitle: { fr: 'Titre de la page (tel que la page l’affiche)', en: 'Page title (as the page shows it)' },
  tabUrl: { fr: 'Adresse de l’onglet', en: 'Address of the tab' },

  qualification: { fr: '5. Qualification', en: '5. Qualification' },
  notQualified: {
    fr: 'Le signalement n’a pas encore été qualifié dans Vigie.',
    en: 'The report has not been qualified in Vigie yet.',
  },
  lawAbroad: {
    fr: 'Vigie ne donne la loi que pour la France : la qualification des faits appartient à la police et à la justice du pays de la personne qui signale.',
    en: 'Vigie gives the law for France only: the qualification of the facts is for the police and courts of the reporting person’s country.',
  },
  legalNote: {
    fr: 'Information juridique pour s’orienter, pas un avis juridique : la qualification appartient aux enquêteurs et au procureur.',
    en: 'Legal information to find one’s way, not legal advice: the qualification is for investigators and the prosecutor to decide.',
  },
  dsa: {
    fr: 'Catégorie DSA (règlement (UE) 2022/2065)',
    en: 'DSA category (Regulation (EU) 2022/2065)',
  },
  urgency: { fr: 'Urgence', en: 'Urgency' },
  urgencies: {
    emergency: { fr: 'Urgence : danger immédiat possible', en: 'Emergency: possible immediate danger' },
    high: { fr: 'Élevée', en: 'High' },
    normal: { fr: 'Normale', en: 'Normal' },
    low: { fr: 'Faible', en: 'Low' },
  },
  danger: {
    fr: 'La personne qui signale a indiqué un danger immédiat.',
    en: 'The person reporting indicated an immediate danger.',
  },

  route: { fr: '6. Où signaler : canaux recommandés', en: '6. Where to report: recommended channels' },
  stepKinds: {
    emergency: { fr: 'Urgence', en: 'Emergency' },
    primary: { fr: 'Principal', en: 'Main' },
    platform: { fr: 'Plateforme', en: 'Platform' },
    also: { fr: 'Aussi', en: 'Also' },
  },
  complaintAdvised: {
    fr: 'Une plainte de la personne visée (ou de son représentant légal) est nécessaire pour que les faits soient poursuivis.',
    en: 'A complaint by the person targeted (or their legal guardian) is needed for the facts to be prosecuted.',
  },
  complaintSteps: { fr: 'Pour déposer plainte', en: 'To file a complaint' },

  handoffs: { fr: '7. Démarches déjà faites', en: '7. Steps already taken' },
  noHandoff: {
    fr: 'Aucune démarche enregistrée dans Vigie.',
    en: 'No step recorded in Vigie.',
  },
  handoffAt: { fr: 'Le {at}', en: 'On {at}' },
  actions: {
    opened: { fr: 'formulaire ouvert', en: 'form opened' },
    copied: { fr: 'texte copié', en: 'text copied' },
    filled: { fr: 'formulaire pré-rempli', en: 'form pre-filled' },
    called: { fr: 'appel', en: 'call' },
  },
  reference: { fr: 'Numéro de référence', en: 'Reference number' },
  acknowledged: { fr: 'Accusé de réception le {at}', en: 'Acknowledged on {at}' },

  evidence: { fr: '8. Preuves', en: '8. Evidence' },
  evidenceNone: { fr: 'Aucun fichier de preuve.', en: 'No evidence file.' },
  linkOnly: {
    fr: 'Signalement par adresse uniquement (contenu pédocriminel présumé) : Vigie n’a conservé aucune image, capture ni texte de la page, et ce document n’en contient aucun. Seuls les adresses, pseudonymes et heures figurent ici.',
    en: 'Address-only report (suspected child sexual abuse material): Vigie kept no image, screenshot or page text, and this document contains none. Only the addresses, usernames and times are given here.',
  },
  file: { fr: 'Fichier', en: 'File' },
  size: { fr: 'Taille', en: 'Size' },
  bytes: { fr: '{n} octets', en: '{n} bytes' },
  redactedCopy: { fr: 'copie masquée de {original}', en: 'redacted copy of {original}' },

  verify: { fr: '9. Comment vérifier les preuves', en: '9. How to verify the evidence' },
  verifyText: {
    fr: 'L’empreinte SHA-256 identifie chaque fichier : la moindre modification du fichier change son empreinte. Le dossier de preuves exporté par Vigie (fichier ZIP) contient ces fichiers et un manifeste qui liste ces mêmes empreintes ; ce manifeste est signé, ce qui permet de vérifier qu’il n’a pas été modifié depuis l’export.',
    en: 'The SHA-256 fingerprint identifies each file: the slightest change to a file changes its fingerprint. The evidence package exported by Vigie (a ZIP file) contains these files and a manifest listing the same fingerprints; the manifest is signed, so one can check it has not been changed since the export.',
  },
  verifyHow: {
    fr: 'Pour vérifier : ouvrez la page de vérification de Vigie et choisissez le fichier ZIP ; ou calculez l’empreinte de chaque fichier (sha256sum fichier sous Linux, shasum -a 256 fichier sous macOS, certutil -hashfile fichier SHA256 sous Windows) et comparez-la à celle de ce document.',
    en: 'To verify: open Vigie’s verification page and choose the ZIP file; or compute each file’s fingerprint (sha256sum file on Linux, shasum -a 256 file on macOS, certutil -hashfile file SHA256 on Windows) and compare it with the one in this document.',
  },
  sealed: {
    fr: 'Horodatage RFC 3161 : le manifeste du dossier de preuves (empreinte SHA-256 {sha256}) a été horodaté par {authority} le {time} (numéro de série {serial}) ; la réponse de l’autorité est dans le dossier (manifest.tsr).',
    en: 'RFC 3161 timestamp: the evidence package’s manifest (SHA-256 fingerprint {sha256}) was timestamped by {authority} on {time} (serial number {serial}); the authority’s reply is in the package (manifest.tsr).',
  },

  images: { fr: '10. Captures d’écran', en: '10. Screenshots' },
  imagesRedacted: {
    fr: 'Copies masquées à la demande de la personne qui signale ; les originaux sont dans le dossier de preuves.',
    en: 'Redacted copies, as the person reporting asked; the originals are in the evidence package.',
  },
  imagesLeftOut: {
    fr: '{n} capture(s) sans copie masquée laissée(s) de côté.',
    en: '{n} screenshot(s) without a redacted copy left out.',
  },
  imageCut: {
    fr: 'Image coupée ici (au plus {n} pages d’images) : l’image complète est dans le dossier de preuves.',
    en: 'Image cut here (at most {n} pages of images): the full image is in the evidence package.',
  },
  imageUnreadable: {
    fr: 'Image non reproduite (format non pris en charge ou fichier illisible) : elle est dans le dossier de preuves.',
    en: 'Image not reproduced (unsupported format or unreadable file): it is in the evidence package.',
  },
  imagesOmitted: {
    fr: 'Autres captures non reproduites (limite de pages) : elles sont dans le dossier de preuves.',
    en: 'Further screenshots not reproduced (page limit): they are in the evidence package.',
  },
} satisfies Record<string, Localized | Record<string, Localized>>;
