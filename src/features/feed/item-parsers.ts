/**
 * What the editor preview needs to read an item exactly as the reader will: the feed's own schema,
 * normaliser and sanitiser. Reached through `loadItemParsers()` only, so readers never download it
 * with the app (their copy loads with the first feed request).
 */
export { formatPath, jsonFeedItemSchema, jsonFeedSchema, sahifaExtensionSchema } from './schema';
export { normaliseDate, toArticle } from './normalise';
export { articleUrl, currentOrigin } from './urls';
