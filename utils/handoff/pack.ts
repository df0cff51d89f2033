/**
 * Builds the report pack of one channel from the draft, its route and the user's words. Pure.
 * (First version: the generic fields every channel asks; channel-specific packs extend it.)
 */
import { channelById, type ChannelId } from '@/utils/channels/registry';
import type { RouteResult } from '@/utils/channels/route';
import { categoryById, isCategoryId } from '@/utils/qualify/taxonomy';
import { inLang, type Lang } from '@/utils/localized';
import type { Draft } from '@/utils/report/draft';
import type { Pack, PackField, PackMode, ReporterIdentity } from './types';

export interface PackInput {
  draft: Draft;
  route: RouteResult;
  channelId: ChannelId;
  lang: Lang;
  /** From settings; `null` when the user gave none. */
  identity: ReporterIdentity | null;
  /** Evidence files with their SHA-256, as listed in the draft. */
  evidence: { name: string; sha256: string }[];
}

const L = {
  url: { fr: 'Adresse (URL) du contenu', en: 'Address (URL) of the content' },
  seenAt: { fr: 'Vu le', en: 'Seen on' },
  description: { fr: 'Description des faits', en: 'What happened' },
  category: { fr: 'Type de contenu', en: 'Type of content' },
  evidence: { fr: 'Preuves (empreintes SHA-256)', en: 'Evidence (SHA-256 fingerprints)' },
};

function modeOf(channelId: ChannelId): PackMode {
  const kind = channelById[channelId].kind;
  if (kind === 'phone') return 'phone';
  if (kind === 'sms') return 'sms';
  if (kind === 'chat') return 'chat';
  if (kind === 'app') return 'in-app';
  return 'form';
}

export function buildPack(input: PackInput): Pack {
  const { draft, lang } = input;
  const channel = channelById[input.channelId];
  const categoryId = draft.qualification.categoryId;
  const category = categoryId && isCategoryId(categoryId) ? categoryById[categoryId] : undefined;
  const fields: PackField[] = [
    { key: 'url', label: inLang(L.url, lang), value: draft.target.url, kind: 'url' },
    {
      key: 'seenAt',
      label: inLang(L.seenAt, lang),
      value: draft.observed.capturedAt,
      iso: draft.observed.capturedAt,
      kind: 'datetime',
    },
    { key: 'description', label: inLang(L.description, lang), value: draft.narrative.description, kind: 'longtext' },
  ];
  if (category)
    fields.push({
      key: 'category',
      label: inLang(L.category, lang),
      value: inLang(category.label, lang),
      kind: 'text',
    });
  if (input.evidence.length > 0 && !input.route.urlOnly)
    fields.push({
      key: 'evidence',
      label: inLang(L.evidence, lang),
      value: input.evidence.map((e) => `${e.name} ${e.sha256}`).join('\n'),
      kind: 'longtext',
    });
  const title = inLang(channel.name, lang);
  return {
    channelId: input.channelId,
    lang,
    mode: modeOf(input.channelId),
    title,
    fields,
    steps: [],
    plainText: [title, ...fields.map((f) => `${f.label} : ${f.value}`)].join('\n'),
  };
}
