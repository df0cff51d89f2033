/**
 * Names: display names as plain text, interface labels that are no names, handles compared.
 */
import { metaValue, type PageFacts } from '@/utils/report/page-facts';

export const INVISIBLE = /(?!\u200d)[\p{Cc}\p{Cf}]/gu;
export const SCHEME_LIKE = /^(?:javascript|data|vbscript|file|https?):/i;

/** A display name as plain text: controls and bidi overrides removed, no markup, bounded. */
export function cleanName(value: unknown, max = 100): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.slice(0, 2000).replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  if (!s || /[<>]/.test(s) || SCHEME_LIKE.test(s)) return undefined;
  return s.length > max ? s.slice(0, max).trimEnd() : s;
}

/**
 * Link labels and interface words that are never a person's name (English and French): « See
 * More Posts », « Preview channel », « Posts », « Camille's profile », « Voir le profil »…
 */
export const UI_LABELS: readonly RegExp[] = [
  /^(?:see|view|voir|afficher|preview|aperçu|go to|aller|visit|visiter|open|ouvrir)\b/iu,
  /^(?:posts?|publications?|profile|profil|videos?|vidéos?|photos?|reels?|about|à propos|home|accueil|follow|suivre|following|abonnements?|followers|abonnés|message|messages|more|plus|shop|boutique|store|channel|chaîne|subscribe|s'abonner|log in|login|sign up|se connecter|s'inscrire|menu|share|partager|reply|répondre|comments?|commentaires?|like|j'aime|live|direct|clips?|replays?|shorts)$/iu,
  /['’]s (?:profile|page|channel|posts|videos|store|shop)$/iu,
  /^(?:profil|page|chaîne|publications|vidéos|boutique) d(?:e |['’])/iu,
];

/** A display name: `cleanName`, and never an interface label taken for one. */
export function personName(value: unknown): string | undefined {
  const name = cleanName(value);
  return name !== undefined && !UI_LABELS.some((p) => p.test(name)) ? name : undefined;
}

export const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * The page states `name` outside its links too: in its title, og:title, twitter:title or
 * description, as whole words. A link's text alone is never taken for a name.
 */
export function statedOutsideLinks(facts: PageFacts, name: string | undefined): boolean {
  if (!name || name.length < 2) return false;
  const needle = name.toLowerCase();
  const texts = [
    facts.title,
    metaValue(facts, 'og:title'),
    metaValue(facts, 'twitter:title'),
    metaValue(facts, 'description'),
    metaValue(facts, 'og:description'),
  ];
  return texts.some((text) => {
    const hay = (text ?? '').slice(0, 2000).toLowerCase();
    for (let at = hay.indexOf(needle), n = 0; at >= 0 && n < 20; at = hay.indexOf(needle, at + 1), n++) {
      const before = hay[at - 1];
      const after = hay[at + needle.length];
      if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return true;
    }
    return false;
  });
}

/** A handle without its decoration (`@`, `u/`), lower-cased, for comparisons. */
export function bareHandle(handle: string): string {
  return handle.replace(/^(?:@|u\/|r\/)/i, '').toLowerCase();
}

export const sameText = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
export const sameHandle = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && bareHandle(a) === bareHandle(b);
