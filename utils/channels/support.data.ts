/**
 * The lines a person can call for help, as shown on the support page: emergencies first, then
 * listening and support. Each row names a channel of the registry, so its number, hours, scope and
 * source are written once (`channels.data.ts`); `when` says in one line when to call it.
 */
import type { Localized } from '@/utils/localized';
import type { ChannelId } from './registry';

export interface SupportLine {
  channel: ChannelId;
  urgent: boolean;
  when: Localized;
}

export const supportLines: readonly SupportLine[] = [
  {
    channel: 'police-17',
    urgent: true,
    when: {
      fr: 'Quelqu’un est en danger maintenant, ou une infraction est en cours.',
      en: 'Someone is in danger now, or an offence is happening.',
    },
  },
  {
    channel: 'emergency-112',
    urgent: true,
    when: {
      fr: 'Une urgence vitale, depuis n’importe quel pays de l’UE.',
      en: 'A life-threatening emergency, from any EU country.',
    },
  },
  {
    channel: 'suicide-prevention-3114',
    urgent: true,
    when: {
      fr: 'Vous pensez au suicide, ou vous êtes inquiet pour quelqu’un.',
      en: 'You are thinking about suicide, or you are worried about someone.',
    },
  },
  {
    channel: 'child-in-danger-119',
    urgent: true,
    when: { fr: 'Un enfant est en danger ou risque de l’être.', en: 'A child is in danger or at risk.' },
  },
  {
    channel: 'e-enfance-3018',
    urgent: false,
    when: {
      fr: 'Un jeune (ou son parent) subit du harcèlement, un chantage ou la diffusion d’images en ligne.',
      en: 'A young person (or their parent) faces online harassment, blackmail or shared images.',
    },
  },
  {
    channel: 'women-violence-3919',
    urgent: false,
    when: {
      fr: 'Une femme subit des violences, y compris en ligne ou d’un (ex-)conjoint.',
      en: 'A woman faces violence, including online or from a (former) partner.',
    },
  },
  {
    channel: 'victim-support-116006',
    urgent: false,
    when: {
      fr: 'Vous avez été victime et voulez être écouté, informé de vos droits, accompagné.',
      en: 'You were a victim and want to be listened to, told your rights, supported.',
    },
  },
];
