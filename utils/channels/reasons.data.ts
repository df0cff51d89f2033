/**
 * Why Vigie proposes a channel, in plain words, in both languages. Rules (`rules.data.ts`) name
 * a reason by its key; `{topic}` in the PHAROS reason becomes the PHAROS category to tick.
 */
import type { Localized } from '@/utils/localized';

export const reasons = {
  police17: {
    fr: 'Danger immédiat : appelez d’abord la police ou la gendarmerie. Aucun signalement en ligne n’est traité en urgence.',
    en: 'Immediate danger: call the police first. No online report is handled as an emergency.',
  },
  e112: {
    fr: 'Le numéro d’urgence européen, si le 17 ne répond pas ou si vous êtes hors de France.',
    en: 'The European emergency number, if 17 does not answer or you are outside France.',
  },
  s3114Danger: {
    fr: 'Des soignants joignables jour et nuit pour la personne en détresse ou pour vous qui vous inquiétez pour elle.',
    en: 'Health professionals reachable day and night, for the person in distress or for you if you are worried about them.',
  },
  s3114: {
    fr: 'Si vous vous inquiétez pour la personne, des soignants peuvent vous conseiller, jour et nuit.',
    en: 'If you are worried about the person, health professionals can advise you, day and night.',
  },
  c119: {
    fr: 'Un enfant est concerné : le 119 évalue sa situation et alerte les services de protection de l’enfance.',
    en: 'A child is involved: 119 assesses their situation and alerts child-protection services.',
  },
  c119Danger: {
    fr: 'Un enfant est en danger : le 119 répond jour et nuit et alerte les services de protection de l’enfance.',
    en: 'A child is in danger: 119 answers day and night and alerts child-protection services.',
  },
  c119Violence: {
    fr: 'Un enfant subit des violences : le 119 évalue sa situation et alerte les services de protection de l’enfance, même si vous ne le connaissez pas.',
    en: 'A child is being harmed: 119 assesses their situation and alerts child-protection services, even if you do not know the child.',
  },
  e3018First: {
    fr: 'Un mineur est visé : le 3018 aide gratuitement et fait retirer rapidement les contenus par les plateformes, dont il est partenaire de confiance.',
    en: 'A minor is targeted: the 3018 helps for free and gets platforms to remove content quickly, as their trusted partner.',
  },
  e3018Parent: {
    fr: 'Votre enfant est visé : le 3018 conseille les parents, garde les preuves dans son application et fait retirer les contenus par les plateformes.',
    en: 'Your child is targeted: the 3018 advises parents, keeps the evidence in its app and gets platforms to remove the content.',
  },
  e3018Also: {
    fr: 'Un mineur est concerné : le 3018 peut l’accompagner, lui et sa famille.',
    en: 'A minor is involved: the 3018 can support them and their family.',
  },
  pharos: {
    fr: 'Le portail officiel de la police et de la gendarmerie pour ce type de contenu{topic}. Vos coordonnées y sont facultatives.',
    en: 'The police and gendarmerie’s official portal for this kind of content{topic}. Your contact details are optional there.',
  },
  pharosMinors: {
    fr: 'Le portail officiel de la police et de la gendarmerie (rubrique « Pédophilie ou corruption de mineur sur internet ») : un mineur est concerné. Vos coordonnées y sont facultatives.',
    en: 'The police and gendarmerie’s official portal (“Paedophilia or corruption of minors online” section): a minor is involved. Your contact details are optional there.',
  },
  pharosProducts: {
    fr: 'Pour un produit interdit à la vente (drogue, arme, produit illicite), PHAROS traite aussi les trafics en ligne (rubrique « Trafic illicite »).',
    en: 'For a product that is illegal to sell (drugs, weapons, illicit goods), PHAROS also handles online trafficking (“Illicit trafficking” section).',
  },
  pdcCsam: {
    fr: 'La ligne d’alerte française du réseau INHOPE : elle analyse l’adresse et fait retirer le contenu, même hébergé à l’étranger. Signalement anonyme possible.',
    en: 'The French hotline of the INHOPE network: it analyses the address and gets the content removed, even when hosted abroad. Anonymous reporting is possible.',
  },
  pdcAlso: {
    fr: 'Association signaleur de confiance : ses signalements aux plateformes sont traités en priorité.',
    en: 'A trusted-flagger association: platforms handle its notices first.',
  },
  pdcMinors: {
    fr: 'Point de Contact traite les contenus choquants accessibles aux mineurs et alerte l’hébergeur.',
    en: 'Point de Contact handles shocking content reachable by minors and alerts the host.',
  },
  pdcIdentity: {
    fr: 'Association signaleur de confiance, compétente pour les atteintes à l’identité : ses signalements aux plateformes sont traités en priorité.',
    en: 'A trusted-flagger association that handles attacks on identity: platforms handle its notices first.',
  },
  disrupt: {
    fr: 'Disrupt fait bloquer la rediffusion des images intimes sur les plateformes partenaires grâce à leur empreinte numérique.',
    en: 'Disrupt gets the intimate images blocked on partner platforms using their digital fingerprint.',
  },
  complaintVictim: {
    fr: 'Vous êtes visé : un signalement ne suffit pas, une plainte est nécessaire pour que l’auteur soit poursuivi.',
    en: 'You are the one targeted: a report is not enough, a complaint is needed for the author to be prosecuted.',
  },
  complaintParent: {
    fr: 'Votre enfant est visé : en tant que parent, vous pouvez porter plainte en son nom pour que l’auteur soit poursuivi.',
    en: 'Your child is targeted: as a parent, you can file a complaint on their behalf so that the author is prosecuted.',
  },
  complaintAssault: {
    fr: 'Vous êtes la personne agressée : PHAROS peut faire retirer la vidéo, mais seule une plainte permet de poursuivre l’agression et sa diffusion.',
    en: 'You are the person assaulted: PHAROS can get the video removed, but only a complaint lets the assault and its sharing be prosecuted.',
  },
  complaintPossible: {
    fr: 'Vous êtes visé : en plus du signalement, vous pouvez porter plainte ; c’est la plainte qui permet de poursuivre l’auteur.',
    en: 'You are the one targeted: besides the report, you can file a complaint; it is the complaint that lets the author be prosecuted.',
  },
  complaintInsult: {
    fr: 'L’injure et la diffamation visant une personne identifiée relèvent d’une plainte de la personne visée, pas de PHAROS. Le délai est court.',
    en: 'Insult and defamation of an identified person require a complaint by that person, not PHAROS. The time limit is short.',
  },
  complaintPrivate: {
    fr: 'Dans un échange privé avec une personne que vous connaissez, c’est la plainte qui permet d’agir.',
    en: 'In a private exchange with someone you know, a complaint is the way to act.',
  },
  complaintBlackmail: {
    fr: 'Le chantage est un délit : vous pouvez porter plainte au commissariat, à la gendarmerie ou auprès du procureur, même sans avoir payé.',
    en: 'Blackmail is an offence: you can file a complaint with the police, the gendarmerie or the prosecutor, even if you have not paid.',
  },
  complaintIdentity: {
    fr: 'Se faire passer pour vous est un délit : la plainte permet de poursuivre l’auteur et vous sert de preuve auprès des plateformes et des banques.',
    en: 'Impersonating you is an offence: a complaint lets the author be prosecuted and is proof for platforms and banks.',
  },
  chat: {
    fr: 'Pour en parler d’abord par écrit avec un policier ou un gendarme, à toute heure.',
    en: 'To talk it through in writing with a police officer or gendarme first, at any time.',
  },
  cyber17: {
    fr: 'Le guichet officiel des victimes de cybermalveillance : diagnostic, conseils et, si besoin, tchat avec les forces de l’ordre.',
    en: 'The official one-stop shop for cybercrime victims: diagnosis, advice and, if needed, a chat with law enforcement.',
  },
  thesee: {
    fr: 'Le service officiel pour les arnaques en ligne : signalement, ou plainte en ligne avec FranceConnect.',
    en: 'The official service for online scams: a report, or an online complaint with FranceConnect.',
  },
  theseeBlackmail: {
    fr: 'Chantage par une personne rencontrée seulement en ligne, avec une demande d’argent : c’est la procédure THESEE (signalement, ou plainte en ligne avec FranceConnect), même si vous n’avez rien payé.',
    en: 'Blackmail by someone met only online, with a demand for money: this is the THESEE procedure (a report, or an online complaint with FranceConnect), even if you paid nothing.',
  },
  theseeMinor: {
    fr: 'Chantage avec une demande d’argent, par une personne connue seulement en ligne : le signalement THESEE est ouvert aussi aux mineurs. À faire en plus, après les services de protection de l’enfance ci-dessus.',
    en: 'Blackmail with a demand for money, by someone known only online: THESEE’s report is open to minors too. To do as well, after the child-protection services above.',
  },
  signalConsoScam: {
    fr: 'Si l’arnaque vient d’un professionnel ou d’un faux site marchand, la répression des fraudes en est informée.',
    en: 'If the scam comes from a business or a fake shop, the consumer-protection authority is informed.',
  },
  signalConsoProduct: {
    fr: 'Le service de la répression des fraudes pour les produits dangereux, non conformes ou trompeurs.',
    en: 'The consumer-protection authority’s service for dangerous, non-compliant or misleading products.',
  },
  signalConsoAds: {
    fr: 'La répression des fraudes reçoit les signalements du public sur les pratiques commerciales illégales, y compris celles des influenceurs, et contrôle aussi la publicité pour l’alcool.',
    en: 'The consumer-protection authority takes reports from the public on illegal commercial practices, including by influencers, and also checks alcohol advertising.',
  },
  phishingInitiative: {
    fr: 'Faites bloquer le faux site dans les navigateurs : il suffit de son adresse.',
    en: 'Get the fake site blocked in browsers: its address is all it takes.',
  },
  cyber17Phishing: {
    fr: 'Si vous avez saisi des informations ou payé, le guichet officiel vous dit quoi faire maintenant.',
    en: 'If you entered details or paid, the official one-stop shop tells you what to do now.',
  },
  cyber17Spam: {
    fr: 'Si le message vous a poussé à payer ou à donner des informations, le guichet officiel vous dit quoi faire maintenant.',
    en: 'If the message led you to pay or give details, the official one-stop shop tells you what to do now.',
  },
  signalSpam: {
    fr: 'Le dispositif de signalement des courriels indésirables ou frauduleux.',
    en: 'The reporting scheme for unwanted or fraudulent email.',
  },
  sms33700: {
    fr: 'Pour un SMS ou un appel indésirable : transférez-le au 33700.',
    en: 'For an unwanted text or call: forward it to 33700.',
  },
  licra: {
    fr: 'Signaleur de confiance spécialisé dans le racisme et l’antisémitisme.',
    en: 'Trusted flagger specialised in racism and antisemitism.',
  },
  crif: {
    fr: 'Signaleur de confiance, utile en particulier pour les contenus antisémites.',
    en: 'Trusted flagger, useful in particular for antisemitic content.',
  },
  ifaw: {
    fr: 'Signaleur de confiance désigné pour le bien-être animal (surtout pertinent pour la faune sauvage et le commerce d’animaux — à vérifier).',
    en: 'Trusted flagger designated for animal welfare (most relevant for wildlife and animal trade — to check).',
  },
  indecosa: {
    fr: 'Association de consommateurs, signaleur de confiance pour les produits illicites et les arnaques.',
    en: 'Consumer association, trusted flagger for illegal products and scams.',
  },
  addictions: {
    fr: 'Signaleur de confiance pour la publicité illégale en faveur de l’alcool, du tabac et des jeux d’argent. Nous n’avons pas vérifié qu’il reçoit les signalements du public : passez d’abord par la répression des fraudes.',
    en: 'Trusted flagger for illegal advertising for alcohol, tobacco and gambling. We have not verified that it takes reports from the public: go to the consumer-protection authority first.',
  },
  alpa: {
    fr: 'Signaleur de confiance spécialisé dans le piratage audiovisuel. Nous n’avons pas vérifié qu’il reçoit les signalements du public.',
    en: 'Trusted flagger specialised in audiovisual piracy. We have not verified that it takes reports from the public.',
  },
  pharosPiracy: {
    fr: 'Le portail officiel de la police et de la gendarmerie reçoit tout contenu contraire à la loi française, dont la contrefaçon d’œuvres{topic} : précisez « piratage » et l’œuvre dans le commentaire. Vos coordonnées y sont facultatives.',
    en: 'The police and gendarmerie’s official portal takes any content contrary to French law, copyright infringement included{topic}: write “piracy” and the work in the comment. Your contact details are optional there.',
  },
  victimSupport116006: {
    fr: 'Vous n’êtes pas seul face à la procédure : le 116 006 vous écoute, vous informe sur vos droits et vous oriente, avec ou sans plainte.',
    en: 'You are not alone with the procedure: 116 006 listens, tells you your rights and refers you, with or without a complaint.',
  },
  women3919: {
    fr: 'Si vous êtes une femme victime de violences, y compris d’un (ex-)conjoint, une écoute gratuite et anonyme.',
    en: 'If you are a woman facing violence, including from a (former) partner, free and anonymous support.',
  },
  platform: {
    fr: 'Un signalement précis à la plateforme l’oblige à examiner le contenu et à agir rapidement ; elle doit vous informer de sa décision.',
    en: 'A precise notice to the platform obliges it to examine the content and act promptly; it must tell you its decision.',
  },
  platformNoIdentity: {
    fr: 'Signalez aussi à la plateforme, avec l’adresse seulement : pour ces contenus, ni votre nom ni votre e-mail ne sont exigés.',
    en: 'Also notify the platform, with the address only: for this content, neither your name nor your email is required.',
  },
} satisfies Record<string, Localized>;

export type ReasonId = keyof typeof reasons;
export const reasonIds = Object.keys(reasons) as ReasonId[];
