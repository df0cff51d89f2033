import type { PageFacts } from '@/utils/report/page-facts';
import {
  embeddedValue,
  fill,
  isoDate,
  link,
  segments,
  valid,
  withSnowflakeTime,
  type Fields,
  type PlatformSpec,
} from './common';

const ORIGIN = 'https://www.tiktok.com';
const HANDLE = /^[A-Za-z0-9_.]{2,24}$/;
const ITEM_ID = /^\d{15,21}$/;
const SHORT_CODE = /^[A-Za-z0-9]{5,20}$/;

/**
 * The item's author and time in the rehydration state (`__UNIVERSAL_DATA_FOR_REHYDRATION__`:
 * `"itemStruct":{"id","createTime","author":{"uniqueId","nickname"}}`), when it is this item.
 */
function fromState(fields: Fields, facts: PageFacts): Fields {
  if (!fields.contentId || embeddedValue(facts, 'id', 'itemStruct') !== fields.contentId) return fields;
  const handle = valid(embeddedValue(facts, 'uniqueId', 'itemStruct'), HANDLE);
  let out = fields;
  if (handle && (!out.authorHandle || out.authorHandle.toLowerCase() === `@${handle}`.toLowerCase())) {
    out = fill(out, 'embedded-state', { authorHandle: `@${handle}`, authorUrl: link(ORIGIN, [`@${handle}`]) });
    out = fill(out, 'embedded-state', { authorName: embeddedValue(facts, 'nickname', 'itemStruct') });
  }
  return fill(out, 'embedded-state', { publishedAt: isoDate(embeddedValue(facts, 'createTime', 'itemStruct')) });
}

export const tiktok: PlatformSpec = {
  refine: fromState,
  parse(url) {
    const parts = segments(url);
    const host = url.hostname.toLowerCase();
    // vm.tiktok.com/CODE and tiktok.com/t/CODE: redirects whose target only the page knows.
    const short = /^(?:vm|vt)\./.test(host) ? parts[0] : parts[0] === 't' ? parts[1] : undefined;
    if (short !== undefined) {
      const code = valid(short, SHORT_CODE);
      return code ? { permalink: link(`https://${host}`, parts[0] === 't' ? ['t', code, ''] : [code, '']) } : undefined;
    }
    if (parts[0] === 'embed' || parts[0] === 'v') {
      const id = valid(
        (parts[0] === 'embed' && parts[1] === 'v2' ? parts[2] : parts[1])?.replace(/\.html$/, ''),
        ITEM_ID,
      );
      return id
        ? withSnowflakeTime(
            { contentType: 'short-video', contentId: id, permalink: link(ORIGIN, ['embed', 'v2', id]) },
            'tiktok',
          )
        : undefined;
    }
    const handle = parts[0]?.startsWith('@') ? valid(parts[0].slice(1), HANDLE) : undefined;
    if (!handle) return undefined;
    const author: Fields = { authorHandle: `@${handle}`, authorUrl: link(ORIGIN, [`@${handle}`]) };
    const id = valid(parts[2], ITEM_ID);
    if (id && (parts[1] === 'video' || parts[1] === 'photo')) {
      const contentType = parts[1] === 'video' ? 'short-video' : 'post';
      const item: Fields = {
        ...author,
        contentType,
        contentId: id,
        permalink: link(ORIGIN, [`@${handle}`, parts[1], id]),
      };
      return withSnowflakeTime(item, 'tiktok');
    }
    if (parts[1] === 'live')
      return { ...author, contentType: 'live-stream', permalink: link(ORIGIN, [`@${handle}`, 'live']) };
    return { ...author, contentType: 'profile', permalink: author.authorUrl };
  },
};
