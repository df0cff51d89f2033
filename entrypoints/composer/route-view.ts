import type { RouteStepView } from '@/components/qualify/RouteSteps';
import { channelById } from '@/utils/channels/registry';
import type { RouteResult } from '@/utils/channels/route';
import { inLang } from '@/utils/localized';
import { t, type MessageKey } from '@/utils/i18n';

/** The route's steps as the route list shows them, in the interface's language. */
export function routeStepViews(result: RouteResult, lang: 'fr' | 'en'): RouteStepView[] {
  return result.steps.map((s) => {
    const c = channelById[s.channelId];
    return {
      channelId: s.channelId,
      kind: s.kind,
      name: inLang(c.name, lang),
      reason: inLang(s.reason, lang),
      needs: [...inLang(s.needs, lang)],
      ...(c.url && c.entry
        ? { entry: { url: c.url, label: inLang(c.entry.label, lang), toCheck: !c.entry.verified } }
        : {}),
      ...(c.infoUrl ? { infoUrl: c.infoUrl } : {}),
      ...(c.inApp ? { inApp: [...inLang(c.inApp, lang)] } : {}),
      ...(c.inApp && c.kind !== 'platform-notice' ? { inAppLabel: t('routeHowTo') } : {}),
      ...(c.phone ? { phone: c.phone } : {}),
      sms: c.kind === 'sms',
      anonymousAllowed: c.anonymousAllowed,
      operator: c.operator,
      toCheck: c.confidence === 'to-check',
    };
  });
}

/**
 * The route's advice under the doors, as one coherent message: who files the complaint (a parent
 * files it for their child), and, when the reports may be anonymous while a complaint is needed,
 * one sentence that says both (the reports do not need the identity; the complaint is in the
 * reporter's name) rather than "give no identity" beside "file a complaint".
 */
export function routeAdvice(
  result: Pick<RouteResult, 'complaintAdvised' | 'omitReporterIdentity'>,
  who: { parent: boolean; abroad: boolean },
): MessageKey[] {
  const keys: MessageKey[] = [];
  if (result.complaintAdvised)
    keys.push(who.abroad ? 'routeComplaintAbroad' : who.parent ? 'routeComplaintParent' : 'routeComplaint');
  if (result.omitReporterIdentity)
    keys.push(result.complaintAdvised ? 'routeIdentityComplaint' : 'routeIdentityOmitted');
  return keys;
}
