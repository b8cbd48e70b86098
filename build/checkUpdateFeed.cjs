/**
 * electron-builder afterPack hook: refuses to pack an app whose update feed is not https. Over plain
 * http anyone on the way could serve an installer together with its sha512, and on Linux or for an
 * unsigned build nothing else vouches for it. The app ignores such a feed at run time as well
 * (electron/updates.ts isSecureFeed); failing the build says so to IT before anything ships.
 */
'use strict';

function feedsOf(publish) {
  if (publish === null || publish === undefined) return [];
  return (Array.isArray(publish) ? publish : [publish]).filter((entry) => typeof entry === 'object' && entry !== null);
}

function protocolOf(url) {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

exports.default = function checkUpdateFeed(context) {
  const config = (context && context.packager && (context.packager.config || (context.packager.info && context.packager.info.config))) || {};
  for (const feed of feedsOf(config.publish)) {
    if (typeof feed.url !== 'string') continue;
    if (protocolOf(feed.url) !== 'https:') throw new Error(`Keyplan: the update feed must be https, not "${feed.url}" (README: updates from your own server)`);
  }
};
