import { link, segments, valid, type Fields, type PlatformSpec } from './common';
import { readerFor, withConfirmedAuthor, withPublished } from './shared-social';

export const SNAPCHAT_DOMAINS = ['snapchat.com'] as const;

const ORIGIN = 'https://www.snapchat.com';
/** Snapchat usernames: 3 to 15 characters, a letter first, letters, digits, `-`, `_`, `.`. */
const USERNAME = /^[A-Za-z][A-Za-z0-9._-]{2,14}$/;
const SPOTLIGHT_ID = /^[A-Za-z0-9_-]{10,200}$/;

const profile = (name: string | undefined): Fields | undefined => {
  const user = valid(name, USERNAME);
  return user ? { authorHandle: user, authorUrl: link(ORIGIN, ['add', user]) } : undefined;
};

export const snapchat: PlatformSpec = {
  parse(url) {
    const parts = segments(url);
    // story.snapchat.com/@USER and story.snapchat.com/s/USER: the public stories of a profile.
    const [first, second, third] = parts[0] === 's' ? [`@${parts[1] ?? ''}`, undefined, undefined] : parts;
    if (first === 'spotlight') {
      const id = valid(second, SPOTLIGHT_ID);
      return id ? { contentType: 'short-video', contentId: id, permalink: link(ORIGIN, ['spotlight', id]) } : undefined;
    }
    // /add/USER (the "add friend" link every profile shares) and the newer /@USER.
    const author = first === 'add' ? profile(second) : first?.startsWith('@') ? profile(first.slice(1)) : undefined;
    if (!author) return undefined;
    // /@USER/spotlight/ID: a Spotlight video on its author's profile.
    const id = first !== 'add' && second === 'spotlight' ? valid(third, SPOTLIGHT_ID) : undefined;
    if (id) return { ...author, contentType: 'short-video', contentId: id, permalink: link(ORIGIN, ['spotlight', id]) };
    return { ...author, contentType: 'profile', permalink: author.authorUrl };
  },
  refine(fields, facts) {
    // A /spotlight/ID URL names no author: the page's author claims must be about that video.
    const checked =
      fields.contentType === 'short-video' ? withConfirmedAuthor(fields, facts, read, VIDEO_TYPES) : fields;
    return withPublished(checked, facts, read, VIDEO_TYPES);
  },
};

const VIDEO_TYPES = ['VideoObject'];
const read = readerFor(snapchat, SNAPCHAT_DOMAINS);
