import { link, segments, valid, withSnowflakeTime, type PlatformSpec } from './common';

const ORIGIN = 'https://discord.com';
const SNOWFLAKE = /^\d{17,20}$/;
const INVITE = /^[A-Za-z0-9-]{2,32}$/;

export const discord: PlatformSpec = {
  parse(url, domain) {
    const parts = segments(url);
    const invite = domain === 'discord.gg' ? parts[0] : parts[0] === 'invite' ? parts[1] : undefined;
    if (invite !== undefined) {
      const code = valid(invite, INVITE);
      return code
        ? { contentType: 'group', contentId: code, permalink: link('https://discord.gg', [code]) }
        : undefined;
    }
    if (parts[0] === 'users') {
      const id = valid(parts[1], SNOWFLAKE);
      const authorUrl = id && link(ORIGIN, ['users', id]);
      return authorUrl
        ? { contentType: 'profile', contentId: id, authorId: id, authorUrl, permalink: authorUrl }
        : undefined;
    }
    // /channels/GUILD|@me/CHANNEL[/MESSAGE]
    if (parts[0] !== 'channels') return undefined;
    const guild = parts[1] === '@me' ? '@me' : valid(parts[1], SNOWFLAKE);
    const channel = valid(parts[2], SNOWFLAKE);
    if (!guild || !channel) return undefined;
    const message = valid(parts[3], SNOWFLAKE);
    if (message)
      return withSnowflakeTime(
        { contentType: 'message', contentId: message, permalink: link(ORIGIN, ['channels', guild, channel, message]) },
        'discord',
      );
    return { contentType: 'group', contentId: channel, permalink: link(ORIGIN, ['channels', guild, channel]) };
  },
};
