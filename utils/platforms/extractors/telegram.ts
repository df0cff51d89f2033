import { metaValue } from '@/utils/report/page-facts';
import { hostMatches, link, notReserved, segments, toWebUrl, valid, type Fields, type PlatformSpec } from './common';

const ORIGIN = 'https://t.me';
/** Public usernames: 5 to 32 characters, starting with a letter. */
const USERNAME = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;
const POST_ID = /^\d{1,12}$/;
const CHAT_ID = /^-?\d{5,20}$/;
const INVITE = /^[A-Za-z0-9_-]{10,40}$/;
const RESERVED = new Set([
  'joinchat',
  'addstickers',
  'addemoji',
  'addtheme',
  'addlist',
  'share',
  'proxy',
  'socks',
  'iv',
  'login',
  'setlanguage',
  'c',
  's',
  'bg',
  'invoice',
  'boost',
  'confirmphone',
  'contact',
  'giftcode',
  'm',
]);

function channel(name: string | null | undefined, post?: string | null): Fields | undefined {
  const handle = valid(notReserved(name ?? undefined, RESERVED), USERNAME);
  if (!handle) return undefined;
  const author: Fields = { authorHandle: `@${handle}`, authorUrl: link(ORIGIN, [handle]) };
  const id = valid(post, POST_ID);
  if (id) return { ...author, contentType: 'post', contentId: id, permalink: link(ORIGIN, [handle, id]) };
  return { ...author, contentType: 'channel', permalink: author.authorUrl };
}

/** t.me/CHANNEL[/POST], t.me/s/CHANNEL[/POST], t.me/c/INTERNAL/POST (private), t.me/+INVITE. */
function parseShareLink(parts: string[]): Fields | undefined {
  const [first = '', second, third] = parts[0] === 's' ? parts.slice(1) : parts;
  if (first === 'c') {
    const chat = valid(second, /^\d{5,20}$/);
    const id = valid(third, POST_ID);
    return chat && id ? { contentType: 'message', contentId: id, permalink: link(ORIGIN, ['c', chat, id]) } : undefined;
  }
  const invite = first.startsWith('+') ? first.slice(1) : first === 'joinchat' ? second : undefined;
  if (invite !== undefined) {
    const code = valid(invite, INVITE);
    return code ? { contentType: 'group', permalink: link(ORIGIN, [`+${code}`]) } : undefined;
  }
  return channel(first, second);
}

/** web.telegram.org/k/#@channel, /a/#-1001234567890, legacy /#/im?p=@channel, ?tgaddr=tg://resolve?… */
function parseWebApp(url: URL): Fields | undefined {
  const tgaddr = url.searchParams.get('tgaddr');
  if (tgaddr?.startsWith('tg://resolve?')) {
    const params = new URLSearchParams(tgaddr.slice('tg://resolve?'.length));
    return channel(params.get('domain'), params.get('post'));
  }
  const hash = decodeHash(url.hash);
  const target = hash.startsWith('/im?') ? (new URLSearchParams(hash.slice(4)).get('p') ?? '') : hash;
  if (target.startsWith('@')) return channel(target.slice(1));
  const chat = valid(target, CHAT_ID);
  if (!chat) return undefined;
  const contentType = chat.startsWith('-100') ? 'channel' : chat.startsWith('-') ? 'group' : 'profile';
  const permalink = `https://web.telegram.org/k/#${chat}`;
  return { contentType, contentId: chat, permalink, ...(contentType === 'profile' ? { authorUrl: permalink } : {}) };
}

function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

export const telegram: PlatformSpec = {
  parse(url, domain) {
    if (domain !== 'telegram.org') return parseShareLink(segments(url));
    return url.hostname.toLowerCase() === 'web.telegram.org' ? parseWebApp(url) : undefined;
  },
  refine(fields, facts) {
    // On t.me pages (channel preview, single post) the title is the channel's display name.
    const onShareSite = ['t.me', 'telegram.me'].some((d) => hostMatches(toWebUrl(facts.url)?.hostname ?? '', d));
    if (!onShareSite || !fields.authorHandle || fields.authorName) return fields;
    return { ...fields, authorName: metaValue(facts, 'og:title') };
  },
};
