/**
 * The evidence package: one ZIP that a citizen hands to an investigator, a trusted flagger or a
 * lawyer, and that anyone can check without Vigie (README, "Verify a package without Vigie").
 *
 *   report.json          the report in the open format (`report-format.ts`)
 *   report.txt           the report packs of the route, as the composer shows them (`buildPack`)
 *   evidence/…           the screenshots, full-page parts, archives and page facts, as captured
 *   evidence/redacted/…  redacted copies (artefacts with `derivedFrom`), when chosen
 *   manifest.json        every file above with its SHA-256 and size, the public key (`manifest.ts`)
 *   manifest.sig         the signature of manifest.json's exact bytes
 *   manifest.tsr         optional: an RFC 3161 timestamp of manifest.json's exact bytes (`timestamp.ts`)
 *
 * Link-only (child sexual abuse) reports are text only: no image, archive or page text, ever.
 * Each evidence file is read once; its SHA-256 is checked against the one recorded at capture,
 * and a file that no longer matches is exported with that fact stated (manifest and report.txt).
 */
import { loadCountry } from '@/utils/channels/eu/load';
import { draftIsLinkOnly } from '@/utils/qualify/link-only';
import { buildPack } from '@/utils/handoff/pack';
import { artefactName } from '@/utils/handoff/context';
import { channelById } from '@/utils/channels/registry';
import type { RouteResult } from '@/utils/channels/route';
import { routeOfDraft } from '@/utils/channels/route-of';
import { dsaFor } from '@/utils/qualify/dsa-for';
import { inLang, type Lang, type Localized } from '@/utils/localized';
import type { Artefact, Draft } from '@/utils/report/draft';
import { exportFileName } from './file-name';
import {
  MANIFEST_NAME,
  SIGNATURE_INFO,
  SIGNATURE_NAME,
  manifestBytes,
  type Copies,
  type Manifest,
  type ManifestFile,
} from './manifest';
import { toReportFormat, type ReportFileInput } from './report-format';
import { sha256Hex, signBytes, type InstallationKey } from './signing';
import { TOKEN_NAME } from './timestamp-name';
import { ZipBlobWriter } from './zip';

export interface PackageOptions {
  lang: Lang;
  /** Which copies of redacted images to include; default `original`. */
  copies?: Copies;
  key: InstallationKey;
  /** Vigie's version making the package. */
  vigieVersion: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  now?: () => Date;
  /**
   * Asked, once the manifest is signed, for an RFC 3161 reply over its exact bytes (DER), written
   * as `manifest.tsr`; `null`: the package has no timestamp.
   */
  timestamp?: (manifest: Uint8Array<ArrayBuffer>) => Promise<Uint8Array | null>;
}

export interface EvidencePackage {
  blob: Blob;
  fileName: string;
  manifest: Manifest;
  /** SHA-256 of manifest.json's bytes (what a timestamp covers). */
  manifestSha256: string;
  /** The package holds `manifest.tsr`. */
  timestamped: boolean;
}

const TEXT = {
  title: { fr: 'Dossier de preuves Vigie', en: 'Vigie evidence package' },
  notOfficial: {
    fr: 'Vigie n’est pas un service officiel. Ce dossier a été préparé par la personne qui signale, avec l’extension Vigie.',
    en: 'Vigie is not an official service. This package was prepared by the person reporting, with the Vigie extension.',
  },
  report: { fr: 'Signalement', en: 'Report' },
  created: { fr: 'Dossier créé le (UTC)', en: 'Package created (UTC)' },
  files: { fr: 'Fichiers et empreintes SHA-256', en: 'Files and SHA-256 fingerprints' },
  noFiles: {
    fr: 'Aucune capture : ce signalement ne garde que les adresses et les heures.',
    en: 'No capture: this report keeps only the addresses and times.',
  },
  mismatch: {
    fr: 'ATTENTION : ce fichier ne correspond plus à l’empreinte relevée lors de la capture ({recorded}). Empreinte actuelle : {actual}.',
    en: 'WARNING: this file no longer matches the fingerprint recorded at capture ({recorded}). Current fingerprint: {actual}.',
  },
  redactedOf: { fr: 'copie masquée de', en: 'redacted copy of' },
  signature: {
    fr: 'manifest.json liste chaque fichier avec son empreinte ; manifest.sig en est la signature (ECDSA P-256, SHA-256). Empreinte de la clé :',
    en: 'manifest.json lists every file with its fingerprint; manifest.sig is its signature (ECDSA P-256, SHA-256). Key fingerprint:',
  },
  noCategory: {
    fr: 'Catégorie non choisie : aucun canal n’est encore proposé.',
    en: 'No category chosen: no channel is proposed yet.',
  },
  archivesLeftOut: {
    fr: 'Les archives de la page (MHTML, instantané DOM) ne sont pas jointes à la version masquée : elles montrent la page sans masque.',
    en: 'The page archives (MHTML, DOM snapshot) are left out of the redacted version: they show the page unredacted.',
  },
} satisfies Record<string, Localized>;

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'multipart/related': 'mhtml',
  'application/x-mimearchive': 'mhtml',
  'text/html': 'html',
  'application/json': 'json',
};
const BASE: Record<Artefact['kind'], string> = {
  screenshot: 'screenshot',
  'full-page': 'full-page',
  mhtml: 'page',
  'dom-snapshot': 'page-dom',
  facts: 'page-facts',
};
const ARCHIVES = new Set<Artefact['kind']>(['mhtml', 'dom-snapshot']);

/** The artefacts a package holds, for a choice of copies (none for a link-only draft). */
export function selectArtefacts<A extends Pick<Artefact, 'id' | 'kind' | 'derivedFrom'>>(
  artefacts: readonly A[],
  copies: Copies,
  linkOnly: boolean,
): A[] {
  if (linkOnly) return [];
  const redactedOf = new Set(artefacts.flatMap((a) => (a.derivedFrom ? [a.derivedFrom] : [])));
  if (copies === 'original') return artefacts.filter((a) => !a.derivedFrom);
  if (copies === 'both' || redactedOf.size === 0) return [...artefacts];
  // Redacted: each redacted copy stands for its original; the page archives show everything unredacted.
  return artefacts.filter((a) => !redactedOf.has(a.id) && !ARCHIVES.has(a.kind));
}

/** Paths inside the ZIP: `evidence/<kind>[-<part>].<ext>`, redacted copies under `evidence/redacted/`. */
export function entryNames(artefacts: readonly Pick<Artefact, 'id' | 'kind' | 'mime' | 'derivedFrom' | 'part'>[]) {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const a of artefacts) {
    const ext = EXTENSIONS[a.mime.split(';')[0]!.trim().toLowerCase()] ?? 'bin';
    const part = a.part ? `-${String(a.part.index + 1).padStart(2, '0')}` : '';
    const stem = `evidence/${a.derivedFrom ? 'redacted/' : ''}${BASE[a.kind]}${part}`;
    let name = `${stem}.${ext}`;
    for (let n = 2; used.has(name); n++) name = `${stem}-${n}.${ext}`;
    used.add(name);
    names.set(a.id, name);
  }
  return names;
}

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** A route for a draft not yet qualified: no channel, only the common facts (the complaint pack's fields). */
function unqualifiedRoute(linkOnly: boolean): RouteResult {
  return {
    steps: [],
    complaintAdvised: false,
    omitReporterIdentity: true,
    urlOnly: linkOnly,
    dsa: dsaFor('other', { minor: false }),
    notes: [],
  };
}

/** report.txt: a header (what this is, the files and their fingerprints), then each channel's pack. */
export function reportText(input: {
  draft: Draft;
  lang: Lang;
  createdAt: string;
  files: readonly ReportFileInput[];
  fingerprint: string;
  archivesLeftOut: boolean;
}): string {
  const { draft, lang } = input;
  const tl = (text: Localized) => inLang(text, lang);
  const linkOnly = draftIsLinkOnly(draft);
  const head = [
    tl(TEXT.title),
    tl(TEXT.notOfficial),
    `${tl(TEXT.report)}: ${draft.id}`,
    `${tl(TEXT.created)}: ${input.createdAt}`,
  ].join('\n');
  const fileLines = input.files.map((f) => {
    const lines = [`${f.name} — SHA-256 ${f.artefact.sha256}`];
    if (f.original) lines.push(`  (${tl(TEXT.redactedOf)} ${f.original.name ?? f.original.sha256})`);
    if (f.actualSha256 && f.actualSha256 !== f.artefact.sha256)
      lines.push(`  ${fill(tl(TEXT.mismatch), { recorded: f.artefact.sha256, actual: f.actualSha256 })}`);
    return lines.join('\n');
  });
  const files = [
    `${tl(TEXT.files)}:`,
    ...(linkOnly || fileLines.length === 0 ? [tl(TEXT.noFiles)] : fileLines),
    ...(input.archivesLeftOut ? [tl(TEXT.archivesLeftOut)] : []),
    `${tl(TEXT.signature)} ${input.fingerprint}`,
  ].join('\n');
  const routed = routeOfDraft(draft);
  // Each pack names the files in its own language; the list above gives their paths and hashes.
  const evidence = input.files.map((f) => ({ name: artefactName(f.artefact), sha256: f.artefact.sha256 }));
  const packs = routed
    ? routed.steps.map(
        (s) => buildPack({ draft, route: routed, channelId: s.channelId, lang, identity: null, evidence }).plainText,
      )
    : [
        tl(TEXT.noCategory),
        buildPack({
          draft,
          route: unqualifiedRoute(linkOnly),
          channelId: channelById.complaint.id,
          lang,
          identity: null,
          evidence,
        }).plainText,
      ];
  const rule = '─'.repeat(40);
  return `${[head, files, ...packs].join(`\n\n${rule}\n\n`)}\n`;
}

function throwIfAborted(signal?: AbortSignal) {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}

export async function buildEvidencePackage(
  draft: Draft,
  artefacts: readonly Artefact[],
  options: PackageOptions,
): Promise<EvidencePackage> {
  const { lang, signal } = options;
  // A report for another member state routes to its doors: loaded before the texts are written.
  await loadCountry(draft.qualification.country);
  const copies = options.copies ?? 'original';
  const linkOnly = draftIsLinkOnly(draft);
  const chosen = selectArtefacts(artefacts, copies, linkOnly);
  const names = entryNames(chosen);
  const byId = new Map(artefacts.map((a) => [a.id, a]));
  const total = chosen.length + 3;
  let done = 0;
  const step = () => options.onProgress?.(++done, total);
  options.onProgress?.(0, total);

  const zip = new ZipBlobWriter();
  const files: ManifestFile[] = [];
  const reportFiles: ReportFileInput[] = [];
  for (const a of chosen) {
    throwIfAborted(signal);
    // Read once: hashed, then written (stored for images and archives, deflated for page facts).
    const bytes = new Uint8Array(await a.blob.arrayBuffer());
    const actual = await sha256Hex(bytes);
    const name = names.get(a.id)!;
    const original = a.derivedFrom ? byId.get(a.derivedFrom) : undefined;
    const originalRef = original
      ? { ...(names.has(original.id) ? { name: names.get(original.id)! } : {}), sha256: original.sha256 }
      : undefined;
    zip.add(name, bytes, { deflate: a.kind === 'facts', mtime: new Date(a.createdAt) });
    files.push({
      path: name,
      size: bytes.length,
      sha256: actual,
      type: a.mime,
      role: a.kind,
      capturedAt: a.createdAt,
      ...(originalRef
        ? { derivedFrom: { ...(originalRef.name ? { path: originalRef.name } : {}), sha256: originalRef.sha256 } }
        : {}),
      ...(a.part ? { part: { index: a.part.index, count: a.part.count } } : {}),
      ...(actual === a.sha256 ? { matchesCapture: true } : { matchesCapture: false, recordedSha256: a.sha256 }),
    });
    reportFiles.push({
      artefact: a,
      name,
      ...(actual === a.sha256 ? {} : { actualSha256: actual }),
      ...(originalRef ? { original: originalRef } : {}),
    });
    step();
  }

  throwIfAborted(signal);
  const createdAt = (options.now?.() ?? new Date()).toISOString();
  const encoder = new TextEncoder();
  const addText = (path: string, role: ManifestFile['role'], type: string, text: string) => {
    const bytes = encoder.encode(text);
    zip.add(path, bytes, { deflate: true });
    return { path, size: bytes.length, role, type, bytes };
  };
  const json = addText(
    'report.json',
    'report',
    'application/json',
    `${JSON.stringify(toReportFormat(draft, reportFiles, lang), null, 2)}\n`,
  );
  files.push({
    path: json.path,
    size: json.size,
    sha256: await sha256Hex(json.bytes),
    type: json.type,
    role: json.role,
  });
  step();
  const archivesLeftOut =
    copies === 'redacted' &&
    artefacts.some((a) => a.derivedFrom) &&
    artefacts.some((a) => ARCHIVES.has(a.kind)) &&
    !linkOnly;
  const txt = addText(
    'report.txt',
    'report-text',
    'text/plain; charset=utf-8',
    reportText({ draft, lang, createdAt, files: reportFiles, fingerprint: options.key.fingerprint, archivesLeftOut }),
  );
  files.push({ path: txt.path, size: txt.size, sha256: await sha256Hex(txt.bytes), type: txt.type, role: txt.role });
  step();

  throwIfAborted(signal);
  const manifest: Manifest = {
    format: 'vigie-evidence-package',
    version: 1,
    createdAt,
    vigieVersion: options.vigieVersion,
    reportId: draft.id,
    capturedAt: draft.observed.capturedAt,
    lang,
    copies,
    linkOnly,
    files,
    publicKey: { jwk: options.key.jwk, fingerprint: options.key.fingerprint },
    signature: SIGNATURE_INFO,
  };
  const signed = manifestBytes(manifest);
  zip.add(MANIFEST_NAME, signed, { deflate: true });
  zip.add(SIGNATURE_NAME, encoder.encode(`${await signBytes(options.key.privateKey, signed)}\n`), { deflate: false });
  const token = options.timestamp ? await options.timestamp(signed) : null;
  throwIfAborted(signal);
  if (token) zip.add(TOKEN_NAME, token, { deflate: false });
  const blob = zip.end();
  step();
  return {
    blob,
    fileName: exportFileName({ id: draft.id, capturedAt: draft.observed.capturedAt }, 'package', lang),
    manifest,
    manifestSha256: await sha256Hex(signed),
    timestamped: Boolean(token),
  };
}
